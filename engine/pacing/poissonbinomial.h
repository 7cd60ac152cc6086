#pragma once

#include <vector>

// The exact distribution of a count: a constant plus a sum of independent
// Bernoulli variables of different chances (a Poisson-binomial), built by
// convolution. For the smallest teams, where a normal approximation of "agents
// free minus humans ahead" is far off in the tail that matters.
class PoissonBinomial final
{
public:
    void reset(int constant);
    void add(double p, int times = 1);

    // P(value = i)
    const std::vector<double> &pmf() const { return m_pmf; }
    int offset() const { return m_offset; }
    // P(value >= i)
    double atLeast(int i) const;

    // P(supply <= demand).
    static double chanceNotAbove(const PoissonBinomial &supply, const PoissonBinomial &demand);

private:
    int m_offset = 0; // value of pmf()[0]
    std::vector<double> m_pmf{1.0};
};
