#pragma once

#include <QtGlobal>

#include <unordered_map>
#include <vector>

// What a pacer may know about a campaign right now: the agents and their
// states, the calls in progress and their stages, with the time each entered
// its state. The engine and torque-pacesim feed it the same events, so a pacer
// never sees more than a real engine does (no call's future outcome).
// Times are seconds on any monotonic clock.
class PacingState final
{
public:
    enum class AgentState { Free, Talking, WrapUp };
    enum class CallStage {
        Ringing,   // dialled, not answered yet
        Screening, // answered, answering-machine detection running
        Message,   // a human listening to the press-1 message
        Waiting,   // a human who needs an agent, none free yet
        Connected  // talking to an agent
    };
    enum class CallEnd { Busy, Congestion, NoAnswer, Machine, Declined, Abandoned, Completed, Failed };

    struct Agent final
    {
        int id = 0;
        AgentState state = AgentState::Free;
        double since = 0;      // entered this state
        qint64 callId = -1;    // Talking: the call
    };
    struct Call final
    {
        qint64 id = 0;
        CallStage stage = CallStage::Ringing;
        double dialedAt = 0;
        double stageSince = 0;
        double answeredAt = -1; // -1 until answered
        int agentId = -1;       // Connected: the agent
    };

    // Events. Unknown ids are ignored (a late event after a restart).
    void agentLoggedIn(int agentId, double now);
    void agentLoggedOut(int agentId, double now);
    void agentFreed(int agentId, double now); // wrap-up over
    void callDialed(qint64 callId, double now);
    void callAnswered(qint64 callId, double now);
    void humanAnswered(qint64 callId, double now);
    void machineAnswered(qint64 callId, double now);
    void humanNeedsAgent(qint64 callId, double now);
    void callConnected(qint64 callId, int agentId, double now);
    void callAbandoned(qint64 callId, double now);
    // A connected call's agent goes to wrap-up.
    void callEnded(qint64 callId, CallEnd end, double now);

    const std::vector<Agent> &agents() const { return m_agents; }
    const std::vector<Call> &calls() const { return m_calls; }
    const Agent *agent(int agentId) const;
    const Call *call(qint64 callId) const;

    int loggedInAgents() const { return int(m_agents.size()); }
    int agentsIn(AgentState state) const { return m_agentCounts[int(state)]; }
    int freeAgents() const { return agentsIn(AgentState::Free); }
    int callsIn(CallStage stage) const { return m_stageCounts[int(stage)]; }
    int callsInProgress() const { return int(m_calls.size()); }
    // Calls that may still need an agent: dialled and not yet connected.
    int pendingCalls() const { return callsInProgress() - callsIn(CallStage::Connected); }
    int humansWaiting() const { return callsIn(CallStage::Waiting); }

    // Totals since the start.
    qint64 dialed() const { return m_dialed; }
    qint64 humansAnswered() const { return m_humans; }
    qint64 humansNeedingAgent() const { return m_needingAgent; }
    qint64 abandoned() const { return m_abandoned; }
    double startedAt() const { return m_startedAt; }

private:
    Agent *findAgent(int agentId);
    Call *findCall(qint64 callId);
    void setAgentState(Agent &agent, AgentState state, double now);
    void setStage(Call &call, CallStage stage, double now);
    void removeAgent(int agentId);
    void removeCall(qint64 callId);

    // Vectors for cheap iteration every tick; the maps find an id's slot.
    std::vector<Agent> m_agents;
    std::vector<Call> m_calls;
    std::unordered_map<int, std::size_t> m_agentIndex;
    std::unordered_map<qint64, std::size_t> m_callIndex;
    int m_agentCounts[3] = {0, 0, 0};
    int m_stageCounts[5] = {0, 0, 0, 0, 0};
    qint64 m_dialed = 0;
    qint64 m_humans = 0;
    qint64 m_needingAgent = 0;
    qint64 m_abandoned = 0;
    double m_startedAt = -1;
};
