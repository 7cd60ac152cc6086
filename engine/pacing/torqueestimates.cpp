#include "engine/pacing/torqueestimates.h"

#include <cmath>

namespace {

constexpr double kLeaveMemorySeconds = 120.0;

} // namespace

// Priors: a typical outbound campaign, worth a handful of calls each, so the
// first real calls dominate within minutes.
TorqueEstimates::TorqueEstimates(double dialTimeoutSeconds)
    : m_ring(0.25, 400, 12.0, 6.0, 5.0, 400.0)
    , m_amd(0.1, 200, 2.5, 1.0, 2.0, 100.0)
    , m_message(0.25, 400, 15.0, 6.0, 3.0, 200.0)
    , m_talk(1.0, 2400, 120.0, 90.0, 5.0, 400.0)
    , m_wrap(0.25, 1200, 10.0, 5.0, 3.0, 200.0)
    , m_pressOne(0.10, 5.0, 400.0)
    , m_leave(0.02, 3.0, 1e9)
    , m_noAnswerSeconds(dialTimeoutSeconds)
{
}

void TorqueEstimates::answered(double ringSeconds)
{
    m_ring.add(ringSeconds);
}

void TorqueEstimates::classified(bool human, double amdSeconds)
{
    m_amd.add(amdSeconds);
    m_outcomes.add(human ? OutcomeMix::Human : OutcomeMix::Machine);
}

void TorqueEstimates::pressOneDecided(bool pressed, double messageSeconds)
{
    m_pressOne.add(pressed);
    m_message.add(messageSeconds);
}

void TorqueEstimates::failed(double seconds)
{
    m_outcomes.add(OutcomeMix::Failed);
    m_failSeconds += (seconds - m_failSeconds) / 20.0;
}

void TorqueEstimates::unanswered(double seconds)
{
    m_outcomes.add(OutcomeMix::NoAnswer);
    m_noAnswerSeconds += (seconds - m_noAnswerSeconds) / 20.0;
}

void TorqueEstimates::talked(double seconds)
{
    m_talk.add(seconds);
}

void TorqueEstimates::wrappedUp(double seconds)
{
    m_wrap.add(seconds);
}

void TorqueEstimates::agentStayed()
{
    m_leave.add(false);
}

void TorqueEstimates::agentLeft()
{
    m_leave.add(true);
}

void TorqueEstimates::timePassed(double seconds)
{
    if (seconds > 0)
        m_leave.decay(std::exp(-seconds / kLeaveMemorySeconds));
}

void TorqueEstimates::rebuild()
{
    m_ring.rebuild();
    m_amd.rebuild();
    m_message.rebuild();
    m_talk.rebuild();
    m_wrap.rebuild();
}

double TorqueEstimates::pressOneRelativeVariance() const
{
    const double p = m_pressOne.mean();
    return m_pressOne.variance() / (p * p);
}
