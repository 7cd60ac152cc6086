#include "engine/pacing/pacer.h"

#include <algorithm>

Pacer::Pacer(const PacerSettings &settings)
    : m_settings(settings)
    , m_meter(settings.abandonCap, settings.abandonWindowSeconds)
{
}

Pacer::~Pacer() = default;

void Pacer::advance(double now)
{
    m_now = std::max(m_now, now);
}

void Pacer::agentLoggedIn(int agentId, double now)
{
    advance(now);
    m_state.agentLoggedIn(agentId, now);
    if (const PacingState::Agent *a = m_state.agent(agentId))
        onAgentLoggedIn(*a, now);
}

void Pacer::agentLoggedOut(int agentId, double now)
{
    advance(now);
    const PacingState::Agent *a = m_state.agent(agentId);
    if (!a)
        return;
    const PacingState::Agent before = *a;
    m_state.agentLoggedOut(agentId, now);
    onAgentLoggedOut(before, now);
}

void Pacer::agentFreed(int agentId, double now)
{
    advance(now);
    const PacingState::Agent *a = m_state.agent(agentId);
    if (!a)
        return;
    const PacingState::Agent before = *a;
    m_state.agentFreed(agentId, now);
    onAgentFreed(before, now);
}

void Pacer::callDialed(qint64 callId, double now)
{
    advance(now);
    m_state.callDialed(callId, now);
    onCallDialed(now);
}

// The call hooks get the record as it was before the event.
template <typename Apply, typename Hook>
void Pacer::callEvent(qint64 callId, double now, Apply apply, Hook hook)
{
    advance(now);
    const PacingState::Call *c = m_state.call(callId);
    if (!c)
        return;
    const PacingState::Call before = *c;
    apply();
    hook(before);
}

void Pacer::callAnswered(qint64 callId, double now)
{
    callEvent(callId, now, [&] { m_state.callAnswered(callId, now); },
              [&](const PacingState::Call &before) { onCallAnswered(before, now); });
}

void Pacer::humanAnswered(qint64 callId, double now)
{
    callEvent(callId, now, [&] { m_state.humanAnswered(callId, now); },
              [&](const PacingState::Call &before) { onHumanAnswered(before, now); });
}

void Pacer::machineAnswered(qint64 callId, double now)
{
    callEvent(callId, now, [&] { m_state.machineAnswered(callId, now); },
              [&](const PacingState::Call &before) { onMachineAnswered(before, now); });
}

void Pacer::humanNeedsAgent(qint64 callId, double now)
{
    callEvent(callId, now,
              [&] {
                  const PacingState::Call *c = m_state.call(callId);
                  if (c->stage != PacingState::CallStage::Waiting && c->stage != PacingState::CallStage::Connected)
                      m_meter.recordHuman(now);
                  m_state.humanNeedsAgent(callId, now);
              },
              [&](const PacingState::Call &before) { onHumanNeedsAgent(before, now); });
}

void Pacer::callConnected(qint64 callId, int agentId, double now)
{
    callEvent(callId, now, [&] { m_state.callConnected(callId, agentId, now); },
              [&](const PacingState::Call &before) { onCallConnected(before, now); });
}

void Pacer::callAbandoned(qint64 callId, double now)
{
    callEvent(callId, now,
              [&] {
                  m_meter.recordAbandon(now);
                  m_state.callAbandoned(callId, now);
              },
              [&](const PacingState::Call &before) { onCallAbandoned(before, now); });
}

void Pacer::callEnded(qint64 callId, PacingState::CallEnd end, double now)
{
    callEvent(callId, now, [&] { m_state.callEnded(callId, end, now); },
              [&](const PacingState::Call &before) { onCallEnded(before, end, now); });
}

int Pacer::callsToLaunch(double now)
{
    advance(now);
    return std::max(0, decide(now));
}

int Pacer::progressiveCalls() const
{
    return std::max(0, m_state.freeAgents() - m_state.pendingCalls());
}

PacerFigures Pacer::baseFigures() const
{
    PacerFigures f;
    f.pacer = name();
    f.agentsLoggedIn = m_state.loggedInAgents();
    f.agentsFree = m_state.freeAgents();
    f.callsInProgress = m_state.callsInProgress();
    f.abandonRate = m_meter.rate();
    f.windowAbandonRate = m_meter.windowRate(m_now);
    f.abandonCap = m_meter.cap();
    return f;
}

PacerFigures Pacer::figures() const
{
    return baseFigures();
}
