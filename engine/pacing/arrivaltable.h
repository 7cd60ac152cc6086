#pragma once

#include <vector>

class DurationModel;

// When a call still ringing will bring a human who needs an agent, if it does:
// row r (bins since the dial), column k: P(the need arises within k bins
// from now | unanswered after r bins, and it is such a human); a bin is a
// second for real calls, less for very fast ones.
// Built from the learnt ring-time distribution, the AMD delay and, for
// press-1 campaigns, the message length, a few times a minute; read for
// every ringing call on every tick.
class ArrivalTable final
{
public:
    // message: nullptr when humans need an agent as soon as AMD says human.
    // Columns (and rows) are binSeconds apart: k bins, not k seconds.
    void rebuild(const DurationModel &ring, double amdSeconds, const DurationModel *message, int columns,
                 double maxElapsed, double binSeconds = 1.0);

    int columns() const { return m_columns; }
    // Adds weight x P(need within k bins) for k = 0..columns to `out`,
    // interpolating between the rows either side of `elapsed`.
    void accumulate(double elapsed, double weight, double *out) const;
    // P(need within k bins) for a call dialled now.
    double fresh(int k) const { return m_rows[std::size_t(k)]; }

private:
    void buildRow(int row, const DurationModel &ring, double amdSeconds, const DurationModel *message);

    int m_columns = 0;
    double m_rowSeconds = 1.0;
    double m_columnSeconds = 1.0;
    double m_ringStep = 0.5;
    int m_rowCount = 0;
    std::vector<double> m_rows; // m_rowCount x (m_columns + 1)
    std::vector<double> m_messageLattice; // message CDF every half bin
    int m_latticeLow = 0;
};
