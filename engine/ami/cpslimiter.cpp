#include "engine/ami/cpslimiter.h"

#include <algorithm>
#include <cmath>

CpsLimiter::CpsLimiter(double callsPerSecond)
    : m_rate(callsPerSecond)
    , m_capacity(std::max(1.0, callsPerSecond / 10.0))
    , m_tokens(1.0)
{
}

void CpsLimiter::setRate(double callsPerSecond)
{
    m_rate = callsPerSecond;
    m_capacity = std::max(1.0, callsPerSecond / 10.0);
    m_tokens = std::min(m_tokens, m_capacity);
}

void CpsLimiter::refill(qint64 nowMs)
{
    if (m_lastMs >= 0 && nowMs > m_lastMs)
        m_tokens = std::min(m_capacity, m_tokens + double(nowMs - m_lastMs) * m_rate / 1000.0);
    if (m_lastMs < 0 || nowMs > m_lastMs)
        m_lastMs = nowMs;
}

bool CpsLimiter::tryTake(qint64 nowMs)
{
    refill(nowMs);
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

qint64 CpsLimiter::msUntilNext(qint64 nowMs)
{
    refill(nowMs);
    if (m_rate <= 0.0)
        return 1000; // a stopped trunk: look again later
    if (m_tokens >= 1.0)
        return 0;
    return qint64(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
