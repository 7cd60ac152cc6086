#pragma once

#include "engine/sim/pacing/pacescenario.h"
#include "engine/sim/pacing/paceresult.h"
#include "engine/sim/pacing/simagentpool.h"

#include <deque>
#include <queue>
#include <vector>

class Pacer;
struct PacerSettings;

// The discrete-event call centre behind torque-pacesim: one scenario, one
// pacer (the engine's own class), virtual time. Implements the semantics of
// bench/pacing/README.md: outcomes decided at dial time with the rates in
// force, answers after the ring time, busy/congestion failing at 2 s, AMD,
// the press-1 message, the longest-idle agent, first-come-first-served waits
// up to the abandon time (an agent freed at the deadline still takes the
// call), channels held from dial to hang-up, the trunk's CPS (sliding second)
// and channel limits applied to whatever the pacer asks, head-count changes,
// no dial at or after the end, and the pacer asked every 0.1 s. The pacer
// hears only what an engine would.
class PaceSimulator final
{
public:
    PaceSimulator(const PaceScenario &scenario, Pacer &pacer);

    // The settings an engine would give a pacer for this scenario.
    static PacerSettings settingsFor(const PaceScenario &scenario);

    // Records the pacer's figures every `seconds` of virtual time (0: never).
    void setTraceInterval(double seconds) { m_traceSeconds = seconds; }
    PaceResult run();

private:
    // Also the order of events at the same time: agents (log-in, end of
    // wrap-up) first, so an agent freed at a human's deadline still takes the
    // call; then hang-ups, call progress, deadlines. The pacer is asked after
    // everything at that time.
    enum class EventType { AgentStep, WrapEnd, TalkEnd, CallProgress, AbandonDeadline };
    enum class Outcome { Human, Machine, Busy, Congestion, NoAnswer };
    enum class Stage { Dialled, Answered, Message, Waiting, Talking, Done };
    struct Event final
    {
        double time = 0;
        int priority = 0;     // order of events at the same time
        quint64 seq = 0;
        EventType type = EventType::CallProgress;
        qint64 id = 0;
        bool operator>(const Event &o) const;
    };
    struct Call final
    {
        Outcome outcome = Outcome::NoAnswer;
        Stage stage = Stage::Dialled;
        double ring = 0, talk = 0, wrap = 0, message = 0;
        bool pressesOne = false;
        int agent = -1;
    };

    void schedule(double time, EventType type, qint64 id);
    void handle(const Event &e);
    void tick(qint64 index);
    bool dialAllowed(qint64 tickIndex) const;
    void dial(double now, qint64 tickIndex);
    void progress(qint64 callId, double now);
    void classify(qint64 callId, double now);
    void needAgent(qint64 callId, double now);
    void connect(qint64 callId, double now);
    void endCall(qint64 callId, int end, double now);
    void talkEnded(qint64 callId, double now);
    void wrapEnded(int agentId, double now);
    void abandonDeadline(qint64 callId, double now);
    void agentStep(std::size_t step, double now);
    void serveWaiting(double now);
    PaceResult result() const;

    const PaceScenario &m_scenario;
    Pacer &m_pacer;
    SimAgentPool m_agents;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_events;
    quint64 m_seq = 0;
    std::vector<Call> m_calls;             // by call id (dial order)
    std::deque<qint64> m_waiting;          // humans waiting for an agent, oldest first
    std::deque<qint64> m_recentDialTicks;  // dials in the last second, by tick
    int m_channels = 0;
    int m_peakChannels = 0;
    int m_peakCps = 0;
    qint64 m_humans = 0;
    qint64 m_needing = 0;
    qint64 m_abandoned = 0;
    double m_traceSeconds = 0;
    double m_nextTrace = 0;
    std::vector<QJsonObject> m_trace;
};
