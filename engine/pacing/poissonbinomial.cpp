#include "engine/pacing/poissonbinomial.h"

#include <algorithm>

namespace {

constexpr double kNegligible = 1e-15; // probabilities trimmed from the top end

} // namespace

void PoissonBinomial::reset(int constant)
{
    m_offset = constant;
    m_pmf.assign(1, 1.0);
}

void PoissonBinomial::add(double p, int times)
{
    p = std::clamp(p, 0.0, 1.0);
    if (p <= 0.0 || times <= 0)
        return;
    if (p >= 1.0) {
        m_offset += times;
        return;
    }
    const double q = 1.0 - p;
    for (int t = 0; t < times; ++t) {
        m_pmf.push_back(0.0);
        for (std::size_t i = m_pmf.size() - 1; i > 0; --i)
            m_pmf[i] = m_pmf[i] * q + m_pmf[i - 1] * p;
        m_pmf[0] *= q;
        while (m_pmf.size() > 1 && m_pmf.back() < kNegligible)
            m_pmf.pop_back();
    }
}

double PoissonBinomial::atLeast(int i) const
{
    const int from = std::max(0, i - m_offset);
    double sum = 0;
    for (std::size_t j = std::size_t(from); j < m_pmf.size(); ++j)
        sum += m_pmf[j];
    return std::min(1.0, sum);
}

double PoissonBinomial::chanceNotAbove(const PoissonBinomial &supply, const PoissonBinomial &demand)
{
    // P(S <= D) = sum over s of P(S = s) P(D >= s), D's upper tail summed once.
    const std::vector<double> &d = demand.pmf();
    std::vector<double> tail(d.size() + 1, 0.0);
    for (std::size_t j = d.size(); j > 0; --j)
        tail[j - 1] = tail[j] + d[j - 1];
    double total = 0;
    const std::vector<double> &s = supply.pmf();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const int from = supply.offset() + int(i) - demand.offset();
        const double atLeast = from <= 0 ? 1.0 : std::size_t(from) < tail.size() ? tail[std::size_t(from)] : 0.0;
        total += s[i] * std::min(1.0, atLeast);
    }
    return std::clamp(total, 0.0, 1.0);
}
