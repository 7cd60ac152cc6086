#pragma once

#include <QtGlobal>

// A token bucket for a trunk's "max calls per second", fractional rates
// included (0.1 = one call every ten seconds). The bucket holds at most a
// tenth of a second of calls (and at least one), so no one-second window
// sees much more than the rate.
class CpsLimiter final
{
public:
    explicit CpsLimiter(double callsPerSecond = 1.0);

    void setRate(double callsPerSecond);
    double rate() const { return m_rate; }
    // Takes one call's token if there is one at nowMs.
    bool tryTake(qint64 nowMs);
    // Milliseconds until the next token (0 if one is available now).
    qint64 msUntilNext(qint64 nowMs);

private:
    void refill(qint64 nowMs);

    double m_rate;
    double m_capacity;
    double m_tokens;
    qint64 m_lastMs = -1;
};
