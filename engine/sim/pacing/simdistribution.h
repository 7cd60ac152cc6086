#pragma once

class SimRandom;

// A scenario's duration distribution: fixed, uniform, exponential or
// lognormal (mean and sd of the variable itself, not of its log).
class SimDistribution final
{
public:
    enum class Kind { Fixed, Uniform, Exponential, Lognormal };

    static SimDistribution fixed(double value);
    static SimDistribution uniform(double min, double max);
    static SimDistribution exponential(double mean);
    static SimDistribution lognormal(double mean, double sd);

    Kind kind() const { return m_kind; }
    double mean() const;
    double sample(SimRandom &random) const;

private:
    SimDistribution(Kind kind, double a, double b);

    Kind m_kind = Kind::Fixed;
    double m_a = 0;
    double m_b = 0;
};
