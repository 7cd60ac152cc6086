#include "engine/pacing/outcomemix.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kCohortSeconds = 0.25;
// The memories hold about this many dials at the current dialling rate,
// within these time constants.
constexpr double kLongDials = 300.0;
constexpr double kShortDials = 80.0;
constexpr double kLongMinSeconds = 60.0;
constexpr double kLongMaxSeconds = 3600.0;
constexpr double kShortMinSeconds = 20.0;
constexpr double kShortMaxSeconds = 900.0;
constexpr double kRateSeconds = 60.0;
// The short memory replaces the long one when they differ by this many
// standard errors, with at least this many resolved dials in the short one.
constexpr double kShiftAlarm = 3.0;
constexpr double kShiftMinResolved = 30.0;

double sum(const OutcomeMix::Shares &s)
{
    return s[0] + s[1] + s[2] + s[3];
}

} // namespace

// A weak prior (ten dials' worth) of a typical outbound list.
OutcomeMix::OutcomeMix()
    : m_prior{0.25 * 10, 0.15 * 10, 0.10 * 10, 0.50 * 10}
{
    m_priorTotal = sum(m_prior);
    for (int o = 0; o < kOutcomes; ++o)
        m_shares[std::size_t(o)] = m_prior[std::size_t(o)] / m_priorTotal;
    m_long.shares = m_shares;
    m_short.shares = m_shares;
    m_long.tau = kLongMaxSeconds;
    m_short.tau = kShortMaxSeconds;
}

void OutcomeMix::Memory::decayTo(double now)
{
    if (now <= at)
        return;
    const double keep = std::exp(-(now - at) / tau);
    for (double &v : n)
        v *= keep;
    dialed *= keep;
    pending *= keep;
    at = now;
}

void OutcomeMix::dialed(double now)
{
    if (m_lastDial >= 0 && now > m_lastDial)
        m_dialRate *= std::exp(-(now - m_lastDial) / kRateSeconds);
    m_dialRate += 1.0 / kRateSeconds;
    m_lastDial = std::max(m_lastDial, now);
    const qint64 index = qint64(std::floor(now / kCohortSeconds));
    if (m_cohorts.empty() || m_cohorts.back().index < index)
        m_cohorts.push_back(Cohort{index, 0, {}});
    // A dial reported late (out of order) joins the newest cohort.
    m_cohorts.back().dialed += 1.0;
}

void OutcomeMix::add(Outcome outcome, double dialedAt, double now)
{
    ++m_resolved;
    const qint64 index = qint64(std::floor(dialedAt / kCohortSeconds));
    auto it = std::lower_bound(m_cohorts.begin(), m_cohorts.end(), index,
                               [](const Cohort &c, qint64 i) { return c.index < i; });
    if (it != m_cohorts.end() && it->index == index && sum(it->n) < it->dialed) {
        it->n[std::size_t(outcome)] += 1.0;
        return;
    }
    creditLate(outcome, dialedAt, now);
}

bool OutcomeMix::settled(double dialedAt) const
{
    const qint64 index = qint64(std::floor(dialedAt / kCohortSeconds));
    const auto it = std::lower_bound(m_cohorts.begin(), m_cohorts.end(), index,
                                     [](const Cohort &c, qint64 i) { return c.index < i; });
    if (it == m_cohorts.end() || it->index != index)
        return m_cohorts.empty() || index < m_cohorts.front().index;
    return sum(it->n) >= it->dialed;
}

// An outcome whose cohort has folded (a very late answer) or was never seen
// dialled: credited to the memories at the weight of its dial time.
void OutcomeMix::creditLate(Outcome outcome, double dialedAt, double now)
{
    for (Memory *m : {&m_long, &m_short}) {
        m->decayTo(now);
        const double w = std::exp(-std::max(0.0, now - dialedAt) / m->tau);
        m->n[std::size_t(outcome)] += w;
        if (m->pending >= w) {
            m->pending -= w;
        } else {
            m->dialed += w - m->pending;
            m->pending = 0;
        }
    }
}

void OutcomeMix::fold(const Cohort &cohort, Memory &memory, double now) const
{
    const double w = std::exp(-std::max(0.0, now - cohort.index * kCohortSeconds) / memory.tau);
    for (int o = 0; o < kOutcomes; ++o)
        memory.n[std::size_t(o)] += w * cohort.n[std::size_t(o)];
    memory.dialed += w * cohort.dialed;
    memory.pending += w * std::max(0.0, cohort.dialed - sum(cohort.n));
}

void OutcomeMix::foldSettled(double now, double settleSeconds)
{
    m_long.decayTo(now);
    m_short.decayTo(now);
    while (!m_cohorts.empty() && now - m_cohorts.front().index * kCohortSeconds > settleSeconds) {
        fold(m_cohorts.front(), m_long, now);
        fold(m_cohorts.front(), m_short, now);
        m_cohorts.pop_front();
    }
}

// Time constants that hold a few hundred (long) or a few dozen (short) dials
// at the rate the campaign dials now.
void OutcomeMix::adaptMemories(double now)
{
    double rate = m_dialRate;
    if (m_lastDial >= 0 && now > m_lastDial)
        rate *= std::exp(-(now - m_lastDial) / kRateSeconds);
    rate = std::max(rate, 1e-6);
    m_long.tau = std::clamp(kLongDials / rate, kLongMinSeconds, kLongMaxSeconds);
    m_short.tau = std::clamp(kShortDials / rate, kShortMinSeconds, kShortMaxSeconds);
}

// Resolved dials count as they ended; unresolved ones as the outcomes still
// possible at their age, in proportion to the current shares (one step of
// expectation-maximisation per update); folded dials still pending can only
// be late answers.
OutcomeMix::Estimate OutcomeMix::estimate(const Memory &memory, double now, const Survival &survival) const
{
    const Shares &current = memory.shares;
    Shares num = m_prior;
    double den = m_priorTotal + memory.dialed;
    double resolvedWeight = sum(memory.n);
    const double answered = std::max(1e-9, current[Human] + current[Machine]);
    for (int o = 0; o < kOutcomes; ++o)
        num[std::size_t(o)] += memory.n[std::size_t(o)];
    num[Human] += memory.pending * current[Human] / answered;
    num[Machine] += memory.pending * current[Machine] / answered;
    // Weights grow by a constant factor from one cohort to the next.
    const double step = std::exp(kCohortSeconds / memory.tau);
    qint64 previous = 0;
    double w = 0;
    for (const Cohort &c : m_cohorts) {
        const double age = std::max(0.0, now - c.index * kCohortSeconds);
        w = w > 0 && c.index == previous + 1 ? std::min(1.0, w * step) : std::exp(-age / memory.tau);
        previous = c.index;
        den += w * c.dialed;
        const double done = sum(c.n);
        resolvedWeight += w * done;
        Shares still{};
        const double unresolved = c.dialed - done;
        if (unresolved > 0) {
            const Shares s = survival(age);
            for (int o = 0; o < kOutcomes; ++o)
                still[std::size_t(o)] = current[std::size_t(o)] * s[std::size_t(o)];
            if (sum(still) < 1e-12)
                still = {current[Human], current[Machine], 0, 0};
        }
        const double z = std::max(1e-12, sum(still));
        for (int o = 0; o < kOutcomes; ++o)
            num[std::size_t(o)] += w * (c.n[std::size_t(o)] + unresolved * still[std::size_t(o)] / z);
    }
    Estimate e;
    for (int o = 0; o < kOutcomes; ++o)
        e.shares[std::size_t(o)] = num[std::size_t(o)] / den;
    const double total = sum(e.shares);
    for (double &s : e.shares)
        s /= total;
    e.resolvedWeight = resolvedWeight;
    return e;
}

void OutcomeMix::watchForShift(const Estimate &longer, const Estimate &shorter)
{
    if (shorter.resolvedWeight < kShiftMinResolved || longer.resolvedWeight <= shorter.resolvedWeight)
        return;
    const double p = longer.shares[Human];
    // The short memory's dials are among the long one's: the difference's
    // variance is the short's less the long's.
    const double var = p * (1.0 - p) * (1.0 / shorter.resolvedWeight - 1.0 / longer.resolvedWeight);
    if (var <= 1e-12)
        return;
    if (std::abs(shorter.shares[Human] - p) > kShiftAlarm * std::sqrt(var)) {
        const double tau = m_long.tau;
        m_long = m_short;
        m_long.tau = tau;
        ++m_shifts;
    }
}

void OutcomeMix::update(double now, const Survival &survival, double settleSeconds)
{
    adaptMemories(now);
    foldSettled(now, settleSeconds);
    const Estimate longer = estimate(m_long, now, survival);
    const Estimate shorter = estimate(m_short, now, survival);
    m_long.shares = longer.shares;
    m_short.shares = shorter.shares;
    const int shiftsBefore = m_shifts;
    watchForShift(longer, shorter);
    const Estimate chosen = m_shifts != shiftsBefore ? estimate(m_long, now, survival) : longer;
    m_shares = chosen.shares;
    m_resolvedWeight = chosen.resolvedWeight;
}

double OutcomeMix::humanRelativeVariance() const
{
    const double p = std::max(1e-6, m_shares[Human]);
    const double n = m_priorTotal + m_resolvedWeight;
    return (1.0 - p) / (p * (n + 1.0));
}
