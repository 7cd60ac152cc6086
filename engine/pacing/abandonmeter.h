#pragma once

#include <QtGlobal>

#include <deque>

// Abandon-rate book-keeping for one campaign: humans who needed an agent and
// those abandoned, over the whole run and over a rolling window (30 days for
// the US FTC/FCC rule, 24 h for Ofcom), kept in time-stamped buckets so the
// window slides without storing every call.
class AbandonMeter final
{
public:
    static constexpr double kThirtyDays = 30.0 * 86400.0;
    static constexpr double kOneDay = 86400.0;

    explicit AbandonMeter(double cap = 0.03, double windowSeconds = kThirtyDays);

    void recordHuman(double now);
    void recordAbandon(double now);

    double cap() const { return m_cap; }
    double windowSeconds() const { return m_window; }
    qint64 humans() const { return m_humans; }
    qint64 abandons() const { return m_abandons; }
    qint64 windowHumans(double now) const;
    qint64 windowAbandons(double now) const;
    // 0 while no human has needed an agent.
    double rate() const;
    double windowRate(double now) const;
    // Abandons still allowed at `rate` before the whole-run or the window
    // figure would pass it (negative when already past): the smaller of the two.
    double budget(double now, double rate) const;
    double budget(double now) const { return budget(now, m_cap); }

private:
    struct Bucket final
    {
        double start = 0;
        qint64 humans = 0;
        qint64 abandons = 0;
    };
    Bucket &bucketAt(double now);
    void expire(double now);

    double m_cap;
    double m_window;
    double m_bucketSeconds;
    qint64 m_humans = 0;
    qint64 m_abandons = 0;
    qint64 m_windowHumans = 0;
    qint64 m_windowAbandons = 0;
    std::deque<Bucket> m_buckets;
};
