#pragma once

// How bursty a campaign's abandons are: the variance of the abandons per
// minute over their mean (1 for abandons that come independently, far more
// when they come in waves - agents leaving together, a sudden rise in the
// answer rate). The torque pacer widens its reserve by it: the spread of the
// final count grows with the size of the waves.
class AbandonDispersion final
{
public:
    void abandon(double now);
    // At least 1; 1 until a few minutes have passed.
    double index(double now);

private:
    void closeMinutes(double now);

    double m_start = -1;
    long long m_minute = 0;    // minutes since m_start of the current count
    double m_current = 0;      // abandons in the current minute
    double m_minutes = 0;      // closed minutes
    double m_sum = 0;
    double m_sumSquares = 0;
};
