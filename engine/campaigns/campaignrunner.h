#pragma once

#include "common/campaign.h"
#include "common/trunk.h"
#include "engine/ami/callresult.h"
#include "engine/campaigns/numberhopper.h"
#include "engine/campaigns/runcounters.h"
#include "engine/pacing/pacer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class DbFunnel;
class SimulatedAgents;
class SqlWorkerThread;
class VoiceFunnel;

// One run of one campaign on this engine: asks its pacer every tick how many
// calls to place, takes armed numbers from its hopper, hands the calls to the
// voice funnel, feeds every call event back to the pacer, and records each
// call's outcome (number status and CDR) through the database funnel. A
// load simulation's agents are simulated here: a human that finds no agent
// free within abandonAfterSeconds is abandoned and redirected to the
// safe-harbour message.
//
// Stopping ends dialling at once and gives back every number not sent; the
// calls in progress are followed to their end and recorded (humans still
// get an agent or the safe-harbour message), then drained() is emitted. A
// stop that cannot wait (interrupt()) hangs the calls up and records them as
// interrupted. While dialling is held (the lease could not be renewed) no
// new call starts, but calls in progress go on.
class CampaignRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignRunner)

public:
    struct Context final
    {
        VoiceFunnel *voice = nullptr;
        DbFunnel *db = nullptr;
        SqlWorkerThread *numbers = nullptr;
        QObject *replyContext = nullptr;          // outlives the number worker's tasks
        std::function<qint64()> nextCallId;       // unique among the engine's live calls
        QString engineId;
        QString safeHarbourContext = QStringLiteral("torque-safe-harbour");
    };

    CampaignRunner(Campaign campaign, Trunk trunk, std::unique_ptr<Pacer> pacer, qint64 runId,
                   const Context &context, QObject *parent = nullptr);
    ~CampaignRunner() override;

    // liveRuns: the campaign's other runs still draining here, whose claims
    // the new run must leave alone.
    void start(const QList<qint64> &liveRuns);
    void stop();
    // Ends every call still up now: hung up, recorded as interrupted.
    void interrupt(const QString &why);
    bool isStopping() const { return m_stopping; }
    // No new calls while held (calls in progress go on).
    void setDialingHeld(bool held);
    bool isDialingHeld() const { return m_dialingHeld; }
    int liveCalls() const { return int(m_calls.size()); }

    const Campaign &campaign() const { return m_campaign; }
    qint64 runId() const { return m_runId; }
    const RunCounters &counters() const { return m_counters; }
    // The engine status figures of this second (see docs/protocol.md).
    QJsonObject sample(qint64 nowMs, qint64 dbQueue);

    // Voice funnel events for this runner's calls.
    void onCallSent(qint64 callId);
    void onCallAnswered(const CallResult &result);
    void onCallClassified(const CallResult &result);
    void onCallEnded(const CallResult &result);

signals:
    void callPlaced(qint64 callId);
    void callFinished(qint64 callId);
    // The list ran out (nothing left to dial): the run should stop.
    void listFinished();
    // Stopped and every call ended.
    void drained();

private:
    enum class Stage { Queued, Ringing, Screening, Waiting, Connected, Machine, Abandoned };
    struct LiveCall final
    {
        NumberHopper::Entry number;
        Stage stage = Stage::Queued;
        qint64 dialedAtMs = 0;
        double waitDeadline = 0;
        int agentId = -1;
        bool answered = false;
    };

    double now() const;
    void tick();
    int dialRoom() const;
    void dial(const NumberHopper::Entry &number);
    void withdrawQueuedCalls();
    void humanNeedsAgent(qint64 callId, LiveCall &call);
    void connect(qint64 callId, LiveCall &call, int agentId);
    void abandon(qint64 callId, LiveCall &call);
    void expireWaiting();
    void onAgentFreed(int agentId);
    PacingState::CallEnd pacingEnd(const LiveCall &call, const CallResult &result) const;
    QString numberStatus(const LiveCall &call, const CallResult &result) const;
    void record(const LiveCall &call, const CallResult &result, const QString &status);
    void finishIfDrained();

    Campaign m_campaign;
    Trunk m_trunk;
    std::unique_ptr<Pacer> m_pacer;
    const qint64 m_runId;
    Context m_context;
    NumberHopper *m_hopper = nullptr;
    SimulatedAgents *m_agents = nullptr;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_startedAtMs = 0;
    QHash<qint64, LiveCall> m_calls;
    std::deque<qint64> m_waiting; // humans waiting for an agent, oldest first
    int m_queuedInFunnel = 0;
    RunCounters m_counters;
    bool m_stopping = false;
    bool m_dialingHeld = false;
    bool m_listFinishedSent = false;
};
