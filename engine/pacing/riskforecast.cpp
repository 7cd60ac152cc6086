#include "engine/pacing/riskforecast.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr double kInvSqrt2 = 0.70710678118654752440;
constexpr double kInvSqrt2Pi = 0.39894228040143267794;

// P(X <= 0) for an integer X with this mean, variance and third cumulant:
// continuity-corrected normal with a skewness term.
double chanceNoAgent(double mean, double var, double third)
{
    if (var < 1e-12)
        return mean < 0.5 ? 1.0 : 0.0;
    const double sd = std::sqrt(var);
    const double z = (0.5 - mean) / sd;
    if (z < -8.0) // agents to spare, by far
        return 0.0;
    if (z > 8.0) // no agent, surely
        return 1.0;
    const double skew = third / (var * sd);
    const double normal = 0.5 * std::erfc(-z * kInvSqrt2);
    const double density = kInvSqrt2Pi * std::exp(-0.5 * z * z);
    return std::clamp(normal + skew * (1.0 - z * z) * density / 6.0, 0.0, 1.0);
}

} // namespace

void RiskForecast::Sums::reset(int size)
{
    mean.assign(std::size_t(size), 0.0);
    var.assign(std::size_t(size), 0.0);
    third.assign(std::size_t(size), 0.0);
}

void RiskForecast::Sums::add(int index, double p, double times)
{
    const double q = p * (1.0 - p);
    mean[std::size_t(index)] += times * p;
    var[std::size_t(index)] += times * q;
    third[std::size_t(index)] += times * q * (1.0 - 2.0 * p);
}

void RiskForecast::reset(int bins, bool exact)
{
    m_bins = bins;
    m_exact = exact;
    m_free = 0;
    m_curves.clear();
    m_agentCurves.clear();
    m_callCurves.clear();
    if (exact) {
        m_supplyAt.resize(std::size_t(bins) + 1);
        m_demandAt.resize(std::size_t(bins) + 1);
        m_builtAt.assign(std::size_t(bins) + 1, 0);
    }
    m_waiting = 0;
    m_rateRelVar = 0;
    m_supply.reset(bins + 1);
    m_demand.reset(bins + 1);
    m_new.reset(bins + 1);
}

void RiskForecast::addFreeAgents(int agents)
{
    m_free += agents;
    for (double &m : m_supply.mean)
        m += agents;
}

void RiskForecast::addBusyAgents(const double *probabilities, int agents)
{
    double *mean = m_supply.mean.data(), *var = m_supply.var.data(), *third = m_supply.third.data();
    const double a = agents;
    if (m_exact) {
        m_agentCurves.push_back(Curve{m_curves.size(), agents});
        m_curves.insert(m_curves.end(), probabilities, probabilities + m_bins + 1);
    }
    for (int k = 1; k <= m_bins; ++k) {
        const double p = probabilities[k];
        const double q = p * (1.0 - p);
        mean[k] += a * p;
        var[k] += a * q;
        third[k] += a * q * (1.0 - 2.0 * p);
    }
}

void RiskForecast::addWaitingHuman()
{
    ++m_waiting;
    for (double &m : m_demand.mean)
        m += 1.0;
}

void RiskForecast::addCall(const double *cumulative, int calls)
{
    double *mean = m_demand.mean.data(), *var = m_demand.var.data(), *third = m_demand.third.data();
    const double c = calls;
    if (m_exact) {
        m_callCurves.push_back(Curve{m_curves.size(), calls});
        m_curves.insert(m_curves.end(), cumulative, cumulative + m_bins + 1);
    }
    for (int k = 0; k <= m_bins; ++k) {
        const double p = cumulative[k];
        const double q = p * (1.0 - p);
        mean[k] += c * p;
        var[k] += c * q;
        third[k] += c * q * (1.0 - 2.0 * p);
    }
}

void RiskForecast::setNewCall(const double *cumulative)
{
    m_new.reset(m_bins + 1);
    for (int k = 0; k <= m_bins; ++k)
        m_new.add(k, cumulative[k], 1.0);
}

// Humans arriving in bin k find the humans that came before them (half of
// their own bin's included) sharing the agents free by the middle of the bin
// plus the abandon time.
double RiskForecast::expectedAbandons(int newCalls) const
{
    const double n = newCalls;
    const Sums &d = m_demand, &e = m_new, &s = m_supply;
    double total = 0;
    for (std::size_t k = 1; k <= std::size_t(m_bins); ++k) {
        const double arrivals = (d.mean[k] - d.mean[k - 1]) + n * (e.mean[k] - e.mean[k - 1]);
        if (arrivals < 1e-9)
            continue;
        const double aheadMean = 0.5 * (d.mean[k - 1] + d.mean[k] + n * (e.mean[k - 1] + e.mean[k]));
        const double unresolved = std::max(0.0, aheadMean - m_waiting);
        const double aheadVar = 0.5 * (d.var[k - 1] + d.var[k] + n * (e.var[k - 1] + e.var[k]))
            + m_rateRelVar * unresolved * unresolved;
        const double aheadThird = 0.5 * (d.third[k - 1] + d.third[k] + n * (e.third[k - 1] + e.third[k]));
        total += arrivals
            * (m_exact ? exactChance(int(k), newCalls)
                       : chanceNoAgent(s.mean[k] - aheadMean, s.var[k] + aheadVar, s.third[k] - aheadThird));
    }
    return total;
}

// P(agents free by bin k <= humans ahead), from the distributions themselves:
// the agents' and the calls' sides built once per bin, the new calls added.
double RiskForecast::exactChance(int k, int newCalls) const
{
    const std::size_t bin = std::size_t(k);
    if (!m_builtAt[bin]) {
        m_supplyAt[bin].reset(m_free);
        for (const Curve &a : m_agentCurves)
            m_supplyAt[bin].add(m_curves[a.at + bin], a.count);
        m_demandAt[bin].reset(m_waiting);
        for (const Curve &c : m_callCurves)
            m_demandAt[bin].add(0.5 * (m_curves[c.at + bin - 1] + m_curves[c.at + bin]), c.count);
        m_builtAt[bin] = 1;
    }
    if (newCalls == 0)
        return PoissonBinomial::chanceNotAbove(m_supplyAt[bin], m_demandAt[bin]);
    m_withNew = m_demandAt[bin];
    m_withNew.add(0.5 * (m_new.mean[bin - 1] + m_new.mean[bin]), newCalls);
    return PoissonBinomial::chanceNotAbove(m_supplyAt[bin], m_withNew);
}

// The marginal abandons grow with every call added, so the first call over
// the limit is found by galloping then bisecting: a handful of evaluations
// even when a tick adds dozens of calls.
int RiskForecast::callsWithin(double limit, int maxCalls) const
{
    const double perCall = newCallHumans();
    if (perCall < 1e-9 || maxCalls <= 0)
        return 0;
    std::vector<double> known(std::size_t(maxCalls) + 2, -1.0); // expectedAbandons(n), once each
    const auto abandons = [&](int n) {
        double &e = known[std::size_t(n)];
        if (e < 0)
            e = expectedAbandons(n);
        return e;
    };
    const auto acceptable = [&](int n) { // may call n + 1 be added?
        return (abandons(n + 1) - abandons(n)) / perCall <= limit;
    };
    if (!acceptable(0))
        return 0;
    int lo = 0; // acceptable
    int hi = 1; // not acceptable, or maxCalls
    while (hi < maxCalls && acceptable(hi)) {
        lo = hi;
        hi = std::min(maxCalls, 2 * hi);
    }
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (acceptable(mid) ? lo : hi) = mid;
    }
    return hi;
}
