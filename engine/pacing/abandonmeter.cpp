#include "engine/pacing/abandonmeter.h"

#include <algorithm>
#include <cmath>

// 720 buckets a window: an hour for 30 days, two minutes for 24 h. A bucket
// leaves the window whole, so the window is at most one bucket longer.
AbandonMeter::AbandonMeter(double cap, double windowSeconds)
    : m_cap(cap)
    , m_window(std::max(1.0, windowSeconds))
    , m_bucketSeconds(std::max(1.0, m_window / 720.0))
{
}

AbandonMeter::Bucket &AbandonMeter::bucketAt(double now)
{
    expire(now);
    const double start = std::floor(now / m_bucketSeconds) * m_bucketSeconds;
    if (m_buckets.empty() || m_buckets.back().start < start)
        m_buckets.push_back(Bucket{start, 0, 0});
    return m_buckets.back();
}

void AbandonMeter::expire(double now)
{
    while (!m_buckets.empty() && m_buckets.front().start + m_bucketSeconds <= now - m_window) {
        m_windowHumans -= m_buckets.front().humans;
        m_windowAbandons -= m_buckets.front().abandons;
        m_buckets.pop_front();
    }
}

void AbandonMeter::recordHuman(double now)
{
    ++bucketAt(now).humans;
    ++m_humans;
    ++m_windowHumans;
}

void AbandonMeter::recordAbandon(double now)
{
    ++bucketAt(now).abandons;
    ++m_abandons;
    ++m_windowAbandons;
}

// The const readers skip expired buckets rather than drop them.
qint64 AbandonMeter::windowHumans(double now) const
{
    qint64 n = m_windowHumans;
    for (const Bucket &b : m_buckets) {
        if (b.start + m_bucketSeconds > now - m_window)
            break;
        n -= b.humans;
    }
    return n;
}

qint64 AbandonMeter::windowAbandons(double now) const
{
    qint64 n = m_windowAbandons;
    for (const Bucket &b : m_buckets) {
        if (b.start + m_bucketSeconds > now - m_window)
            break;
        n -= b.abandons;
    }
    return n;
}

double AbandonMeter::rate() const
{
    return m_humans > 0 ? double(m_abandons) / double(m_humans) : 0.0;
}

double AbandonMeter::windowRate(double now) const
{
    const qint64 humans = windowHumans(now);
    return humans > 0 ? double(windowAbandons(now)) / double(humans) : 0.0;
}

double AbandonMeter::budget(double now, double rate) const
{
    const double whole = rate * double(m_humans) - double(m_abandons);
    const double window = rate * double(windowHumans(now)) - double(windowAbandons(now));
    return std::min(whole, window);
}
