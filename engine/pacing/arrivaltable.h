#pragma once

#include <vector>

class DurationModel;

// When a call still ringing will bring a human who needs an agent, if it does:
// row r (seconds since the dial), column k: P(the need arises within k
// seconds from now | unanswered after r seconds, and it is such a human).
// Built from the learnt ring-time distribution, the AMD delay and, for
// press-1 campaigns, the message length, a few times a minute; read for
// every ringing call on every tick.
class ArrivalTable final
{
public:
    // message: nullptr when humans need an agent as soon as AMD says human.
    void rebuild(const DurationModel &ring, double amdSeconds, const DurationModel *message, int columns,
                 double maxElapsed);

    int columns() const { return m_columns; }
    // Adds weight x P(need within k s) for k = 0..columns to `out`,
    // interpolating between the rows either side of `elapsed`.
    void accumulate(double elapsed, double weight, double *out) const;
    // P(need within k s) for a call dialled now.
    double fresh(int k) const { return m_rows[std::size_t(k)]; }

private:
    void buildRow(int row, const DurationModel &ring, double amdSeconds, const DurationModel *message);

    int m_columns = 0;
    int m_rowCount = 0;
    std::vector<double> m_rows; // m_rowCount x (m_columns + 1)
    std::vector<double> m_messageLattice; // message CDF every half second
    int m_latticeLow = 0;
};
