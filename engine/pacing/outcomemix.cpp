#include "engine/pacing/outcomemix.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kLongMemory = 300.0;
constexpr double kShortMemory = 60.0;
// Standardised two-sided CUSUM: slack k and alarm h in standard deviations
// of one call's outcome. About one false alarm per several thousand calls;
// a shift of a third of a standard deviation (0.30 -> 0.45) is caught in
// about a hundred calls. Smaller shifts are left to the long memory.
constexpr double kCusumSlack = 0.2;
constexpr double kCusumAlarm = 16.0;

} // namespace

// A weak prior (ten calls' worth) of a typical outbound list.
OutcomeMix::OutcomeMix()
    : m_prior{0.25 * 10, 0.15 * 10, 0.10 * 10, 0.50 * 10}
{
    for (double p : m_prior)
        m_priorTotal += p;
}

void OutcomeMix::Counts::add(int outcome, double keep)
{
    for (double &v : n)
        v *= keep;
    n[std::size_t(outcome)] += 1.0;
    total = total * keep + 1.0;
}

double OutcomeMix::shareOf(const Counts &c, int outcome) const
{
    return (m_prior[std::size_t(outcome)] + c.n[std::size_t(outcome)]) / (m_priorTotal + c.total);
}

void OutcomeMix::add(Outcome outcome)
{
    ++m_resolved;
    watchForShift(outcome == Human);
    m_long.add(outcome, 1.0 - 1.0 / kLongMemory);
    m_short.add(outcome, 1.0 - 1.0 / kShortMemory);
}

void OutcomeMix::watchForShift(bool human)
{
    if (m_long.total < kShortMemory)
        return;
    const double expected = shareOf(m_long, Human);
    const double sd = std::sqrt(std::max(1e-4, expected * (1.0 - expected)));
    const double z = ((human ? 1.0 : 0.0) - expected) / sd;
    m_cusumUp = std::max(0.0, m_cusumUp + z - kCusumSlack);
    m_cusumDown = std::max(0.0, m_cusumDown - z - kCusumSlack);
    if (m_cusumUp > kCusumAlarm || m_cusumDown > kCusumAlarm) {
        m_long = m_short;
        m_cusumUp = m_cusumDown = 0;
        ++m_shifts;
    }
}

double OutcomeMix::share(Outcome outcome) const
{
    return shareOf(m_long, outcome);
}

double OutcomeMix::humanRelativeVariance() const
{
    const double p = share(Human);
    const double n = m_priorTotal + m_long.total;
    return (1.0 - p) / (p * (n + 1.0));
}
