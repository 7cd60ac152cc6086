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
    // Weights samples by when they started (time constant `tauSeconds`)
    // rather than by the order they ended. With the durations in progress
    // censored, the samples are then one cohort of starts, and the
    // product-limit estimate has no bias: ended-order weights over-count the
    // long durations that started before the running ones.
    void weighByStart(double tauSeconds);
    // In that mode: a duration that ended at `endedAt`.
    void add(double seconds, double endedAt);
    // A duration known only to have lasted at least this long (a caller put
    // through to an agent after waiting `seconds`: their patience was longer).
    void addCensored(double seconds);
    // The durations still running and how long they have run so far (agents
    // still talking): censored observations. Without them the table would
    // learn from the short ones alone, which end first.
    void setInProgress(const std::vector<double> &elapsed, double now = 0);
    // Rebuilds the CDF table (Kaplan-Meier over the weighted samples, the
    // prior and the durations in progress) if anything changed.
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
    void addWeighted(double seconds, double weight);
    double tailSurvival(double seconds) const;
    double averageHazard(int from, int to) const;
    void rescale();

    double m_bin;
    int m_bins;
    double m_priorMean;
    double m_priorWeight;
    double m_decay;                 // 1 - 1/memory
    double m_startTau = 0;          // > 0: weights by start time
    double m_ref = 0;               // start time of weight 1 (start-time mode)
    double m_now = 0;
    std::vector<double> m_priorCdf; // at the bin edges
    std::vector<double> m_hist;     // bins + one overflow bin, growing weights
    double m_unit = 1.0;            // weight of the next sample
    double m_total = 0;
    double m_sum = 0;
    double m_overflowExcess = 0;
    qint64 m_count = 0;
    std::vector<double> m_inProgress; // per bin (+ overflow), each weighing as a new sample
    std::vector<double> m_censored;   // per bin (+ overflow), growing weights as m_hist
    std::vector<double> m_cdf;      // at the bin edges
    double m_mean = 0;
    double m_tailMean = 1;
    bool m_dirty = true;
};
