#pragma once

#include "common/campaign.h"
#include "common/result.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

class ApiServer;
class CampaignManager;
class CampaignStore;
class ClientSession;
class ProtocolMessage;
class RequestRouter;
class SqlWorkerThread;

// campaigns.* and engineStatus.history (manual, "Campaigns" and "Engine
// Status"). Admins see every campaign; a customer only their own, and
// another's is "not found". Followers of "campaigns" get their own list after
// every change; followers of "engineStatus" the samples of the runs they may
// see. The history of a campaign this engine does not run comes from the
// samples other engines store (read on a worker thread).
class CampaignsHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsHandler)

public:
    CampaignsHandler(CampaignStore &campaigns, CampaignManager &manager, ApiServer &server,
                     SqlWorkerThread &reader, QObject *parent = nullptr);

    void registerRoutes(RequestRouter &router);

private:
    void onList(ClientSession &session, const ProtocolMessage &request);
    void onAdd(ClientSession &session, const ProtocolMessage &request);
    void onUpdate(ClientSession &session, const ProtocolMessage &request);
    void onRemove(ClientSession &session, const ProtocolMessage &request);
    void onStart(ClientSession &session, const ProtocolMessage &request);
    void onStop(ClientSession &session, const ProtocolMessage &request);
    void onPacingOptions(ClientSession &session, const ProtocolMessage &request);
    void onHistory(ClientSession &session, const ProtocolMessage &request);

    // The campaign the request names, if this session may see it (else the
    // error is sent).
    std::optional<Campaign> visibleCampaign(ClientSession &session, const ProtocolMessage &request,
                                            QLatin1String idKey);
    void replyStoredHistory(ClientSession &session, qint64 requestId, qint64 campaignId);
    void replyCampaign(ClientSession &session, qint64 requestId, const Result<Campaign> &campaign);
    void publishChange();
    void publishSample(qint64 campaignId, qint64 customerId, const QJsonObject &sample);

    CampaignStore &m_campaigns;
    CampaignManager &m_manager;
    ApiServer &m_server;
    SqlWorkerThread &m_reader;
};
