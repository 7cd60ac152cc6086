#pragma once

#include <QString>

// The values of numbers.status (at most 20 characters). docs/numbers.md has
// the life of a number and the rules that keep it from being dialled twice.
namespace NumberStatus {

// Dialable.
inline const QString New = QStringLiteral("new");
// Claimed by a run (numbers.claim_run), not dialled: may go back to New.
inline const QString Hopper = QStringLiteral("hopper");
// Armed by a run: its Originate may be on the wire. Never goes back to New
// unless the live run knows it was not sent; a dead run's become Interrupted.
inline const QString Dialing = QStringLiteral("dialing");

// Final outcomes of a call.
inline const QString Connected = QStringLiteral("connected");
inline const QString Abandoned = QStringLiteral("abandoned");
inline const QString Machine = QStringLiteral("machine");
inline const QString Declined = QStringLiteral("declined");
inline const QString Busy = QStringLiteral("busy");
inline const QString NoAnswer = QStringLiteral("no-answer");
inline const QString Congestion = QStringLiteral("congestion");
inline const QString Failed = QStringLiteral("failed");
// The voice server was lost with the call (or never took it): not the
// callee's doing, so retries treat it as not attempted.
inline const QString NodeLost = QStringLiteral("node-lost");
// The call may have been placed but its end was never seen: the engine
// stopped without waiting, or died with it. A late outcome replaces it.
inline const QString Interrupted = QStringLiteral("interrupted");

} // namespace NumberStatus
