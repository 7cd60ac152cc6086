#include "engine/sim/pacing/simdistribution.h"

#include "engine/sim/pacing/simrandom.h"

#include <cmath>

SimDistribution::SimDistribution(Kind kind, double a, double b)
    : m_kind(kind)
    , m_a(a)
    , m_b(b)
{
}

SimDistribution SimDistribution::fixed(double value)
{
    return SimDistribution(Kind::Fixed, value, 0);
}

SimDistribution SimDistribution::uniform(double min, double max)
{
    return SimDistribution(Kind::Uniform, min, max);
}

SimDistribution SimDistribution::exponential(double mean)
{
    return SimDistribution(Kind::Exponential, mean, 0);
}

SimDistribution SimDistribution::lognormal(double mean, double sd)
{
    return SimDistribution(Kind::Lognormal, mean, sd);
}

double SimDistribution::mean() const
{
    return m_kind == Kind::Uniform ? (m_a + m_b) / 2.0 : m_a;
}

// Every kind draws the same count of uniforms (two), so one dial's stream
// stays aligned whatever its distributions.
double SimDistribution::sample(SimRandom &random) const
{
    const double u1 = random.uniform();
    const double u2 = random.uniform();
    switch (m_kind) {
    case Kind::Fixed:
        return m_a;
    case Kind::Uniform:
        return m_a + (m_b - m_a) * u1;
    case Kind::Exponential:
        return -m_a * std::log(1.0 - u1);
    case Kind::Lognormal: {
        if (m_b <= 0)
            return m_a;
        const double s2 = std::log(1.0 + (m_b * m_b) / (m_a * m_a));
        const double mu = std::log(m_a) - s2 / 2.0;
        const double z = std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * M_PI * u2);
        return std::exp(mu + std::sqrt(s2) * z);
    }
    }
    return m_a;
}
