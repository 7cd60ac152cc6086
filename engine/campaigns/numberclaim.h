#pragma once

#include <QString>

// Where one number a run holds stands, on this engine and in the database
// (docs/numbers.md). The only moves are those allowed() lists, so a number
// can reach the wire once (Armed -> Dialling) and an outcome is recorded once
// (Dialling -> Finished):
//
//   Claimed  --arm-->  Arming  --armed-->  Armed  --take-->  Dialling  --end-->  Finished
//      |                 |                   |                  |
//      +-----------------+--------+----------+------ withdrawn (never sent) -----+
//                                 v                                              v
//                              Released                                       Released
//
// Claimed is 'hopper' in the database, Armed and Dialling are 'dialing'.
// Released is 'new' again; Finished is the call's outcome.
class NumberClaim final
{
public:
    enum class State { Claimed, Arming, Armed, Dialling, Finished, Released };

    static bool allowed(State from, State to);
    static QString name(State state);

    NumberClaim() = default;
    explicit NumberClaim(State state) : m_state(state) {}

    State state() const { return m_state; }
    // Moves if allowed; false (and no move) otherwise.
    bool moveTo(State next);

private:
    State m_state = State::Claimed;
};
