#pragma once

#include <QtGlobal>

#include <array>
#include <deque>
#include <functional>

// How dialled calls end - human, machine, failed (busy, congestion...) or no
// answer - learnt live, in time and by dial time rather than in call counts.
//
// Each outcome is credited to the moment its call was dialled (quarter-second
// cohorts) and weighted by how long ago that was, so a wave of one outcome
// type (failures resolve in two seconds, humans in ten, no-answers in
// twenty-five) never stands for the whole: a cohort's still-unresolved dials
// count as what they can still become, by their age, until they resolve. The
// memory is a time constant sized to hold a few hundred dials at the current
// dialling rate; a short memory beside it restarts the long one when the two
// disagree by far more than chance (the answer rate shifted).
class OutcomeMix final
{
public:
    enum Outcome { Human = 0, Machine, Failed, NoAnswer };
    static constexpr int kOutcomes = 4;
    using Shares = std::array<double, kOutcomes>;
    // For each outcome, the chance a dial that ends that way is still
    // unresolved `age` seconds after it was dialled.
    using Survival = std::function<Shares(double age)>;

    OutcomeMix();

    void dialed(double now);
    void add(Outcome outcome, double dialedAt, double now);
    // Re-estimates the shares at `now`. Cohorts older than `settleSeconds`
    // (by then nearly every dial has resolved) fold into the running sums.
    void update(double now, const Survival &survival, double settleSeconds);

    double share(Outcome outcome) const { return m_shares[std::size_t(outcome)]; }
    // Every call dialled in the same moment as one dialled at `dialedAt` has
    // resolved (or that moment has folded into the memories).
    bool settled(double dialedAt) const;
    // Variance of the human share's estimate divided by its square.
    double humanRelativeVariance() const;
    qint64 resolved() const { return m_resolved; }
    int shiftsDetected() const { return m_shifts; }

private:
    struct Cohort final
    {
        qint64 index = 0; // dial time / kCohortSeconds
        double dialed = 0;
        Shares n{};
    };
    // Exponentially forgotten sums of the folded cohorts, at one time constant.
    struct Memory final
    {
        double tau = 60;
        double at = 0;        // time the sums were last decayed to
        Shares n{};
        double dialed = 0;
        double pending = 0;   // folded dials not resolved yet
        Shares shares{};      // this memory's last estimate: what its unresolved dials count as
        void decayTo(double now);
    };
    struct Estimate final
    {
        Shares shares{};
        double resolvedWeight = 0;
    };

    void foldSettled(double now, double settleSeconds);
    void fold(const Cohort &cohort, Memory &memory, double now) const;
    void creditLate(Outcome outcome, double dialedAt, double now);
    void adaptMemories(double now);
    Estimate estimate(const Memory &memory, double now, const Survival &survival) const;
    void watchForShift(const Estimate &longer, const Estimate &shorter);

    Shares m_prior;
    double m_priorTotal = 0;
    std::deque<Cohort> m_cohorts;
    Memory m_long;
    Memory m_short;
    Shares m_shares;
    double m_resolvedWeight = 0;
    double m_dialRate = 0; // dials a second, smoothed over a minute
    double m_lastDial = -1;
    qint64 m_resolved = 0;
    int m_shifts = 0;
};
