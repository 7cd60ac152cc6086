#include "engine/sim/pacing/simagentpool.h"

#include <algorithm>

SimAgentPool::SimAgentPool(double durationSeconds)
    : m_duration(durationSeconds)
{
}

double SimAgentPool::clip(double t) const
{
    return std::clamp(t, 0.0, m_duration);
}

void SimAgentPool::makeFree(int agentId, double now)
{
    Agent &a = m_agents[std::size_t(agentId)];
    a.state = State::Free;
    a.freeSince = now;
    m_free.emplace(now, agentId);
}

void SimAgentPool::logOut(int agentId, double now)
{
    Agent &a = m_agents[std::size_t(agentId)];
    if (a.state == State::Free)
        m_free.erase({a.freeSince, agentId});
    a.state = State::Gone;
    m_loggedInSeconds += clip(now) - clip(a.loginAt);
    --m_loggedIn;
}

SimAgentPool::Change SimAgentPool::setCount(int count, double now)
{
    Change change;
    const int active = m_loggedIn - m_pendingLogouts;
    if (count > active) {
        int more = count - active;
        const int cancelled = std::min(more, m_pendingLogouts);
        m_pendingLogouts -= cancelled;
        more -= cancelled;
        for (int i = 0; i < more; ++i) {
            const int id = int(m_agents.size());
            m_agents.push_back(Agent{State::Free, now, now, 0});
            m_free.emplace(now, id);
            ++m_loggedIn;
            change.loggedIn.push_back(id);
        }
    } else if (count < active) {
        int fewer = active - count;
        while (fewer > 0 && !m_free.empty()) {
            const int id = std::prev(m_free.end())->second; // most recently freed
            logOut(id, now);
            change.loggedOut.push_back(id);
            --fewer;
        }
        m_pendingLogouts += fewer;
    }
    return change;
}

int SimAgentPool::connect(double now)
{
    if (m_free.empty())
        return -1;
    const auto [since, id] = *m_free.begin();
    m_free.erase(m_free.begin());
    Agent &a = m_agents[std::size_t(id)];
    if (since < m_duration)
        m_waits.push_back(clip(now) - since);
    a.state = State::Talking;
    a.busySince = now;
    return id;
}

void SimAgentPool::startWrap(int agentId, double)
{
    m_agents[std::size_t(agentId)].state = State::WrapUp;
}

bool SimAgentPool::finishWrap(int agentId, double now)
{
    Agent &a = m_agents[std::size_t(agentId)];
    m_busySeconds += clip(now) - clip(a.busySince);
    if (m_pendingLogouts > 0) {
        --m_pendingLogouts;
        logOut(agentId, now);
        return false;
    }
    makeFree(agentId, now);
    return true;
}

void SimAgentPool::finish()
{
    for (std::size_t id = 0; id < m_agents.size(); ++id) {
        if (m_agents[id].state != State::Gone)
            m_loggedInSeconds += clip(m_duration) - clip(m_agents[id].loginAt);
    }
}
