#pragma once

#include "engine/pacing/pacer.h"

// SmoothTorque's pacing as its manual and web front end describe it (the C
// back end was never published): the control variable is the time between
// calls; the set-point is a target busy-agent percentage between drive_min and
// drive_max that rises with the number of agents; Weight is the recent trend
// of busy agents (positive: more coming on the phone, so slow down); CAD, the
// cumulative area between actual and ideal speed, pulls the speed back to the
// ideal; Elasticity detects oscillation and damps the steps, recovering to
// 100% over time; Boost runs temporarily over speed when busy agents lag and
// the trunk has room. The expected rate only seeds the first speed. There is no
// abandon cap: "overs" are only shown.
class SmoothTorquePacer final : public Pacer
{
public:
    explicit SmoothTorquePacer(const PacerSettings &settings);
    QString name() const override;
    PacerFigures figures() const override;

    double callsPerSecond() const;
    double targetBusyPercent() const;

protected:
    int decide(double now) override;
    void onCallDialed(double now) override;
    void onHumanNeedsAgent(const PacingState::Call &call, double now) override;
    void onCallEnded(const PacingState::Call &call, PacingState::CallEnd end, double now) override;
    void onAgentFreed(const PacingState::Agent &agent, double now) override;

private:
    void sample(double now);
    double idealSpeed() const;
    void updateElasticity(double step);
    void updateBoost();
    double speedLimit() const;

    double m_speed = 0;            // calls per second before boost
    double m_avgBusy = 0;          // percent, "Average"
    double m_lastBusy = -1;
    double m_weight = 0;
    double m_cad = 0;
    double m_elasticity = 1.0;
    double m_boost = 0;            // percent
    double m_lastStep = 0;
    double m_connectRate;          // humans needing an agent per dial
    double m_talkSeconds = 110;    // the handling time: talk...
    double m_wrapSeconds = 10;     // ...and wrap-up
    double m_nextSample = -1;
    double m_nextDialAt = -1;
    bool m_seeded = false;
};
