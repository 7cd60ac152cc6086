#pragma once

#include <set>
#include <utility>
#include <vector>

// torque-pacesim's agents: who is logged in, free (and since when), talking
// or in wrap-up; the longest-idle free agent takes the next human; a drop in
// the head count logs free agents out at once (most recently freed first)
// and the rest after their wrap-up, which a later rise cancels first. Keeps
// the figures: talk + wrap and logged-in time clipped to the scenario, and
// each agent's wait from becoming free to its next call.
class SimAgentPool final
{
public:
    struct Change final
    {
        std::vector<int> loggedIn;
        std::vector<int> loggedOut;
    };

    explicit SimAgentPool(double durationSeconds);

    Change setCount(int count, double now);
    bool hasFree() const { return !m_free.empty(); }
    // The longest-idle free agent, now talking; -1 if none is free.
    int connect(double now);
    void startWrap(int agentId, double now);
    // True if the agent is free now, false if it left (a pending log-out).
    bool finishWrap(int agentId, double now);
    // Closes the logged-in time of those still logged in.
    void finish();

    int loggedIn() const { return m_loggedIn; }
    double busySeconds() const { return m_busySeconds; }
    double loggedInSeconds() const { return m_loggedInSeconds; }
    const std::vector<double> &waits() const { return m_waits; }

private:
    enum class State { Free, Talking, WrapUp, Gone };
    struct Agent final
    {
        State state = State::Free;
        double loginAt = 0;
        double freeSince = 0;
        double busySince = 0;
    };
    double clip(double t) const;
    void logOut(int agentId, double now);
    void makeFree(int agentId, double now);

    double m_duration;
    std::vector<Agent> m_agents;             // by id
    std::set<std::pair<double, int>> m_free; // (free since, id)
    int m_loggedIn = 0;
    int m_pendingLogouts = 0;
    double m_busySeconds = 0;
    double m_loggedInSeconds = 0;
    std::vector<double> m_waits;
};
