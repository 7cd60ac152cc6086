#pragma once

// A probability learnt live (a human pressing 1, an agent leaving after a
// call): exponentially forgotten counts with a Beta prior, so the estimate
// has a mean and an uncertainty from the first observation on.
class RateEstimator final
{
public:
    RateEstimator(double priorMean, double priorWeight, double memory);

    void add(bool hit);
    // Extra forgetting, e.g. with the passing of time.
    void decay(double factor);

    double mean() const;
    double variance() const;
    double observations() const { return m_hits + m_misses; }

private:
    double m_priorHits;
    double m_priorMisses;
    double m_keep;
    double m_hits = 0;
    double m_misses = 0;
};
