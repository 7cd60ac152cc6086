#include "engine/campaigns/campaignmanager.h"

#include "engine/ami/voicefunnel.h"
#include "engine/campaigns/campaignlogging.h"
#include "engine/campaigns/campaignrunner.h"
#include "engine/db/campaignstore.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/pacingsamplerecord.h"
#include "engine/db/sqlworkerthread.h"
#include "engine/db/trunkstore.h"
#include "engine/pacing/pacerfactory.h"

#include <QDateTime>
#include <QPointer>

namespace {

constexpr int kSampleMs = 1000;
constexpr int kStoreEverySamples = 10;   // pacing_samples every 10 s

Result<Trunk> trunkFor(const Campaign &campaign, TrunkStore &trunks)
{
    if (campaign.trunkId)
        return trunks.find(*campaign.trunkId);
    const Result<QList<Trunk>> all = trunks.list();
    if (!all)
        return Result<Trunk>::failure(all.error(), all.detail());
    for (const Trunk &t : all.value()) {
        if (t.isDefault)
            return Result<Trunk>::success(t);
    }
    return Result<Trunk>::failure(ErrorCode::InvalidField,
                                  QStringLiteral("there is no trunk to dial on: add one, or choose one"),
                                  QStringLiteral("trunkId"));
}

// The pacer may plan below the trunk's limits, never above them.
PacerSettings withinTrunk(PacerSettings s, const Trunk &trunk)
{
    if (s.maxCps <= 0 || s.maxCps > trunk.maxCps)
        s.maxCps = trunk.maxCps;
    const int channels = int(qMin<qint64>(trunk.maxChannels, 10000000));
    if (s.maxChannels <= 0 || s.maxChannels > channels)
        s.maxChannels = channels;
    return s;
}

} // namespace

CampaignManager::CampaignManager(const Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    routeCallEvents();
    m_clock.start();
    m_drainDeadline.setSingleShot(true);
    m_drainDeadline.setTimerType(Qt::PreciseTimer); // a coarse timer may cut the drain 5% short
    connect(&m_drainDeadline, &QTimer::timeout, this, &CampaignManager::shutdown);
    m_sampleTimer.setInterval(kSampleMs);
    connect(&m_sampleTimer, &QTimer::timeout, this, &CampaignManager::takeSamples);
    m_sampleTimer.start();
    m_leaseTimer.setInterval(m_lease.renewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, &CampaignManager::renewLeases);
    m_leaseTimer.start();
}

CampaignManager::~CampaignManager()
{
    m_gracefulShutdown = false; // no shutDown() from a destructor
    shutdown();
}

void CampaignManager::routeCallEvents()
{
    VoiceFunnel *voice = m_services.voice;
    connect(voice, &VoiceFunnel::callSent, this, [this](qint64 callId, qint64) {
        if (CampaignRunner *r = runnerOf(callId))
            r->onCallSent(callId);
    });
    connect(voice, &VoiceFunnel::callAnswered, this, [this](const CallResult &result) {
        if (CampaignRunner *r = runnerOf(result.callId))
            r->onCallAnswered(result);
    });
    connect(voice, &VoiceFunnel::callClassified, this, [this](const CallResult &result) {
        if (CampaignRunner *r = runnerOf(result.callId))
            r->onCallClassified(result);
    });
    connect(voice, &VoiceFunnel::callEnded, this, [this](const CallResult &result) {
        if (CampaignRunner *r = runnerOf(result.callId))
            r->onCallEnded(result);
    });
}

CampaignRunner *CampaignManager::runnerOf(qint64 callId) const
{
    return m_callOwners.value(callId, nullptr);
}

QList<CampaignRunner *> CampaignManager::allRuns() const
{
    return findChildren<CampaignRunner *>(Qt::FindDirectChildrenOnly);
}

QList<qint64> CampaignManager::drainingRuns(qint64 campaignId) const
{
    QList<qint64> runs;
    for (const CampaignRunner *r : allRuns()) {
        if (r->isStopping() && r->campaign().id == campaignId)
            runs.append(r->runId());
    }
    return runs;
}

void CampaignManager::resumeRunning()
{
    const Result<QList<Campaign>> running =
        m_services.campaigns->resumable(m_services.engineId, QDateTime::currentMSecsSinceEpoch());
    if (!running) {
        qCWarning(lcCampaigns) << "cannot look for campaigns to resume:" << running.detail();
        return;
    }
    for (const Campaign &campaign : running.value()) {
        if (const Result<Campaign> resumed = launch(campaign, std::nullopt, true); !resumed)
            qCWarning(lcCampaigns) << "campaign" << campaign.id << "could not resume:" << resumed.detail();
    }
}

Result<Campaign> CampaignManager::start(qint64 campaignId, std::optional<qint64> startedBy)
{
    if (m_shuttingDown)
        return Result<Campaign>::failure(ErrorCode::Conflict, QStringLiteral("the engine is shutting down"));
    if (m_runners.contains(campaignId))
        return Result<Campaign>::failure(ErrorCode::Conflict, QStringLiteral("the campaign is already running"));
    const Result<Campaign> campaign = m_services.campaigns->find(campaignId);
    if (!campaign)
        return campaign;
    return launch(campaign.value(), startedBy, false);
}

Result<PacerSettings> CampaignManager::pacingSettings(const Campaign &campaign)
{
    if (!PacerFactory::names().contains(campaign.pacer))
        return Result<PacerSettings>::failure(ErrorCode::InvalidField,
                                              QStringLiteral("unknown pacer \"%1\"").arg(campaign.pacer),
                                              QStringLiteral("pacer"));
    const Result<PacerSettings> settings = PacerSettings::fromJson(campaign.pacing);
    if (!settings)
        return Result<PacerSettings>::failure(settings.error(), settings.detail(),
                                              QStringLiteral("pacing.%1").arg(settings.field()));
    return settings;
}

Result<Campaign> CampaignManager::launch(const Campaign &campaign, std::optional<qint64> startedBy, bool resume)
{
    const Result<PacerSettings> settings = pacingSettings(campaign);
    if (!settings)
        return Result<Campaign>::failure(settings.error(), settings.detail(), settings.field());
    const Result<Trunk> trunk = trunkFor(campaign, *m_services.trunks);
    if (!trunk)
        return Result<Campaign>::failure(trunk.error(), trunk.detail(), QStringLiteral("trunkId"));
    const qint64 askedAtMs = m_clock.elapsed();
    const Result<qint64> runId =
        m_services.campaigns->startRun(campaign.id, m_services.engineId, startedBy, leaseUntil(), resume);
    if (!runId)
        return Result<Campaign>::failure(runId.error(), runId.detail());
    m_leaseSureUntil.insert(runId.value(), askedAtMs + m_lease.leaseMs - m_lease.safetyMs);

    CampaignRunner::Context context;
    context.voice = m_services.voice;
    context.db = m_services.db;
    context.numbers = m_services.numbers;
    context.replyContext = this;
    context.nextCallId = [this] { return m_nextCallId++; };
    context.engineId = m_services.engineId;
    auto *runner = new CampaignRunner(campaign, trunk.value(), PacerFactory::create(campaign.pacer, withinTrunk(settings.value(), trunk.value())),
                                      runId.value(), context, this);
    connect(runner, &CampaignRunner::callPlaced, this, [this, runner](qint64 id) { m_callOwners.insert(id, runner); });
    connect(runner, &CampaignRunner::callFinished, this, [this](qint64 id) { m_callOwners.remove(id); });
    connect(runner, &CampaignRunner::listFinished, this,
            [this, id = campaign.id] { stop(id, QStringLiteral("list finished")); });
    connect(runner, &CampaignRunner::drained, this, [this, runner = QPointer<CampaignRunner>(runner)] {
        if (runner)
            retire(runner);
    }, Qt::QueuedConnection);
    m_runners.insert(campaign.id, runner);
    m_histories.remove(campaign.id); // a new run starts a new graph
    // Numbers left claimed by dead runs are recovered, but not those a
    // stopping run of this engine still holds.
    runner->start(drainingRuns(campaign.id));
    emit campaignsChanged();
    return m_services.campaigns->find(campaign.id);
}

Result<Campaign> CampaignManager::stop(qint64 campaignId, const QString &reason)
{
    CampaignRunner *runner = m_runners.take(campaignId);
    if (!runner) {
        const Result<Campaign> campaign = m_services.campaigns->find(campaignId);
        if (!campaign || campaign.value().status == Campaign::Status::Stopped)
            return campaign;
        // Marked running but not here: another engine runs it.
        return Result<Campaign>::failure(ErrorCode::Conflict,
                                         QStringLiteral("the campaign runs on another engine"));
    }
    finishRun(runner, reason);
    runner->stop();
    emit campaignsChanged();
    return m_services.campaigns->find(campaignId);
}

void CampaignManager::finishRun(CampaignRunner *runner, const QString &reason)
{
    const RunCounters &c = runner->counters();
    const CampaignStore::RunTotals totals{c.dialed, c.answered, c.connected, c.abandoned};
    const Result<Done> done = m_services.campaigns->finishRun(runner->campaign().id, runner->runId(), reason, totals);
    if (!done)
        qCWarning(lcCampaigns) << "campaign" << runner->campaign().id << "stopped, but the database was not told:"
                               << done.detail();
    qCInfo(lcCampaigns) << "campaign" << runner->campaign().id << "run" << runner->runId() << "stopped:" << reason;
}

// The run's row gets its totals; the campaign stays running, to resume.
void CampaignManager::closeRunOnWorker(const CampaignRunner *runner, const QString &reason)
{
    const RunCounters &c = runner->counters();
    const CampaignStore::RunTotals totals{c.dialed, c.answered, c.connected, c.abandoned};
    const qint64 runId = runner->runId();
    m_services.numbers->post([runId, reason, totals](const Result<QSqlDatabase> &db) {
        if (db) {
            if (const Result<Done> closed = CampaignStore(db.value()).closeRun(runId, reason, totals); !closed)
                qCWarning(lcCampaigns) << "run" << runId << "ended, but the database was not told:" << closed.detail();
        }
        return db.ok();
    });
}

void CampaignManager::retire(CampaignRunner *runner)
{
    for (auto it = m_callOwners.begin(); it != m_callOwners.end();)
        it = it.value() == runner ? m_callOwners.erase(it) : std::next(it);
    // A run drained by an engine shut-down stays the campaign's (still marked running).
    if (m_runners.value(runner->campaign().id) == runner) {
        m_runners.remove(runner->campaign().id);
        closeRunOnWorker(runner, QStringLiteral("engine stopped"));
    }
    m_leaseSureUntil.remove(runner->runId());
    runner->setParent(nullptr); // no longer one of allRuns()
    runner->deleteLater();
    finishShutdownIfDrained();
}

void CampaignManager::beginShutdown(qint64 drainMs)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_gracefulShutdown = true;
    for (CampaignRunner *runner : std::as_const(m_runners))
        runner->stop();
    int calls = 0;
    for (const CampaignRunner *runner : allRuns())
        calls += runner->liveCalls();
    qCInfo(lcCampaigns) << "shutting down: following" << calls << "calls to their end for up to" << drainMs / 1000.0
                        << "s";
    if (drainMs <= 0) {
        shutdown();
        return;
    }
    m_drainDeadline.start(int(qMin<qint64>(drainMs, 3600000)));
    finishShutdownIfDrained();
}

void CampaignManager::finishShutdownIfDrained()
{
    if (!m_gracefulShutdown || m_shutDownSent || !allRuns().isEmpty())
        return;
    m_shutDownSent = true;
    m_drainDeadline.stop();
    m_sampleTimer.stop();
    m_leaseTimer.stop();
    qCInfo(lcCampaigns) << "campaigns shut down";
    emit shutDown();
}

void CampaignManager::shutdown()
{
    m_shuttingDown = true;
    m_drainDeadline.stop();
    m_sampleTimer.stop();
    m_leaseTimer.stop();
    const QList<CampaignRunner *> runs = allRuns();
    for (CampaignRunner *runner : runs)
        runner->interrupt(QStringLiteral("the engine stopped before the call ended"));
    for (CampaignRunner *runner : std::as_const(m_runners))
        closeRunOnWorker(runner, QStringLiteral("engine stopped"));
    for (CampaignRunner *runner : runs)
        delete runner;
    m_runners.clear();
    m_callOwners.clear();
    m_leaseSureUntil.clear();
    finishShutdownIfDrained();
}

QJsonArray CampaignManager::history(qint64 campaignId, qint64 nowMs) const
{
    const auto it = m_histories.constFind(campaignId);
    return it == m_histories.constEnd() ? QJsonArray() : it->toJson(nowMs);
}

void CampaignManager::takeSamples()
{
    holdUnsureLeases();
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 dbQueue = m_services.db->status().backlog;
    const bool store = ++m_samplesTaken % kStoreEverySamples == 0;
    for (CampaignRunner *runner : std::as_const(m_runners)) {
        QJsonObject sample = runner->sample(nowMs, dbQueue);
        const Campaign &campaign = runner->campaign();
        m_histories[campaign.id].append(sample);
        emit sampleReady(campaign.id, campaign.customerId, sample);
        if (store)
            m_services.db->enqueue(PacingSampleRecord{campaign.id, m_services.engineId, nowMs, sample});
    }
    // Graphs of runs that ended more than 720 s ago are of no more use.
    for (auto it = m_histories.begin(); it != m_histories.end();)
        it = it->lastTime() <= nowMs - StatusHistory::WindowMs ? m_histories.erase(it) : std::next(it);
}

// On the worker's connection: a slow database server must not hold up the
// event loop that paces the calls.
void CampaignManager::renewLeases()
{
    if (m_runners.isEmpty() || m_renewing)
        return;
    m_renewing = true;
    const QString engineId = m_services.engineId;
    QHash<qint64, qint64> runs; // campaign -> the run being renewed
    for (auto it = m_runners.cbegin(); it != m_runners.cend(); ++it)
        runs.insert(it.key(), it.value()->runId());
    const qint64 until = leaseUntil();
    const qint64 askedAtMs = m_clock.elapsed();
    m_services.numbers->post([this, engineId, runs, until, askedAtMs](const Result<QSqlDatabase> &db) {
        Result<QList<qint64>> lost = Result<QList<qint64>>::failure(db.error(), db.detail());
        if (db)
            lost = CampaignStore(db.value()).renewLeases(engineId, runs.keys(), until);
        // The worker stops before this object goes: the reply finds it alive.
        QMetaObject::invokeMethod(this, [this, runs, askedAtMs, lost] { onLeasesRenewed(runs, askedAtMs, lost); },
                                  Qt::QueuedConnection);
        return db.ok();
    });
}

void CampaignManager::onLeasesRenewed(const QHash<qint64, qint64> &runs, qint64 askedAtMs,
                                      const Result<QList<qint64>> &lost)
{
    m_renewing = false;
    if (!lost) {
        qCWarning(lcCampaigns) << "could not renew the campaign leases:" << lost.detail();
        QTimer::singleShot(m_lease.retryMs, this, &CampaignManager::renewLeases);
        holdUnsureLeases();
        return;
    }
    // The lease holds from when the renewal was asked for, not when it came back.
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        if (!lost.value().contains(it.key()) && m_leaseSureUntil.contains(it.value()))
            m_leaseSureUntil.insert(it.value(), askedAtMs + m_lease.leaseMs - m_lease.safetyMs);
    }
    // Another engine runs these now: dialling them here too would double up.
    // (A run stopped or started here meanwhile is not the one asked about.)
    for (const qint64 id : lost.value()) {
        CampaignRunner *runner = m_runners.value(id, nullptr);
        if (!runner || runner->runId() != runs.value(id))
            continue;
        qCWarning(lcCampaigns) << "campaign" << id << "lost its lease; stopping it here";
        m_runners.remove(id);
        runner->stop();
        emit campaignsChanged();
    }
    holdUnsureLeases();
}

void CampaignManager::holdUnsureLeases()
{
    const qint64 now = m_clock.elapsed();
    for (CampaignRunner *runner : std::as_const(m_runners))
        runner->setDialingHeld(now >= m_leaseSureUntil.value(runner->runId(), 0));
}

qint64 CampaignManager::leaseUntil() const
{
    return QDateTime::currentMSecsSinceEpoch() + m_lease.leaseMs;
}

void CampaignManager::setLeaseTimings(const LeaseTimings &timings)
{
    m_lease = timings;
    m_leaseTimer.setInterval(m_lease.renewMs);
}

bool CampaignManager::isDialingHeld(qint64 campaignId) const
{
    const CampaignRunner *runner = m_runners.value(campaignId, nullptr);
    return runner && runner->isDialingHeld();
}
