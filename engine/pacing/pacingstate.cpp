#include "engine/pacing/pacingstate.h"

const PacingState::Agent *PacingState::agent(int agentId) const
{
    const auto it = m_agentIndex.find(agentId);
    return it == m_agentIndex.end() ? nullptr : &m_agents[it->second];
}

const PacingState::Call *PacingState::call(qint64 callId) const
{
    const auto it = m_callIndex.find(callId);
    return it == m_callIndex.end() ? nullptr : &m_calls[it->second];
}

PacingState::Agent *PacingState::findAgent(int agentId)
{
    return const_cast<Agent *>(agent(agentId));
}

PacingState::Call *PacingState::findCall(qint64 callId)
{
    return const_cast<Call *>(call(callId));
}

void PacingState::setAgentState(Agent &agent, AgentState state, double now)
{
    --m_agentCounts[int(agent.state)];
    ++m_agentCounts[int(state)];
    agent.state = state;
    agent.since = now;
}

void PacingState::setStage(Call &call, CallStage stage, double now)
{
    --m_stageCounts[int(call.stage)];
    ++m_stageCounts[int(stage)];
    call.stage = stage;
    call.stageSince = now;
}

// Swap-and-pop keeps the vectors dense; the moved element's slot is updated.
void PacingState::removeAgent(int agentId)
{
    const auto it = m_agentIndex.find(agentId);
    if (it == m_agentIndex.end())
        return;
    const std::size_t slot = it->second;
    --m_agentCounts[int(m_agents[slot].state)];
    m_agentIndex.erase(it);
    if (slot + 1 != m_agents.size()) {
        m_agents[slot] = m_agents.back();
        m_agentIndex[m_agents[slot].id] = slot;
    }
    m_agents.pop_back();
}

void PacingState::removeCall(qint64 callId)
{
    const auto it = m_callIndex.find(callId);
    if (it == m_callIndex.end())
        return;
    const std::size_t slot = it->second;
    --m_stageCounts[int(m_calls[slot].stage)];
    m_callIndex.erase(it);
    if (slot + 1 != m_calls.size()) {
        m_calls[slot] = m_calls.back();
        m_callIndex[m_calls[slot].id] = slot;
    }
    m_calls.pop_back();
}

void PacingState::agentLoggedIn(int agentId, double now)
{
    if (m_startedAt < 0)
        m_startedAt = now;
    if (findAgent(agentId))
        return;
    m_agentIndex.emplace(agentId, m_agents.size());
    m_agents.push_back(Agent{agentId, AgentState::Free, now, -1});
    ++m_agentCounts[int(AgentState::Free)];
}

void PacingState::agentLoggedOut(int agentId, double)
{
    removeAgent(agentId);
}

void PacingState::agentFreed(int agentId, double now)
{
    if (Agent *a = findAgent(agentId)) {
        setAgentState(*a, AgentState::Free, now);
        a->callId = -1;
    }
}

void PacingState::callDialed(qint64 callId, double now)
{
    if (m_startedAt < 0)
        m_startedAt = now;
    if (findCall(callId))
        return;
    ++m_dialed;
    m_callIndex.emplace(callId, m_calls.size());
    m_calls.push_back(Call{callId, CallStage::Ringing, now, now, -1, -1});
    ++m_stageCounts[int(CallStage::Ringing)];
}

void PacingState::callAnswered(qint64 callId, double now)
{
    if (Call *c = findCall(callId); c && c->stage == CallStage::Ringing) {
        c->answeredAt = now;
        setStage(*c, CallStage::Screening, now);
    }
}

void PacingState::humanAnswered(qint64 callId, double now)
{
    Call *c = findCall(callId);
    if (!c || (c->stage != CallStage::Ringing && c->stage != CallStage::Screening))
        return;
    if (c->answeredAt < 0)
        c->answeredAt = now;
    ++m_humans;
    setStage(*c, CallStage::Message, now);
}

void PacingState::machineAnswered(qint64 callId, double now)
{
    if (Call *c = findCall(callId); c && c->answeredAt < 0)
        c->answeredAt = now;
}

void PacingState::humanNeedsAgent(qint64 callId, double now)
{
    Call *c = findCall(callId);
    if (!c || c->stage == CallStage::Waiting || c->stage == CallStage::Connected)
        return;
    ++m_needingAgent;
    setStage(*c, CallStage::Waiting, now);
}

void PacingState::callConnected(qint64 callId, int agentId, double now)
{
    Call *c = findCall(callId);
    Agent *a = findAgent(agentId);
    if (!c || !a)
        return;
    c->agentId = agentId;
    setStage(*c, CallStage::Connected, now);
    setAgentState(*a, AgentState::Talking, now);
    a->callId = callId;
}

void PacingState::callAbandoned(qint64 callId, double)
{
    if (findCall(callId))
        ++m_abandoned;
}

void PacingState::callEnded(qint64 callId, CallEnd, double now)
{
    Call *c = findCall(callId);
    if (!c)
        return;
    if (c->stage == CallStage::Connected) {
        if (Agent *a = findAgent(c->agentId); a && a->callId == callId) {
            setAgentState(*a, AgentState::WrapUp, now);
            a->callId = -1;
        }
    }
    removeCall(callId);
}
