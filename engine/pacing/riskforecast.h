#pragma once

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
    void reset(int bins);
    int bins() const { return m_bins; }

    void addFreeAgents(int agents);
    // probabilities[k], k = 1..bins: chance the agent is free by then.
    void addBusyAgent(const double *probabilities);
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

    int m_bins = 0;
    int m_waiting = 0;
    double m_rateRelVar = 0;
    Sums m_supply; // index 1..bins
    Sums m_demand; // index 0..bins
    Sums m_new;    // index 0..bins, one new call
};
