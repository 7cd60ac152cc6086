#pragma once

#include "engine/pacing/durationmodel.h"
#include "engine/pacing/outcomemix.h"
#include "engine/pacing/rateestimator.h"

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

    void answered(double ringSeconds);
    void classified(bool human, double amdSeconds);
    void pressOneDecided(bool pressed, double messageSeconds);
    void failed(double seconds);
    void unanswered(double seconds);
    void talked(double seconds);
    void wrappedUp(double seconds);
    void agentStayed();
    void agentLeft();
    // Forgets agent log-outs over a couple of minutes.
    void timePassed(double seconds);
    void rebuild();

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
    double failSeconds() const { return m_failSeconds; }
    double noAnswerSeconds() const { return m_noAnswerSeconds; }
    double leaveChance() const { return m_leave.mean(); }

private:
    DurationModel m_ring;
    DurationModel m_amd;
    DurationModel m_message;
    DurationModel m_talk;
    DurationModel m_wrap;
    OutcomeMix m_outcomes;
    RateEstimator m_pressOne;
    RateEstimator m_leave;
    double m_failSeconds = 2.0;
    double m_noAnswerSeconds;
};
