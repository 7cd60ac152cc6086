#include "engine/pacing/recentabandons.h"

void RecentAbandons::human(double now)
{
    m_humans.push_back(now);
    expire(now);
}

void RecentAbandons::abandon(double now)
{
    m_abandons.push_back(now);
    expire(now);
}

bool RecentAbandons::alarmed(double now, double cap)
{
    expire(now);
    const double abandons = double(m_abandons.size());
    return abandons >= MinAbandons && abandons > CapMultiple * cap * double(m_humans.size());
}

void RecentAbandons::expire(double now)
{
    while (!m_humans.empty() && m_humans.front() <= now - WindowSeconds)
        m_humans.pop_front();
    while (!m_abandons.empty() && m_abandons.front() <= now - WindowSeconds)
        m_abandons.pop_front();
}
