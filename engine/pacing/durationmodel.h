#pragma once

#include <QtGlobal>

#include <vector>

// A duration's distribution learnt live (ring, talk, wrap-up, message...):
// an exponentially weighted histogram (recent calls count most, `memory`
// samples' worth) shrunk toward a lognormal prior worth `priorWeight` samples,
// so it is usable from the first call and follows drift. Read through a CDF
// table rebuilt on demand; beyond the table an exponential tail.
class DurationModel final
{
public:
    DurationModel(double binSeconds, int bins, double priorMean, double priorSd, double priorWeight, double memory);

    void add(double seconds);
    // Rebuilds the CDF table if samples came since the last rebuild.
    void rebuild();

    qint64 count() const { return m_count; }
    double effectiveSamples() const { return m_total / m_unit; }
    double binSeconds() const { return m_bin; }
    int bins() const { return m_bins; }
    double maxSeconds() const { return m_bin * m_bins; }

    double mean() const;
    double cdf(double seconds) const;
    double survival(double seconds) const { return 1.0 - cdf(seconds); }
    // P(X <= elapsed + s | X > elapsed): the hazard-based forecast for
    // something already `elapsed` seconds in.
    double conditionalCdf(double elapsed, double s) const;
    // out[i] = conditionalCdf(elapsed, first + i * step), i < count.
    void conditionalCdfs(double elapsed, double first, double step, int count, double *out) const;
    double quantile(double q) const;
    // P(X in [i, i+1) bins)
    double binProbability(int i) const;

private:
    double tailSurvival(double seconds) const;
    void rescale();

    double m_bin;
    int m_bins;
    double m_priorMean;
    double m_priorWeight;
    double m_decay;                 // 1 - 1/memory
    std::vector<double> m_priorCdf; // at the bin edges
    std::vector<double> m_hist;     // bins + one overflow bin, growing weights
    double m_unit = 1.0;            // weight of the next sample
    double m_total = 0;
    double m_sum = 0;
    double m_overflowExcess = 0;
    qint64 m_count = 0;
    std::vector<double> m_cdf;      // at the bin edges
    double m_tailMean = 1;
    bool m_dirty = true;
};
