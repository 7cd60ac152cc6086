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

namespace {

constexpr int kSampleMs = 1000;
constexpr int kStoreEverySamples = 10;   // pacing_samples every 10 s
constexpr qint64 kLeaseMs = 30000;
constexpr int kRenewMs = 10000;

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
    m_sampleTimer.setInterval(kSampleMs);
    connect(&m_sampleTimer, &QTimer::timeout, this, &CampaignManager::takeSamples);
    m_sampleTimer.start();
    m_leaseTimer.setInterval(kRenewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, &CampaignManager::renewLeases);
    m_leaseTimer.start();
}

CampaignManager::~CampaignManager()
{
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

bool CampaignManager::isDraining(qint64 campaignId) const
{
    const QList<CampaignRunner *> runs = findChildren<CampaignRunner *>(Qt::FindDirectChildrenOnly);
    return std::any_of(runs.cbegin(), runs.cend(), [campaignId](const CampaignRunner *r) {
        return r->isStopping() && r->campaign().id == campaignId;
    });
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
    const Result<qint64> runId =
        m_services.campaigns->startRun(campaign.id, m_services.engineId, startedBy, leaseUntil(), resume);
    if (!runId)
        return Result<Campaign>::failure(runId.error(), runId.detail());

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
    connect(runner, &CampaignRunner::drained, this, [this, runner] { retire(runner); }, Qt::QueuedConnection);
    m_runners.insert(campaign.id, runner);
    m_histories.remove(campaign.id); // a new run starts a new graph
    // Numbers left claimed by a dead run go back to the list, but not those
    // a stopping run of this engine is still calling.
    runner->start(!isDraining(campaign.id));
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

void CampaignManager::retire(CampaignRunner *runner)
{
    for (auto it = m_callOwners.begin(); it != m_callOwners.end();)
        it = it.value() == runner ? m_callOwners.erase(it) : std::next(it);
    runner->deleteLater();
}

void CampaignManager::shutdown()
{
    m_sampleTimer.stop();
    m_leaseTimer.stop();
    const QList<CampaignRunner *> runners = m_runners.values();
    m_runners.clear();
    for (CampaignRunner *runner : runners) {
        runner->stop();
        delete runner;
    }
    m_callOwners.clear();
}

QJsonArray CampaignManager::history(qint64 campaignId, qint64 nowMs) const
{
    const auto it = m_histories.constFind(campaignId);
    return it == m_histories.constEnd() ? QJsonArray() : it->toJson(nowMs);
}

void CampaignManager::takeSamples()
{
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
    m_services.numbers->post([this, engineId, runs, until](const Result<QSqlDatabase> &db) {
        Result<QList<qint64>> lost = Result<QList<qint64>>::failure(db.error(), db.detail());
        if (db)
            lost = CampaignStore(db.value()).renewLeases(engineId, runs.keys(), until);
        // The worker stops before this object goes: the reply finds it alive.
        QMetaObject::invokeMethod(this, [this, runs, lost] { onLeasesRenewed(runs, lost); }, Qt::QueuedConnection);
        return db.ok();
    });
}

void CampaignManager::onLeasesRenewed(const QHash<qint64, qint64> &runs, const Result<QList<qint64>> &lost)
{
    m_renewing = false;
    if (!lost) {
        qCWarning(lcCampaigns) << "could not renew the campaign leases:" << lost.detail();
        return;
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
}

qint64 CampaignManager::leaseUntil() const
{
    return QDateTime::currentMSecsSinceEpoch() + kLeaseMs;
}
