#pragma once

#include "common/result.h"
#include "engine/enginesettings.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>

class ApiServer;
class DatabaseUrl;
class DbFunnel;
class AuthHandler;
class CampaignManager;
class CampaignsHandler;
class CampaignStore;
class SqlWorkerThread;
class DatabaseStatusHandler;
class RequestRouter;
class ServersHandler;
class SubscriptionHandler;
class TrunkStore;
class TrunksHandler;
class UserStore;
class VoiceFunnel;
class VoiceServerStore;

// The running engine: database (migrated on start), the first admin account,
// the voice funnel to the voice servers, and the API server with its request
// handlers.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(EngineSettings settings, QObject *parent = nullptr);
    ~Engine() override;

    Result<Done> start();
    // Graceful stop (SIGTERM): takes no more requests, dials no more, follows
    // the calls in progress to their end (up to drainSeconds; then they are
    // hung up and recorded as interrupted), writes what is left, then emits
    // stopped(). A second call cuts the drain short.
    void beginStop();
    // Stops now (calls still up are interrupted). Idempotent.
    void stop();
    bool isStopped() const { return m_stopped; }

    QUrl apiUrl() const;
    quint16 apiPort() const;
    VoiceFunnel &voiceFunnel() { return *m_funnel; }
    DbFunnel &dbFunnel() { return *m_dbFunnel; }
    CampaignManager &campaigns() { return *m_campaignManager; }
    const EngineSettings &settings() const { return m_settings; }

signals:
    void stopped();

private:
    void closeApi();
    // After the campaigns shut down: lets the hang-ups reach the nodes, then stops.
    void waitForHangupsThenStop();
    Result<Done> openDatabase();
    Result<Done> ensureFirstAdmin();
    Result<Done> registerVoiceServers();
    void startDbFunnel(const DatabaseUrl &url);
    void createApi();
    void createCampaigns(const DatabaseUrl &url);

    EngineSettings m_settings;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<TrunkStore> m_trunks;
    std::unique_ptr<VoiceServerStore> m_voiceServers;
    std::unique_ptr<CampaignStore> m_campaigns;
    std::unique_ptr<SqlWorkerThread> m_numbersWorker; // hopper claims
    std::unique_ptr<RequestRouter> m_router;
    std::unique_ptr<SubscriptionHandler> m_subscriptions;
    std::unique_ptr<TrunksHandler> m_trunksHandler;
    AuthHandler *m_auth = nullptr;
    VoiceFunnel *m_funnel = nullptr;
    DbFunnel *m_dbFunnel = nullptr;
    ServersHandler *m_serversHandler = nullptr;
    DatabaseStatusHandler *m_databaseStatusHandler = nullptr;
    CampaignManager *m_campaignManager = nullptr;
    CampaignsHandler *m_campaignsHandler = nullptr;
    ApiServer *m_api = nullptr;
    bool m_stopping = false;
    bool m_stopped = false;
    QElapsedTimer m_hangupWait;
};
