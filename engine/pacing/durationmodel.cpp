#include "engine/pacing/durationmodel.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kFrontierAtRisk = 2.0;   // samples' worth still running: the data's reach
constexpr double kMaxTailMean = 1e6;

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
    m_unit /= m_decay;
    addWeighted(std::max(0.0, seconds), m_unit);
}

void DurationModel::weighByStart(double tauSeconds)
{
    m_startTau = tauSeconds;
}

// m_unit is the weight of a duration starting now; older starts fade.
void DurationModel::add(double seconds, double endedAt)
{
    if (m_startTau <= 0) {
        add(seconds);
        return;
    }
    seconds = std::max(0.0, seconds);
    m_now = std::max(m_now, endedAt);
    m_unit = std::exp((m_now - m_ref) / m_startTau);
    addWeighted(seconds, std::exp((endedAt - seconds - m_ref) / m_startTau));
}

void DurationModel::addWeighted(double seconds, double weight)
{
    const int bin = std::min(m_bins, int(seconds / m_bin));
    m_hist[std::size_t(bin)] += weight;
    m_total += weight;
    m_sum += weight * seconds;
    if (bin == m_bins)
        m_overflowExcess += weight * (seconds - maxSeconds());
    ++m_count;
    m_dirty = true;
    if (m_unit > 1e150)
        rescale();
}

void DurationModel::addCensored(double seconds)
{
    m_unit /= m_decay;
    if (m_censored.empty())
        m_censored.assign(std::size_t(m_bins) + 1, 0.0);
    m_censored[std::size_t(std::clamp(int(std::max(0.0, seconds) / m_bin), 0, m_bins))] += m_unit;
    m_dirty = true;
    if (m_unit > 1e150)
        rescale();
}

void DurationModel::rescale()
{
    const double f = 1.0 / m_unit;
    for (double &h : m_hist)
        h *= f;
    for (double &c : m_censored)
        c *= f;
    m_ref = m_now;
    m_total *= f;
    m_sum *= f;
    m_overflowExcess *= f;
    m_unit = 1.0;
}

void DurationModel::setInProgress(const std::vector<double> &elapsed, double now)
{
    if (elapsed.empty() && m_inProgress.empty())
        return;
    if (m_startTau > 0 && now > m_now) {
        m_now = now;
        m_unit = std::exp((m_now - m_ref) / m_startTau);
        if (m_unit > 1e150)
            rescale();
    }
    m_inProgress.assign(elapsed.empty() ? 0 : std::size_t(m_bins) + 1, 0.0);
    for (double e : elapsed) {
        const double w = m_startTau > 0 ? std::exp(-std::max(0.0, e) / m_startTau) : 1.0;
        m_inProgress[std::size_t(std::clamp(int(e / m_bin), 0, m_bins))] += w;
    }
    m_dirty = true;
}

// The product-limit estimate: in each bin, the share of what was still
// running that ended there. Samples and the prior end in their bins; the
// durations in progress only tell that they ran at least that long. Without
// any in progress this is the weighted mixture of prior and samples.
// Beyond the data (fewer than kFrontierAtRisk samples' worth still running)
// the hazard stays at its average over the second half of what the data
// cover rather than the prior's: at the start of a shift every agent is at
// the frontier together, and a prior shorter than the real talks would have
// them all about to finish.
void DurationModel::rebuild()
{
    if (!m_dirty)
        return;
    const auto priorEnded = [&](int i) {
        return m_priorWeight * (i < m_bins ? m_priorCdf[std::size_t(i) + 1] - m_priorCdf[std::size_t(i)]
                                           : 1.0 - m_priorCdf[std::size_t(m_bins)]);
    };
    const auto dataEnded = [&](int i) { return m_hist[std::size_t(i)] / m_unit; };
    const auto running = [&](int i) {
        return (m_inProgress.empty() ? 0.0 : m_inProgress[std::size_t(i)])
            + (m_censored.empty() ? 0.0 : m_censored[std::size_t(i)] / m_unit);
    };
    double priorAtRisk = m_priorWeight, dataAtRisk = 0, dataEndedTotal = 0;
    for (int i = 0; i <= m_bins; ++i) {
        dataAtRisk += dataEnded(i) + running(i);
        dataEndedTotal += dataEnded(i);
    }
    // Only durations seen to end give the data a reach of their own.
    const bool dataSeen = dataEndedTotal > 0;
    double survival = 1.0;
    double frontierHazard = -1; // per bin, once past the data
    m_mean = 0;
    for (int i = 0; i <= m_bins; ++i) {
        m_cdf[std::size_t(i)] = 1.0 - survival;
        if (i == m_bins)
            break;
        double next;
        if (dataSeen && dataAtRisk < kFrontierAtRisk) {
            if (frontierHazard < 0)
                frontierHazard = averageHazard(i / 2, i);
            next = survival * std::exp(-frontierHazard);
        } else {
            const double atRisk = priorAtRisk + dataAtRisk;
            const double end = priorEnded(i) + dataEnded(i);
            next = atRisk > 1e-12 ? survival * std::max(0.0, 1.0 - end / atRisk) : survival;
        }
        m_mean += m_bin * 0.5 * (survival + next);
        priorAtRisk -= priorEnded(i);
        dataAtRisk -= dataEnded(i) + running(i);
        survival = next;
    }
    const double overflow = m_hist[std::size_t(m_bins)];
    if (frontierHazard >= 0)
        m_tailMean = std::clamp(m_bin / std::max(frontierHazard, 1e-12), m_bin, kMaxTailMean);
    else
        m_tailMean = overflow > 0 ? std::max(m_bin, m_overflowExcess / overflow) : std::max(m_bin, m_priorMean);
    m_mean += survival * m_tailMean;
    m_dirty = false;
}

// Mean hazard per bin over bins [from, to) of the table built so far.
double DurationModel::averageHazard(int from, int to) const
{
    if (to <= from)
        return 0.0;
    const double a = 1.0 - m_cdf[std::size_t(from)], b = 1.0 - m_cdf[std::size_t(to)];
    if (a <= 1e-12 || b <= 1e-12)
        return 1.0;
    return std::max(0.0, std::log(a / b) / (to - from));
}

// Exact from the sums when nothing is censored; otherwise from the table.
double DurationModel::mean() const
{
    if (!m_inProgress.empty() || !m_censored.empty())
        return m_mean;
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
