#include "engine/pacing/abandondispersion.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kMinuteSeconds = 60.0;
constexpr double kMinMinutes = 5.0;
constexpr double kMaxIndex = 1000.0;

} // namespace

void AbandonDispersion::closeMinutes(double now)
{
    if (m_start < 0)
        m_start = now;
    const long long minute = (long long)std::floor((now - m_start) / kMinuteSeconds);
    if (minute <= m_minute)
        return;
    m_sum += m_current;
    m_sumSquares += m_current * m_current;
    // The minutes passed since without an abandon count as zeros.
    m_minutes += double(minute - m_minute);
    m_current = 0;
    m_minute = minute;
}

void AbandonDispersion::abandon(double now)
{
    closeMinutes(now);
    m_current += 1.0;
}

double AbandonDispersion::index(double now)
{
    closeMinutes(now);
    if (m_minutes < kMinMinutes || m_sum <= 0)
        return 1.0;
    const double mean = m_sum / m_minutes;
    const double variance = std::max(0.0, m_sumSquares / m_minutes - mean * mean);
    return std::clamp(variance / mean, 1.0, kMaxIndex);
}
