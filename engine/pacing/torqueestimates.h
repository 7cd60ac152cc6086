#pragma once

#include "engine/pacing/durationmodel.h"
#include "engine/pacing/outcomemix.h"
#include "engine/pacing/rateestimator.h"

#include <queue>
#include <vector>

// Everything the torque pacer learns from the calls it sees: outcome shares
// per dial, the press-1 rate, ring, AMD, message, talk and wrap-up times, how
// long failures and unanswered calls take, and how likely an agent is to
// leave when a call ends (breaks and shift ends show up as log-outs after
// wrap-up, which the engine cannot see coming). Each starts from a weak
// prior and follows drift.
class TorqueEstimates final
{
public:
    explicit TorqueEstimates(double dialTimeoutSeconds);

    // Times: when the call was dialled and now.
    void dialed(double now);
    void answered(double dialedAt, double now);
    void classified(bool human, double amdSeconds, double dialedAt, double now);
    void pressOneDecided(bool pressed, double messageSeconds);
    void failed(double dialedAt, double now);
    void unanswered(double dialedAt, double now);
    void talked(double seconds, double now);
    void wrappedUp(double seconds);
    // A human who needed an agent hung up after waiting `seconds` (before the
    // abandon time), or waited that long and then got an agent or reached the
    // abandon time (their patience was at least that).
    void waitedThenHungUp(double seconds);
    void waitedPatiently(double seconds);
    // How long the pacer counts on a human to wait for an agent: the abandon
    // time, or less where callers hang up sooner (one in twenty by then).
    double effectivePatience(double abandonAfterSeconds) const;
    void agentStayed();
    void agentLeft();
    // What is still running: agents talking and in wrap-up, humans hearing
    // the message (elapsed seconds of each), censored in the models.
    void setInProgress(const std::vector<double> &talking, const std::vector<double> &wrapping,
                       const std::vector<double> &listening, double now);
    // Forgets agent log-outs over a couple of minutes.
    void timePassed(double seconds);
    // Brings the outcome shares up to `now` (every tick) and releases the
    // ring times of calls dialled long enough ago.
    void update(double now);
    void rebuild();
    // Seconds after a dial by which nearly every call has resolved.
    double settleSeconds() const;

    const DurationModel &ring() const { return m_ring; }
    const DurationModel &message() const { return m_message; }
    const DurationModel &talk() const { return m_talk; }
    const DurationModel &wrap() const { return m_wrap; }
    const OutcomeMix &outcomes() const { return m_outcomes; }
    double humanShare() const { return m_outcomes.share(OutcomeMix::Human); }
    double machineShare() const { return m_outcomes.share(OutcomeMix::Machine); }
    double failedShare() const { return m_outcomes.share(OutcomeMix::Failed); }
    double unansweredShare() const { return m_outcomes.share(OutcomeMix::NoAnswer); }
    double pressOneRate() const { return m_pressOne.mean(); }
    double pressOneRelativeVariance() const;
    double amdSeconds() const { return m_amd.mean(); }
    double failSeconds() const { return m_fail.quantile(0.99); }
    double noAnswerSeconds() const { return m_noAnswerSeconds; }
    double leaveChance() const { return m_leave.mean(); }

private:
    struct PendingRing final
    {
        double dialedAt;
        double seconds;
        bool operator>(const PendingRing &o) const { return dialedAt > o.dialedAt; }
    };
    OutcomeMix::Shares stillUnresolved(double age) const;
    void releaseRings(double now);

    DurationModel m_ring;
    DurationModel m_amd;
    DurationModel m_message;
    DurationModel m_talk;
    DurationModel m_wrap;
    OutcomeMix m_outcomes;
    DurationModel m_fail;
    DurationModel m_patience;
    // Ring times wait until every call dialled with them has had its chance
    // to answer: right after a burst of dials the quick answers come first.
    std::priority_queue<PendingRing, std::vector<PendingRing>, std::greater<>> m_pendingRings;
    RateEstimator m_pressOne;
    RateEstimator m_leave;
    double m_noAnswerSeconds;
    double m_nextUpdate = -1e300;
};
