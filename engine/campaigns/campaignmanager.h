#pragma once

#include "common/campaign.h"
#include "common/result.h"
#include "engine/campaigns/statushistory.h"
#include "engine/pacing/pacersettings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QElapsedTimer>
#include <QTimer>

#include <memory>
#include <optional>

class CampaignRunner;
class CampaignStore;
class DbFunnel;
class SqlWorkerThread;
class TrunkStore;
class VoiceFunnel;
struct CallResult;

// Runs this engine's campaigns: starts and stops them (claiming and
// renewing their leases), routes the voice funnel's call events to the run
// that placed each call, and once a second takes every run's status figures:
// kept for 720 s, published (sampleReady) and stored every 10 s as
// pacing_samples through the database funnel.
class CampaignManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignManager)

public:
    struct Services final
    {
        CampaignStore *campaigns = nullptr;
        TrunkStore *trunks = nullptr;
        VoiceFunnel *voice = nullptr;
        DbFunnel *db = nullptr;
        SqlWorkerThread *numbers = nullptr;
        QString engineId;
    };

    // How campaign leases are kept (docs/numbers.md, "Leases"). The safety
    // margin leaves room for a slow renewal and for clocks that differ
    // between engines (another engine judges the lapse by its own clock).
    struct LeaseTimings final
    {
        qint64 leaseMs = 30000;   // a lease lapses this long after its last renewal
        int renewMs = 10000;      // renewed this often
        int retryMs = 2000;       // a failed renewal is tried again this soon
        qint64 safetyMs = 10000;  // dialling is held this long before an unrenewed lease could lapse
    };

    explicit CampaignManager(const Services &services, QObject *parent = nullptr);
    ~CampaignManager() override;

    // Picks up the campaigns left running (by this engine before a restart,
    // or by an engine whose lease lapsed).
    void resumeRunning();
    Result<Campaign> start(qint64 campaignId, std::optional<qint64> startedBy);
    Result<Campaign> stop(qint64 campaignId, const QString &reason);
    // Engine shut-down: dials no more, follows the calls in progress to their
    // end for up to drainMs (then interrupts them), and emits shutDown().
    // The campaigns stay marked running so that the next start resumes them.
    void beginShutdown(qint64 drainMs);
    // Ends everything now: calls still up are hung up and recorded as interrupted.
    void shutdown();
    bool isShuttingDown() const { return m_shuttingDown; }

    // The campaign's pacing settings, if its pacer and settings are valid
    // (else the error names "pacer" or "pacing.<key>").
    static Result<PacerSettings> pacingSettings(const Campaign &campaign);

    // For runs started from now on (tests shorten them).
    void setLeaseTimings(const LeaseTimings &timings);
    bool isRunning(qint64 campaignId) const { return m_runners.contains(campaignId); }
    // The campaign's run holds its dialling: its lease could not be renewed in time.
    bool isDialingHeld(qint64 campaignId) const;
    QList<qint64> runningIds() const { return m_runners.keys(); }
    QJsonArray history(qint64 campaignId, qint64 nowMs) const;
    // Takes the samples now (the 1 Hz timer calls it; tests may too).
    void takeSamples();

signals:
    void sampleReady(qint64 campaignId, qint64 customerId, const QJsonObject &sample);
    // Started, stopped, or a run ended by itself.
    void campaignsChanged();
    // beginShutdown() is over: every run ended.
    void shutDown();

private:
    Result<Campaign> launch(const Campaign &campaign, std::optional<qint64> startedBy, bool resume);
    CampaignRunner *runnerOf(qint64 callId) const;
    // A stopped run of this campaign still has calls up.
    QList<qint64> drainingRuns(qint64 campaignId) const;
    QList<CampaignRunner *> allRuns() const;
    void routeCallEvents();
    void finishRun(CampaignRunner *runner, const QString &reason);
    void retire(CampaignRunner *runner);
    void closeRunOnWorker(const CampaignRunner *runner, const QString &reason);
    void renewLeases();
    void onLeasesRenewed(const QHash<qint64, qint64> &runs, qint64 askedAtMs, const Result<QList<qint64>> &lost);
    // Holds the dialling of runs whose lease may lapse before it is renewed.
    void holdUnsureLeases();
    void finishShutdownIfDrained();
    qint64 leaseUntil() const;

    Services m_services;
    QHash<qint64, CampaignRunner *> m_runners;   // running, by campaign
    QHash<qint64, CampaignRunner *> m_callOwners; // live calls of running and stopping runs
    QHash<qint64, StatusHistory> m_histories;     // by campaign, also after a run ended
    QHash<qint64, qint64> m_leaseSureUntil;       // by run: engine-clock ms its lease surely holds
    LeaseTimings m_lease;
    QElapsedTimer m_clock;
    QTimer m_sampleTimer;
    QTimer m_leaseTimer;
    QTimer m_drainDeadline;
    bool m_shuttingDown = false;      // no new runs
    bool m_gracefulShutdown = false;  // beginShutdown() was asked: shutDown() is owed
    bool m_shutDownSent = false;
    qint64 m_nextCallId = 1;
    qint64 m_samplesTaken = 0;
    bool m_renewing = false; // a renewal is on the worker
};
