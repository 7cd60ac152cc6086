#pragma once

#include "engine/pacing/abandondispersion.h"
#include "engine/pacing/agegroups.h"
#include "engine/pacing/arrivaltable.h"
#include "engine/pacing/pacer.h"
#include "engine/pacing/recentabandons.h"
#include "engine/pacing/riskforecast.h"
#include "engine/pacing/torqueestimates.h"

#include <array>
#include <vector>

// Torque's own predictive pacer. On every tick it forecasts, second by second
// over the next minute, the agents that will be free (each busy agent from
// the learnt talk and wrap-up distributions given how long it has been busy,
// discounted by the chance agents are leaving) against the humans that will
// need one (each call in progress from its stage and age: the posterior chance
// that a still-ringing call is a human who will need an agent, and when), and
// dials calls one by one while the expected abandons each adds, per human it
// brings, stay under a limit. The limit follows the abandon budget: the cap
// times the humans so far, minus the abandons so far (whole run and rolling
// window), minus a reserve kept in hand - generous when ahead, strict when
// behind.
// Progressive is the floor: with too few agents or too little data it dials
// exactly one call per free agent.
class TorquePacer final : public Pacer
{
public:
    explicit TorquePacer(const PacerSettings &settings);
    QString name() const override;
    PacerFigures figures() const override;

    const TorqueEstimates &estimates() const { return m_estimates; }
    // The marginal abandons per human a new call may add, given the budget.
    double marginalAbandonLimit(double now) const;
    // Abandons still allowed now at the target rate, less those expected
    // from the calls already up.
    double abandonBudget(double now) const;
    // The abandon rate aimed at: the cap less a reserve for chance.
    double targetRate(double now) const;
    bool predicting() const { return m_predicting; }

protected:
    int decide(double now) override;
    void onAgentLoggedOut(const PacingState::Agent &agent, double now) override;
    void onAgentFreed(const PacingState::Agent &agent, double now) override;
    void onCallDialed(double now) override;
    void onCallAnswered(const PacingState::Call &call, double now) override;
    void onHumanAnswered(const PacingState::Call &call, double now) override;
    void onMachineAnswered(const PacingState::Call &call, double now) override;
    void onHumanNeedsAgent(const PacingState::Call &call, double now) override;
    void onCallConnected(const PacingState::Call &call, double now) override;
    void onCallAbandoned(const PacingState::Call &call, double now) override;
    void onCallEnded(const PacingState::Call &call, PacingState::CallEnd end, double now) override;

private:
    void classify(const PacingState::Call &call, bool human, double now);
    void refreshModels(double now);
    void censorInProgress(double now);
    double binSecondsFor() const;
    int horizonBins() const;
    void buildForecast(double now);
    void addAgentSupply(double now);
    void addCallDemand(double now);
    void needCurve(PacingState::CallStage stage, double age, double *out) const;
    double ringingWeight(double elapsed) const;
    double projectedHumans(double now) const;
    double budgetScale(double now) const;
    void steer(double change, double now);
    double humanRate(double now) const;
    double pressOneFactor() const;
    int maxCallsNow() const;
    using Signature = std::array<qint64, 11>;
    Signature stateSignature() const;

    TorqueEstimates m_estimates;
    ArrivalTable m_arrivals;
    RiskForecast m_forecast;
    std::vector<double> m_scratch;
    AgeGroups m_groups;  // agents and calls by state and age, this tick
    int m_bins = 0;
    double m_binSeconds = 1.0; // the forecast's time step
    double m_talkBucket = 0.25; // agents' time in a state sharing one curve
    double m_wrapBucket = 0.25;
    double m_lastDecide = -1;
    double m_nextRefresh = -1;
    bool m_predicting = false;
    RecentAbandons m_recent;
    mutable AbandonDispersion m_dispersion; // closes minutes as time is read
    bool m_recovering = false;  // m_recent alarmed: progressive for now
    double m_limit = 0;
    double m_expectedAbandons = 0;
    Signature m_lastSignature{}; // the state the last forecast was built from
    double m_lastForecastAt = -1;
    int m_lastCalls = 0;
    double m_steer = 0;     // the limit's integral term (log)
    double m_humanRate = 0; // humans needing an agent a second, smoothed
    double m_humanRateAt = 0;
};
