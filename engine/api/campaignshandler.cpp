#include "engine/api/campaignshandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "engine/api/apiserver.h"
#include "engine/api/clientsession.h"
#include "engine/api/handlerreplies.h"
#include "engine/api/requestrouter.h"
#include "engine/campaigns/campaignmanager.h"
#include "engine/campaigns/statushistory.h"
#include "engine/db/campaignstore.h"
#include "engine/db/pacingsamplestore.h"
#include "engine/db/sqlworkerthread.h"
#include "engine/logging.h"
#include "engine/pacing/pacerfactory.h"
#include "engine/pacing/pacersettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

using namespace Protocol;
using namespace HandlerReplies;

namespace {

bool isAdmin(const ClientSession &session)
{
    return session.user() && session.user()->role == Role::Admin;
}

bool maySee(const ClientSession &session, qint64 customerId)
{
    return isAdmin(session) || (session.user() && session.user()->id == customerId);
}

QJsonArray toJsonArray(const QList<Campaign> &campaigns)
{
    QJsonArray array;
    for (const Campaign &c : campaigns)
        array.append(c.toJson());
    return array;
}

std::optional<qint64> ownFilter(const ClientSession &session)
{
    if (isAdmin(session))
        return std::nullopt;
    return session.user()->id;
}

} // namespace

CampaignsHandler::CampaignsHandler(CampaignStore &campaigns, CampaignManager &manager, ApiServer &server,
                                   SqlWorkerThread &reader, QObject *parent)
    : QObject(parent)
    , m_campaigns(campaigns)
    , m_manager(manager)
    , m_server(server)
    , m_reader(reader)
{
    connect(&m_manager, &CampaignManager::sampleReady, this, &CampaignsHandler::publishSample);
    connect(&m_manager, &CampaignManager::campaignsChanged, this, &CampaignsHandler::publishChange);
}

void CampaignsHandler::registerRoutes(RequestRouter &router)
{
    using Method = void (CampaignsHandler::*)(ClientSession &, const ProtocolMessage &);
    const auto add = [this, &router](QLatin1String type, Method method) {
        router.add({type, Route::Access::Roles, {Role::Admin, Role::Customer},
                    [this, method](ClientSession &s, const ProtocolMessage &r) { (this->*method)(s, r); }});
    };
    add(Type::CampaignsList, &CampaignsHandler::onList);
    add(Type::CampaignsAdd, &CampaignsHandler::onAdd);
    add(Type::CampaignsUpdate, &CampaignsHandler::onUpdate);
    add(Type::CampaignsRemove, &CampaignsHandler::onRemove);
    add(Type::CampaignsStart, &CampaignsHandler::onStart);
    add(Type::CampaignsStop, &CampaignsHandler::onStop);
    add(Type::CampaignsPacingOptions, &CampaignsHandler::onPacingOptions);
    add(Type::EngineStatusHistory, &CampaignsHandler::onHistory);
}

void CampaignsHandler::onList(ClientSession &session, const ProtocolMessage &request)
{
    const Result<QList<Campaign>> campaigns = m_campaigns.list(ownFilter(session));
    if (replyIfFailed(session, request.id(), campaigns))
        return;
    session.sendReply(request.id(), {{Key::Campaigns, toJsonArray(campaigns.value())}});
}

void CampaignsHandler::onAdd(ClientSession &session, const ProtocolMessage &request)
{
    Result<Campaign> campaign = Campaign::fromJson(request.data());
    if (replyIfFailed(session, request.id(), campaign))
        return;
    // Only admins choose the owner; a customer's campaigns are their own.
    if (!isAdmin(session) || campaign.value().customerId == 0)
        campaign.value().customerId = session.user()->id;
    if (replyIfFailed(session, request.id(), CampaignManager::pacingSettings(campaign.value())))
        return;
    const Result<Campaign> added = m_campaigns.add(campaign.value());
    replyCampaign(session, request.id(), added);
    if (added) {
        qCInfo(lcApi).noquote() << session.user()->username << "added campaign" << added.value().id;
        publishChange();
    }
}

void CampaignsHandler::onUpdate(ClientSession &session, const ProtocolMessage &request)
{
    const std::optional<Campaign> current = visibleCampaign(session, request, Key::Id);
    if (!current)
        return;
    Result<Campaign> campaign = Campaign::fromJson(request.data());
    if (replyIfFailed(session, request.id(), campaign))
        return;
    campaign.value().id = current->id;
    if (replyIfFailed(session, request.id(), CampaignManager::pacingSettings(campaign.value())))
        return;
    const Result<Campaign> updated = m_campaigns.update(campaign.value());
    replyCampaign(session, request.id(), updated);
    if (updated) {
        qCInfo(lcApi).noquote() << session.user()->username << "updated campaign" << current->id;
        publishChange();
    }
}

void CampaignsHandler::onRemove(ClientSession &session, const ProtocolMessage &request)
{
    const std::optional<Campaign> current = visibleCampaign(session, request, Key::Id);
    if (!current)
        return;
    const Result<Done> removed = m_campaigns.remove(current->id);
    if (replyIfFailed(session, request.id(), removed))
        return;
    session.sendReply(request.id());
    qCInfo(lcApi).noquote() << session.user()->username << "removed campaign" << current->id;
    publishChange();
}

void CampaignsHandler::onStart(ClientSession &session, const ProtocolMessage &request)
{
    const std::optional<Campaign> current = visibleCampaign(session, request, Key::Id);
    if (!current)
        return;
    replyCampaign(session, request.id(), m_manager.start(current->id, session.user()->id));
    qCInfo(lcApi).noquote() << session.user()->username << "asked to start campaign" << current->id;
}

void CampaignsHandler::onStop(ClientSession &session, const ProtocolMessage &request)
{
    const std::optional<Campaign> current = visibleCampaign(session, request, Key::Id);
    if (!current)
        return;
    const QString reason = QStringLiteral("stopped by %1").arg(session.user()->username);
    replyCampaign(session, request.id(), m_manager.stop(current->id, reason));
    qCInfo(lcApi).noquote() << session.user()->username << "asked to stop campaign" << current->id;
}

void CampaignsHandler::onPacingOptions(ClientSession &session, const ProtocolMessage &request)
{
    QJsonObject own;
    for (const QString &pacer : PacerFactory::names())
        own.insert(pacer, QJsonArray::fromStringList(PacerFactory::ownSettings(pacer)));
    session.sendReply(request.id(), {{Key::Pacers, QJsonArray::fromStringList(PacerFactory::names())},
                                     {Key::Defaults, PacerSettings().toJson()},
                                     {Key::PacerSettings, own}});
}

void CampaignsHandler::onHistory(ClientSession &session, const ProtocolMessage &request)
{
    const std::optional<Campaign> campaign = visibleCampaign(session, request, Key::CampaignId);
    if (!campaign)
        return;
    const QJsonArray samples = m_manager.history(campaign->id, QDateTime::currentMSecsSinceEpoch());
    if (samples.isEmpty() && campaign->status == Campaign::Status::Running && !m_manager.isRunning(campaign->id)) {
        replyStoredHistory(session, request.id(), campaign->id);
        return;
    }
    session.sendReply(request.id(), {{Key::CampaignId, campaign->id}, {Key::Samples, samples}});
}

// Another engine runs it: its stored samples (one every 10 s) draw the graph.
void CampaignsHandler::replyStoredHistory(ClientSession &session, qint64 requestId, qint64 campaignId)
{
    QPointer<ClientSession> target(&session);
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - StatusHistory::WindowMs;
    m_reader.post([this, target, requestId, campaignId, since](const Result<QSqlDatabase> &db) {
        Result<QJsonArray> samples = Result<QJsonArray>::failure(db.error(), db.detail());
        if (db)
            samples = PacingSampleStore(db.value()).since(campaignId, since);
        QMetaObject::invokeMethod(this, [target, requestId, campaignId, samples] {
            if (!target || replyIfFailed(*target, requestId, samples))
                return;
            target->sendReply(requestId, {{Key::CampaignId, campaignId}, {Key::Samples, samples.value()}});
        }, Qt::QueuedConnection);
        return db.ok();
    });
}

std::optional<Campaign> CampaignsHandler::visibleCampaign(ClientSession &session, const ProtocolMessage &request,
                                                          QLatin1String idKey)
{
    JsonFieldReader reader(request.data());
    const qint64 id = reader.requiredInteger(idKey, 1, MaxId);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return std::nullopt;
    }
    const Result<Campaign> campaign = m_campaigns.find(id);
    if (replyIfFailed(session, request.id(), campaign))
        return std::nullopt;
    if (!maySee(session, campaign.value().customerId)) {
        // As if it did not exist: ids of other customers' campaigns stay private.
        session.sendError(request.id(), ErrorCode::NotFound, QStringLiteral("there is no campaign with id %1").arg(id));
        return std::nullopt;
    }
    return campaign.value();
}


void CampaignsHandler::replyCampaign(ClientSession &session, qint64 requestId, const Result<Campaign> &campaign)
{
    if (replyIfFailed(session, requestId, campaign))
        return;
    session.sendReply(requestId, {{Key::Campaign, campaign.value().toJson()}});
}

void CampaignsHandler::publishChange()
{
    const Result<QList<Campaign>> all = m_campaigns.list();
    if (!all) {
        qCWarning(lcApi) << "cannot list campaigns after a change:" << all.detail();
        return;
    }
    m_server.publishEach(Topic::Campaigns, Event::CampaignsChanged,
                         [&all](const ClientSession &session) -> std::optional<QJsonObject> {
                             QList<Campaign> visible;
                             for (const Campaign &c : all.value()) {
                                 if (maySee(session, c.customerId))
                                     visible << c;
                             }
                             return QJsonObject{{Key::Campaigns, toJsonArray(visible)}};
                         });
}

void CampaignsHandler::publishSample(qint64 campaignId, qint64 customerId, const QJsonObject &sample)
{
    const QJsonObject data{{Key::CampaignId, campaignId}, {Key::Sample, sample}};
    m_server.publishEach(Topic::EngineStatus, Event::EngineStatusSample,
                         [&](const ClientSession &session) -> std::optional<QJsonObject> {
                             if (!maySee(session, customerId))
                                 return std::nullopt;
                             return data;
                         });
}
