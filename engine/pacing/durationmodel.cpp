#include "engine/pacing/durationmodel.h"

#include <algorithm>
#include <cmath>

namespace {

double lognormalCdf(double x, double mean, double sd)
{
    if (x <= 0)
        return 0.0;
    if (sd <= 0)
        return x >= mean ? 1.0 : 0.0;
    const double s2 = std::log(1.0 + sd * sd / (mean * mean));
    const double mu = std::log(mean) - s2 / 2.0;
    return 0.5 * std::erfc(-(std::log(x) - mu) / std::sqrt(2.0 * s2));
}

} // namespace

DurationModel::DurationModel(double binSeconds, int bins, double priorMean, double priorSd, double priorWeight,
                             double memory)
    : m_bin(binSeconds)
    , m_bins(bins)
    , m_priorMean(priorMean)
    , m_priorWeight(priorWeight)
    , m_decay(1.0 - 1.0 / std::max(2.0, memory))
    , m_priorCdf(std::size_t(bins) + 1)
    , m_hist(std::size_t(bins) + 1, 0.0)
    , m_cdf(std::size_t(bins) + 1)
{
    for (int i = 0; i <= bins; ++i)
        m_priorCdf[std::size_t(i)] = lognormalCdf(i * binSeconds, priorMean, priorSd);
    rebuild();
}

// Older samples fade by growing the weight of new ones instead of shrinking
// every bin; rescaled before the numbers get large.
void DurationModel::add(double seconds)
{
    seconds = std::max(0.0, seconds);
    m_unit /= m_decay;
    const int bin = std::min(m_bins, int(seconds / m_bin));
    m_hist[std::size_t(bin)] += m_unit;
    m_total += m_unit;
    m_sum += m_unit * seconds;
    if (bin == m_bins)
        m_overflowExcess += m_unit * (seconds - maxSeconds());
    ++m_count;
    m_dirty = true;
    if (m_unit > 1e150)
        rescale();
}

void DurationModel::rescale()
{
    const double f = 1.0 / m_unit;
    for (double &h : m_hist)
        h *= f;
    m_total *= f;
    m_sum *= f;
    m_overflowExcess *= f;
    m_unit = 1.0;
}

void DurationModel::rebuild()
{
    if (!m_dirty)
        return;
    const double data = m_total / m_unit;
    const double norm = 1.0 / (m_priorWeight + data);
    double cumulative = 0;
    for (int i = 0; i <= m_bins; ++i) {
        m_cdf[std::size_t(i)] = (m_priorWeight * m_priorCdf[std::size_t(i)] + cumulative / m_unit) * norm;
        if (i < m_bins)
            cumulative += m_hist[std::size_t(i)];
    }
    const double overflow = m_hist[std::size_t(m_bins)];
    m_tailMean = overflow > 0 ? std::max(m_bin, m_overflowExcess / overflow) : std::max(m_bin, m_priorMean);
    m_dirty = false;
}

double DurationModel::mean() const
{
    const double data = m_total / m_unit;
    return (m_priorWeight * m_priorMean + m_sum / m_unit) / (m_priorWeight + data);
}

double DurationModel::tailSurvival(double seconds) const
{
    const double atEnd = 1.0 - m_cdf.back();
    return atEnd * std::exp(-(seconds - maxSeconds()) / m_tailMean);
}

double DurationModel::cdf(double seconds) const
{
    if (seconds <= 0)
        return 0.0;
    const double pos = seconds / m_bin;
    if (pos >= m_bins)
        return 1.0 - tailSurvival(seconds);
    const int i = int(pos);
    const double frac = pos - i;
    return m_cdf[std::size_t(i)] + frac * (m_cdf[std::size_t(i) + 1] - m_cdf[std::size_t(i)]);
}

double DurationModel::conditionalCdf(double elapsed, double s) const
{
    if (s <= 0)
        return 0.0;
    const double fe = cdf(elapsed);
    const double se = 1.0 - fe;
    if (se < 1e-9) // past all we have seen: the tail's constant hazard
        return 1.0 - std::exp(-s / m_tailMean);
    return std::clamp((cdf(elapsed + s) - fe) / se, 0.0, 1.0);
}

void DurationModel::conditionalCdfs(double elapsed, double first, double step, int count, double *out) const
{
    const double fe = cdf(elapsed);
    const double se = 1.0 - fe;
    const double stride = step / m_bin;
    int i = 0;
    for (; i < count && first + i * step <= 0; ++i)
        out[i] = 0.0;
    if (se < 1e-9) { // past all we have seen: the tail's constant hazard
        for (; i < count; ++i)
            out[i] = 1.0 - std::exp(-(first + i * step) / m_tailMean);
        return;
    }
    const double inv = 1.0 / se;
    // Whole bins per step: the same fraction at every point, a plain walk
    // through the table.
    if (stride == std::floor(stride) && i < count) {
        const int m = int(stride);
        const double pos = (elapsed + first + i * step) / m_bin;
        int index = int(pos);
        const double frac = pos - index;
        for (; i < count && index + 1 <= m_bins; ++i, index += m) {
            const double c = m_cdf[std::size_t(index)] + frac * (m_cdf[std::size_t(index) + 1] - m_cdf[std::size_t(index)]);
            out[i] = std::clamp((c - fe) * inv, 0.0, 1.0);
        }
    }
    for (; i < count; ++i)
        out[i] = std::clamp((cdf(elapsed + first + i * step) - fe) * inv, 0.0, 1.0);
}

double DurationModel::quantile(double q) const
{
    if (q <= 0)
        return 0.0;
    const auto it = std::lower_bound(m_cdf.begin(), m_cdf.end(), q);
    if (it == m_cdf.end()) {
        const double atEnd = 1.0 - m_cdf.back();
        return maxSeconds() + m_tailMean * std::log(std::max(1.0, atEnd / std::max(1e-12, 1.0 - q)));
    }
    const std::size_t i = std::size_t(it - m_cdf.begin());
    if (i == 0)
        return 0.0;
    const double lo = m_cdf[i - 1], hi = m_cdf[i];
    const double frac = hi > lo ? (q - lo) / (hi - lo) : 1.0;
    return (double(i - 1) + frac) * m_bin;
}

double DurationModel::binProbability(int i) const
{
    if (i < 0 || i >= m_bins)
        return 0.0;
    return m_cdf[std::size_t(i) + 1] - m_cdf[std::size_t(i)];
}
