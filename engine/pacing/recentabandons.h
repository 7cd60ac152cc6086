#pragma once

#include <deque>

// The last minute of humans who needed an agent and of abandons: the torque
// pacer's alarm for a forecast gone wrong (timings or rates it has not learnt
// yet). Far more abandons than the cap allows in that minute means its
// predictions are not to be trusted until they leave the window.
class RecentAbandons final
{
public:
    static constexpr double WindowSeconds = 60.0;
    // At least this many abandons in the window before it may alarm.
    static constexpr int MinAbandons = 5;
    // Alarm at this multiple of the cap.
    static constexpr double CapMultiple = 3.0;

    void human(double now);
    void abandon(double now);
    bool alarmed(double now, double cap);

private:
    void expire(double now);

    std::deque<double> m_humans;
    std::deque<double> m_abandons;
};
