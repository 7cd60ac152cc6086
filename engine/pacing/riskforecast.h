#pragma once

#include "engine/pacing/poissonbinomial.h"

#include <vector>

// The next minute or so of one campaign, second by second: how many agents
// will have become free (those free now plus each busy agent's chance to be
// done, given how long it has been busy) and how many humans will have come
// needing one (each call in progress by its stage and age, plus any calls
// dialled now). Both are sums of independent Bernoulli variables, kept as
// mean, variance and third cumulant so that the chance that a human arriving
// in second k finds no agent within the abandon time is a skew-corrected
// normal tail (refined normal approximation of a Poisson-binomial
// difference) - fast enough for every tick, no simulation.
//
// Ignoring agents freed, given a call and freed again inside the horizon, and
// counting abandoned humans as if they had taken an agent, both err on the
// safe side.
class RiskForecast final
{
public:
    // bins seconds of horizon; demand is read at bin edges 0..bins, supply at
    // mid-bins (plus the abandon time, applied by the caller).
    // `exact`: small teams - the chance a human finds no agent from the exact
    // distributions (PoissonBinomial) instead of the normal approximation.
    void reset(int bins, bool exact = false);
    int bins() const { return m_bins; }

    void addFreeAgents(int agents);
    // probabilities[k], k = 1..bins: chance the agent is free by then;
    // `agents` such agents alike.
    void addBusyAgents(const double *probabilities, int agents = 1);
    void addWaitingHuman();
    // cumulative[k], k = 0..bins: chance the call needs an agent by edge k;
    // `calls` such calls alike.
    void addCall(const double *cumulative, int calls = 1);
    // The same for one call dialled now (not added to the demand).
    void setNewCall(const double *cumulative);
    // Relative variance of the answer-rate estimate: demand that is not yet
    // resolved moves together with it.
    void setRateUncertainty(double relativeVariance) { m_rateRelVar = relativeVariance; }

    // Humans expected to find no agent in the horizon with n more calls now.
    double expectedAbandons(int newCalls) const;
    // Chance that one more call's human needs an agent within the horizon.
    double newCallHumans() const { return m_new.mean.empty() ? 0.0 : m_new.mean.back(); }
    // Calls to add, one at a time, while each one's marginal abandons per
    // human it brings stay at or under `limit`.
    int callsWithin(double limit, int maxCalls) const;

private:
    // Mean, variance and third cumulant of a sum of Bernoulli variables, one
    // array each (index: bin edge), so that the per-agent and per-call loops
    // vectorise.
    struct Sums final
    {
        std::vector<double> mean;
        std::vector<double> var;
        std::vector<double> third;
        void reset(int size);
        void add(int index, double p, double times);
    };

    // One agent's or call's curve kept whole for the exact computation.
    struct Curve final
    {
        std::size_t at = 0; // into m_curves
        int count = 0;
    };
    double exactChance(int k, int newCalls) const;

    int m_bins = 0;
    bool m_exact = false;
    int m_free = 0;
    std::vector<double> m_curves;
    std::vector<Curve> m_agentCurves;
    std::vector<Curve> m_callCurves;
    mutable std::vector<PoissonBinomial> m_supplyAt; // per bin, built on first use
    mutable std::vector<PoissonBinomial> m_demandAt;
    mutable std::vector<char> m_builtAt;
    mutable PoissonBinomial m_withNew;
    int m_waiting = 0;
    double m_rateRelVar = 0;
    Sums m_supply; // index 1..bins
    Sums m_demand; // index 0..bins
    Sums m_new;    // index 0..bins, one new call
};
