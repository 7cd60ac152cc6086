#include "engine/pacing/arrivaltable.h"

#include "engine/pacing/durationmodel.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int kMaxRows = 4000;

} // namespace

void ArrivalTable::rebuild(const DurationModel &ring, double amdSeconds, const DurationModel *message, int columns,
                           double maxElapsed, double binSeconds)
{
    m_columns = columns;
    // Rows and columns one bin apart; the press-1 convolution's ring-time
    // grid at half a bin, so that column k meets lattice point 2k - i.
    m_rowSeconds = binSeconds;
    m_columnSeconds = binSeconds;
    m_ringStep = binSeconds / 2.0;
    m_rowCount = std::clamp(int(std::ceil(maxElapsed / m_rowSeconds)) + 2, 2, kMaxRows);
    m_rows.assign(std::size_t(m_rowCount) * std::size_t(columns + 1), 0.0);
    if (message) {
        m_latticeLow = -int(m_columns * m_columnSeconds / m_ringStep) - 1;
        const int high = 2 * m_columns;
        m_messageLattice.resize(std::size_t(high - m_latticeLow + 1));
        for (int j = m_latticeLow; j <= high; ++j)
            m_messageLattice[std::size_t(j - m_latticeLow)] = message->cdf(j * m_ringStep - m_ringStep / 2 - amdSeconds);
    }
    for (int r = 0; r < m_rowCount; ++r)
        buildRow(r, ring, amdSeconds, message);
}

// Without a message the need follows the answer by the AMD delay; with one,
// the message length is convolved over the remaining ring time.
void ArrivalTable::buildRow(int row, const DurationModel &ring, double amdSeconds, const DurationModel *message)
{
    double *out = &m_rows[std::size_t(row) * std::size_t(m_columns + 1)];
    const double r = row * m_rowSeconds;
    if (!message) {
        for (int k = 0; k <= m_columns; ++k)
            out[k] = ring.conditionalCdf(r, k * m_columnSeconds - amdSeconds);
        return;
    }
    // Answer in [r + i/2, r + (i+1)/2) s from the dial, need k s from now:
    // the message must end within k - i/2 - 1/4 - amd s, i.e. the message
    // CDF at lattice point 2k - i (precomputed once per row set).
    const int steps = int(m_columns * m_columnSeconds / m_ringStep);
    for (int i = 0; i < steps; ++i) {
        const double mass = ring.conditionalCdf(r, (i + 1) * m_ringStep) - ring.conditionalCdf(r, i * m_ringStep);
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
    const double pos = std::clamp(elapsed / m_rowSeconds, 0.0, double(m_rowCount - 1) - 1e-9);
    const int lo = int(pos);
    const double f = pos - lo;
    const double *a = &m_rows[std::size_t(lo) * std::size_t(m_columns + 1)];
    const double *b = a + (m_columns + 1);
    const double wa = weight * (1.0 - f), wb = weight * f;
    for (int k = 0; k <= m_columns; ++k)
        out[k] += wa * a[k] + wb * b[k];
}
