#pragma once

#include <QtGlobal>

#include <array>

// How dialled calls end: human, machine, failed (busy, congestion...) or no
// answer, learnt live with a Dirichlet prior. A long memory keeps the shares
// precise; a two-sided CUSUM on the human share notices a shift in the answer
// rate within about a hundred calls and restarts the long memory from a short
// one, so drift is followed in seconds to minutes rather than hours.
class OutcomeMix final
{
public:
    enum Outcome { Human = 0, Machine, Failed, NoAnswer };
    static constexpr int kOutcomes = 4;

    OutcomeMix();

    void add(Outcome outcome);
    double share(Outcome outcome) const;
    // Variance of the human share's estimate divided by its square.
    double humanRelativeVariance() const;
    qint64 resolved() const { return m_resolved; }
    int shiftsDetected() const { return m_shifts; }

private:
    struct Counts final
    {
        std::array<double, kOutcomes> n{};
        double total = 0;
        void add(int outcome, double keep);
    };
    double shareOf(const Counts &c, int outcome) const;
    void watchForShift(bool human);

    std::array<double, kOutcomes> m_prior;
    double m_priorTotal = 0;
    Counts m_long;
    Counts m_short;
    double m_cusumUp = 0;
    double m_cusumDown = 0;
    qint64 m_resolved = 0;
    int m_shifts = 0;
};
