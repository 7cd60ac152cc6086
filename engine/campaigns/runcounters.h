#pragma once

#include <QtGlobal>

#include <deque>

// A run's running totals, and what the status figures need besides the
// pacer's own: the dialling rate of the last few seconds, humans of the last
// minute who had to wait for an agent, and the busy % averaged over the run.
struct RunCounters final
{
    qint64 dialed = 0;
    qint64 answered = 0;
    qint64 humans = 0;
    qint64 connected = 0;
    qint64 abandoned = 0;
    static constexpr double RateWindowSeconds = 10.0;
    std::deque<double> recentDials;          // times (s) of the last RateWindowSeconds' dials
    std::deque<std::pair<double, bool>> recentHumans; // last minute: (time, had to wait)
    double busyPercentSum = 0;
    qint64 busySamples = 0;

    void dialedAt(double now)
    {
        ++dialed;
        recentDials.push_back(now);
    }
    void humanAt(double now, bool waited)
    {
        ++humans;
        recentHumans.emplace_back(now, waited);
    }
    // Calls per second over the last 10 s (or the run so far, if shorter):
    // smooth enough to graph, quick enough to follow the pacer.
    double dialsPerSecond(double now)
    {
        while (!recentDials.empty() && recentDials.front() <= now - RateWindowSeconds)
            recentDials.pop_front();
        const double span = qBound(1.0, now, RateWindowSeconds);
        return double(recentDials.size()) / span;
    }
    // Share (%) of the last minute's humans who found no agent free.
    double oversPercent(double now)
    {
        while (!recentHumans.empty() && recentHumans.front().first <= now - 60.0)
            recentHumans.pop_front();
        if (recentHumans.empty())
            return 0;
        int waited = 0;
        for (const auto &h : recentHumans)
            waited += h.second ? 1 : 0;
        return 100.0 * waited / double(recentHumans.size());
    }
    double averageBusyPercent(double busyPercentNow)
    {
        busyPercentSum += busyPercentNow;
        ++busySamples;
        return busyPercentSum / double(busySamples);
    }
};
