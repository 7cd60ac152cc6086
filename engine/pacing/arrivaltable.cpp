#include "engine/pacing/arrivaltable.h"

#include "engine/pacing/durationmodel.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kRowSeconds = 1.0;
constexpr double kColumnSeconds = 1.0;
constexpr double kRingStep = 0.5; // ring-time grid of the press-1 convolution

} // namespace

void ArrivalTable::rebuild(const DurationModel &ring, double amdSeconds, const DurationModel *message, int columns,
                           double maxElapsed)
{
    m_columns = columns;
    m_rowCount = std::max(2, int(std::ceil(maxElapsed / kRowSeconds)) + 2);
    m_rows.assign(std::size_t(m_rowCount) * std::size_t(columns + 1), 0.0);
    if (message) {
        m_latticeLow = -int(m_columns * kColumnSeconds / kRingStep) - 1;
        const int high = 2 * m_columns;
        m_messageLattice.resize(std::size_t(high - m_latticeLow + 1));
        for (int j = m_latticeLow; j <= high; ++j)
            m_messageLattice[std::size_t(j - m_latticeLow)] = message->cdf(j * kRingStep - kRingStep / 2 - amdSeconds);
    }
    for (int r = 0; r < m_rowCount; ++r)
        buildRow(r, ring, amdSeconds, message);
}

// Without a message the need follows the answer by the AMD delay; with one,
// the message length is convolved over the remaining ring time.
void ArrivalTable::buildRow(int row, const DurationModel &ring, double amdSeconds, const DurationModel *message)
{
    double *out = &m_rows[std::size_t(row) * std::size_t(m_columns + 1)];
    const double r = row * kRowSeconds;
    if (!message) {
        for (int k = 0; k <= m_columns; ++k)
            out[k] = ring.conditionalCdf(r, k * kColumnSeconds - amdSeconds);
        return;
    }
    // Answer in [r + i/2, r + (i+1)/2) s from the dial, need k s from now:
    // the message must end within k - i/2 - 1/4 - amd s, i.e. the message
    // CDF at lattice point 2k - i (precomputed once per row set).
    const int steps = int(m_columns * kColumnSeconds / kRingStep);
    for (int i = 0; i < steps; ++i) {
        const double mass = ring.conditionalCdf(r, (i + 1) * kRingStep) - ring.conditionalCdf(r, i * kRingStep);
        if (mass <= 0)
            continue;
        for (int k = 0; k <= m_columns; ++k) {
            const int lattice = 2 * k - i;
            if (lattice > m_latticeLow)
                out[k] += mass * m_messageLattice[std::size_t(lattice - m_latticeLow)];
        }
    }
    for (int k = 0; k <= m_columns; ++k)
        out[k] = std::min(1.0, out[k]);
}

void ArrivalTable::accumulate(double elapsed, double weight, double *out) const
{
    const double pos = std::clamp(elapsed / kRowSeconds, 0.0, double(m_rowCount - 1) - 1e-9);
    const int lo = int(pos);
    const double f = pos - lo;
    const double *a = &m_rows[std::size_t(lo) * std::size_t(m_columns + 1)];
    const double *b = a + (m_columns + 1);
    const double wa = weight * (1.0 - f), wb = weight * f;
    for (int k = 0; k <= m_columns; ++k)
        out[k] += wa * a[k] + wb * b[k];
}
