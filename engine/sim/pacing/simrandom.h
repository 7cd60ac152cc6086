#pragma once

#include <QtGlobal>

// torque-pacesim's own random numbers: xoshiro256** seeded through
// splitmix64, and our own transforms on top (SimDistribution), so a
// seed gives the same run on every compiler and standard library (the
// std:: distributions' algorithms are implementation-defined).
class SimRandom final
{
public:
    explicit SimRandom(quint64 seed);
    // An independent stream per (seed, index): dial number `index` of a
    // scenario draws the same numbers whichever pacer placed it.
    static SimRandom stream(quint64 seed, quint64 index);

    quint64 next();
    double uniform();      // [0, 1)

private:
    quint64 m_s[4];
};
