#include "engine/engine.h"

#include "engine/api/apiserver.h"
#include "engine/api/authhandler.h"
#include "engine/api/campaignshandler.h"
#include "engine/api/databasestatushandler.h"
#include "engine/api/passwordhasher.h"
#include "engine/ami/voicefunnel.h"
#include "engine/api/requestrouter.h"
#include "engine/api/servershandler.h"
#include "engine/api/subscriptionhandler.h"
#include "engine/api/trunkshandler.h"
#include "engine/campaigns/campaignmanager.h"
#include "engine/campaigns/loadsimulationsetup.h"
#include "engine/db/campaignstore.h"
#include "engine/db/database.h"
#include "engine/db/databaseurl.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/schemamigrator.h"
#include "engine/db/sqlworkerthread.h"
#include "engine/db/trunkstore.h"
#include "engine/db/userstore.h"
#include "engine/db/voiceserverstore.h"
#include "engine/logging.h"
#include "engine/voiceserverspec.h"

#include <QAtomicInt>
#include <QTimer>

namespace {

const QString kFirstAdminName = QStringLiteral("admin");
const QString kFirstAdminPassword = QStringLiteral("adminpass");

QString uniqueConnectionName()
{
    // Several engines may live in one test process; each needs its own connection.
    static QAtomicInt counter;
    return QStringLiteral("torque-engine-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Engine::Engine(EngineSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_connectionName(uniqueConnectionName())
{
}

Engine::~Engine()
{
    stop();
    // Handlers and the server refer to the stores and the router: they go first.
    delete m_campaignsHandler;
    delete m_campaignManager;
    m_numbersWorker.reset();
    delete m_databaseStatusHandler;
    delete m_serversHandler;
    delete m_funnel;
    delete m_api;
    delete m_auth;
    delete m_dbFunnel;
    m_users.reset();
    m_voiceServers.reset();
    m_campaigns.reset();
    m_trunks.reset();
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
}

Result<Done> Engine::start()
{
    if (!PasswordHasher::initialise())
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("libsodium failed to start"));
    if (const Result<Done> valid = m_settings.validate(); !valid)
        return Result<Done>::failure(valid.error(),
                                     QStringLiteral("%1: %2").arg(valid.field(), valid.detail()));
    if (const Result<Done> db = openDatabase(); !db)
        return db;
    if (const Result<Done> admin = ensureFirstAdmin(); !admin)
        return admin;
    if (const Result<Done> servers = registerVoiceServers(); !servers)
        return servers;
    createApi();
    const auto listen = EngineSettings::parseListen(m_settings.listen());
    return m_api->listen(listen.value().first, listen.value().second);
}

Result<Done> Engine::openDatabase()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(m_settings.databaseUrl());
    if (!url)
        return Result<Done>::failure(url.error(), url.detail());
    Result<QSqlDatabase> db = Database::open(url.value(), m_connectionName);
    if (!db)
        return Result<Done>::failure(db.error(), db.detail());
    m_db = db.value();
    qCInfo(lcEngine) << "database" << url.value().redacted();
    const Result<int> migrated = SchemaMigrator(m_db).migrate();
    if (!migrated)
        return Result<Done>::failure(migrated.error(),
                                     QStringLiteral("schema migration failed: %1").arg(migrated.detail()));
    qCInfo(lcEngine) << "schema at version" << migrated.value();
    m_users = std::make_unique<UserStore>(m_db);
    m_trunks = std::make_unique<TrunkStore>(m_db);
    m_voiceServers = std::make_unique<VoiceServerStore>(m_db);
    m_campaigns = std::make_unique<CampaignStore>(m_db);
    startDbFunnel(url.value());
    return Result<Done>::success({});
}

void Engine::startDbFunnel(const DatabaseUrl &url)
{
    DbFunnelOptions options;
    options.url = url;
    options.funnelName = m_settings.engineId();
    options.journalDirectory = m_settings.journalDirectory();
    m_dbFunnel = new DbFunnel(options, this);
    m_dbFunnel->start();
}

Result<Done> Engine::ensureFirstAdmin()
{
    const Result<qint64> count = m_users->count();
    if (!count)
        return Result<Done>::failure(count.error(), count.detail());
    if (count.value() > 0)
        return Result<Done>::success({});
    const Result<QString> hash = PasswordHasher::hash(kFirstAdminPassword);
    if (!hash)
        return Result<Done>::failure(hash.error(), hash.detail());
    UserAccount admin;
    admin.username = kFirstAdminName;
    admin.passwordHash = hash.value();
    admin.role = Role::Admin;
    admin.mustChangePassword = true;
    const Result<UserAccount> added = m_users->add(admin);
    if (!added)
        return Result<Done>::failure(added.error(), added.detail());
    qCWarning(lcEngine) << "created the first account admin/adminpass; it must change its password at first login";
    return Result<Done>::success({});
}

Result<Done> Engine::registerVoiceServers()
{
    if (m_settings.voiceServerSpecs().isEmpty())
        return Result<Done>::success({});
    const Result<QList<VoiceServer>> stored = m_voiceServers->list();
    if (!stored)
        return Result<Done>::failure(stored.error(), stored.detail());
    for (const QString &spec : m_settings.voiceServerSpecs()) {
        VoiceServer server = VoiceServerSpec::parse(spec).value(); // validated at start-up
        const auto same = std::find_if(stored.value().cbegin(), stored.value().cend(),
                                       [&](const VoiceServer &s) { return s.name == server.name; });
        Result<VoiceServer> saved = Result<VoiceServer>::failure(ErrorCode::Internal, {});
        if (same == stored.value().cend()) {
            saved = m_voiceServers->add(server);
        } else {
            server.id = same->id;
            saved = m_voiceServers->update(server);
        }
        if (!saved)
            return Result<Done>::failure(saved.error(), QStringLiteral("voice server %1: %2")
                                                            .arg(server.name, saved.detail()));
        qCInfo(lcEngine) << "voice server" << server.name << "registered at" << server.host << server.amiPort;
    }
    return Result<Done>::success({});
}

void Engine::createApi()
{
    m_router = std::make_unique<RequestRouter>();
    ApiServer::Options options;
    options.limits.maxFrameBytes = m_settings.maxFrameBytes();
    options.limits.maxErrorsPerMinute = m_settings.maxErrorsPerMinute();
    options.maxConnections = m_settings.maxConnections();
    options.tlsCertificate = m_settings.tlsCertificate();
    options.tlsKey = m_settings.tlsKey();
    m_api = new ApiServer(*m_router, options, this);

    AuthHandler::Policy policy;
    policy.throttle.maxFailuresPerUser = m_settings.maxFailedLoginsPerUser();
    policy.throttle.maxFailuresPerAddress = m_settings.maxFailedLoginsPerAddress();
    policy.throttle.windowMs = qint64(m_settings.failedLoginWindowSeconds()) * 1000;
    policy.throttle.lockoutMs = qint64(m_settings.lockoutSeconds()) * 1000;
    policy.minPasswordLength = m_settings.minPasswordLength();
    m_auth = new AuthHandler(*m_users, *m_dbFunnel, policy, this);
    m_auth->registerRoutes(*m_router);
    m_subscriptions = std::make_unique<SubscriptionHandler>();
    m_subscriptions->registerRoutes(*m_router);
    m_trunksHandler = std::make_unique<TrunksHandler>(*m_trunks, *m_api);
    m_trunksHandler->registerRoutes(*m_router);

    m_funnel = new VoiceFunnel(this);
    m_serversHandler = new ServersHandler(*m_voiceServers, *m_funnel, *m_api, this);
    m_serversHandler->registerRoutes(*m_router);
    m_serversHandler->applyStoredServers();

    m_databaseStatusHandler = new DatabaseStatusHandler(
        DatabaseUrl::parse(m_settings.databaseUrl()).value(), m_db, *m_api, this);
    m_databaseStatusHandler->registerRoutes(*m_router);

    createCampaigns(DatabaseUrl::parse(m_settings.databaseUrl()).value());
}

void Engine::createCampaigns(const DatabaseUrl &url)
{
    m_numbersWorker = std::make_unique<SqlWorkerThread>(url, QStringList());
    CampaignManager::Services services;
    services.campaigns = m_campaigns.get();
    services.trunks = m_trunks.get();
    services.voice = m_funnel;
    services.db = m_dbFunnel;
    services.numbers = m_numbersWorker.get();
    services.engineId = m_settings.engineId();
    m_campaignManager = new CampaignManager(services, this);
    m_campaignsHandler = new CampaignsHandler(*m_campaigns, *m_campaignManager, *m_api, *m_numbersWorker, this);
    m_campaignsHandler->registerRoutes(*m_router);
    m_campaignManager->resumeRunning();
    if (m_settings.loadSimulationAgents() > 0) {
        const Result<Done> started = LoadSimulationSetup::ensureRunning(
            {m_campaigns.get(), m_trunks.get(), m_users.get()}, *m_campaignManager, m_settings.loadSimulationAgents());
        if (!started)
            qCWarning(lcEngine) << "the load simulation could not start:" << started.detail();
    }
}

void Engine::closeApi()
{
    if (m_api)
        m_api->close();
    if (m_databaseStatusHandler)
        m_databaseStatusHandler->stop();
    if (m_auth)
        m_auth->waitForPendingWork();
}

void Engine::beginStop()
{
    if (m_stopped)
        return;
    if (m_stopping) {
        qCWarning(lcEngine) << "asked again: cutting the calls in progress short";
        if (m_campaignManager)
            m_campaignManager->shutdown();
        return;
    }
    m_stopping = true;
    closeApi();
    if (!m_campaignManager) {
        stop();
        emit stopped();
        return;
    }
    connect(m_campaignManager, &CampaignManager::shutDown, this, &Engine::waitForHangupsThenStop,
            Qt::QueuedConnection);
    m_campaignManager->beginShutdown(qint64(m_settings.drainSeconds()) * 1000);
}

void Engine::waitForHangupsThenStop()
{
    // Calls cut short were sent an AMI Hangup; a moment for it to leave.
    constexpr qint64 kHangupWaitMs = 2000;
    constexpr int kPollMs = 50;
    if (m_stopped)
        return;
    if (!m_hangupWait.isValid())
        m_hangupWait.start();
    if (m_funnel && m_funnel->activeCount() > 0 && m_hangupWait.elapsed() < kHangupWaitMs) {
        QTimer::singleShot(kPollMs, this, &Engine::waitForHangupsThenStop);
        return;
    }
    stop();
    emit stopped();
}

void Engine::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopping = true;
    closeApi();
    // Runs stop before the funnels: their last number updates go to the database.
    if (m_campaignManager)
        m_campaignManager->shutdown();
    if (m_numbersWorker)
        m_numbersWorker->stop();
    if (m_dbFunnel)
        m_dbFunnel->stop(); // writes what it can, journals the rest
}

QUrl Engine::apiUrl() const
{
    return m_api ? m_api->url() : QUrl();
}

quint16 Engine::apiPort() const
{
    return m_api ? m_api->port() : 0;
}
