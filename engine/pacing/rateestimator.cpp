#include "engine/pacing/rateestimator.h"

#include <algorithm>

RateEstimator::RateEstimator(double priorMean, double priorWeight, double memory)
    : m_priorHits(priorMean * priorWeight)
    , m_priorMisses((1.0 - priorMean) * priorWeight)
    , m_keep(1.0 - 1.0 / std::max(2.0, memory))
{
}

void RateEstimator::add(bool hit)
{
    m_hits *= m_keep;
    m_misses *= m_keep;
    (hit ? m_hits : m_misses) += 1.0;
}

void RateEstimator::decay(double factor)
{
    m_hits *= factor;
    m_misses *= factor;
}

double RateEstimator::mean() const
{
    const double a = m_priorHits + m_hits;
    const double b = m_priorMisses + m_misses;
    return a / (a + b);
}

double RateEstimator::variance() const
{
    const double a = m_priorHits + m_hits;
    const double b = m_priorMisses + m_misses;
    const double n = a + b;
    return a * b / (n * n * (n + 1.0));
}
