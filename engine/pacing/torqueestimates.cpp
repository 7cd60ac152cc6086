#include "engine/pacing/torqueestimates.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kLeaveMemorySeconds = 120.0;
constexpr double kMaxSettleSeconds = 120.0;
constexpr double kUpdateSeconds = 0.25;
constexpr double kImpatientShare = 0.05;
// Talks are weighed by when they started (a cohort, with those still running
// censored), over about half an hour.
constexpr double kTalkMemorySeconds = 1800.0;

} // namespace

// Priors: a typical outbound campaign, worth a handful of calls each, so the
// first real calls dominate within minutes.
TorqueEstimates::TorqueEstimates(double dialTimeoutSeconds)
    : m_ring(0.25, 400, 12.0, 6.0, 5.0, 400.0)
    , m_amd(0.1, 200, 2.5, 1.0, 2.0, 100.0)
    , m_message(0.25, 400, 15.0, 6.0, 3.0, 200.0)
    , m_talk(1.0, 2400, 120.0, 90.0, 5.0, 400.0)
    , m_wrap(0.25, 1200, 10.0, 5.0, 3.0, 200.0)
    , m_fail(0.1, 300, 2.0, 1.0, 3.0, 200.0)
    , m_patience(0.05, 200, 60.0, 30.0, 5.0, 400.0)
    , m_pressOne(0.10, 5.0, 400.0)
    , m_leave(0.02, 3.0, 1e9)
    , m_noAnswerSeconds(dialTimeoutSeconds)
{
    m_talk.weighByStart(kTalkMemorySeconds);
}

void TorqueEstimates::dialed(double now)
{
    m_outcomes.dialed(now);
}

void TorqueEstimates::answered(double dialedAt, double now)
{
    m_pendingRings.push(PendingRing{dialedAt, now - dialedAt});
}

void TorqueEstimates::classified(bool human, double amdSeconds, double dialedAt, double now)
{
    m_amd.add(amdSeconds);
    m_outcomes.add(human ? OutcomeMix::Human : OutcomeMix::Machine, dialedAt, now);
}

void TorqueEstimates::pressOneDecided(bool pressed, double messageSeconds)
{
    m_pressOne.add(pressed);
    m_message.add(messageSeconds);
}

void TorqueEstimates::failed(double dialedAt, double now)
{
    m_outcomes.add(OutcomeMix::Failed, dialedAt, now);
    m_fail.add(now - dialedAt);
}

void TorqueEstimates::unanswered(double dialedAt, double now)
{
    m_outcomes.add(OutcomeMix::NoAnswer, dialedAt, now);
    m_noAnswerSeconds += (now - dialedAt - m_noAnswerSeconds) / 20.0;
}

void TorqueEstimates::talked(double seconds, double now)
{
    m_talk.add(seconds, now);
}

void TorqueEstimates::wrappedUp(double seconds)
{
    m_wrap.add(seconds);
}

void TorqueEstimates::waitedThenHungUp(double seconds)
{
    m_patience.add(seconds);
}

void TorqueEstimates::waitedPatiently(double seconds)
{
    m_patience.addCensored(seconds);
}

double TorqueEstimates::effectivePatience(double abandonAfterSeconds) const
{
    return std::clamp(m_patience.quantile(kImpatientShare), 0.0, abandonAfterSeconds);
}

void TorqueEstimates::setInProgress(const std::vector<double> &talking, const std::vector<double> &wrapping,
                                    const std::vector<double> &listening, double now)
{
    m_talk.setInProgress(talking, now);
    m_wrap.setInProgress(wrapping);
    m_message.setInProgress(listening);
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

double TorqueEstimates::settleSeconds() const
{
    const double answers = m_ring.quantile(0.995) + amdSeconds();
    return std::min(kMaxSettleSeconds, std::max({answers, m_noAnswerSeconds, failSeconds()}) + 1.0);
}

// A dial that will end this way is still unresolved at `age`: humans and
// machines until answered and screened, failures until they fail, no-answers
// until the dial time-out.
OutcomeMix::Shares TorqueEstimates::stillUnresolved(double age) const
{
    const double answer = m_ring.survival(age - amdSeconds());
    return {answer, answer, m_fail.survival(age), age < m_noAnswerSeconds + 0.5 ? 1.0 : 0.0};
}

// A ring time joins the model once every call dialled with it has resolved
// (or, at the latest, once the dial time-out and the longest rings are past).
void TorqueEstimates::releaseRings(double now)
{
    const double settled = now - settleSeconds();
    while (!m_pendingRings.empty()
           && (m_pendingRings.top().dialedAt <= settled || m_outcomes.settled(m_pendingRings.top().dialedAt))) {
        m_ring.add(m_pendingRings.top().seconds);
        m_pendingRings.pop();
    }
}

// The shares move slowly: re-estimated a few times a second, not every tick.
void TorqueEstimates::update(double now)
{
    if (now < m_nextUpdate)
        return;
    m_nextUpdate = now + kUpdateSeconds;
    releaseRings(now);
    m_outcomes.update(now, [this](double age) { return stillUnresolved(age); }, settleSeconds());
}

void TorqueEstimates::rebuild()
{
    m_fail.rebuild();
    m_patience.rebuild();
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
