#pragma once

#include "engine/ami/amimessage.h"

#include <QList>
#include <QString>

// What became of one action sent through AmiConnection.
struct AmiResult final {
    enum class Outcome {
        Success,        // "Response: Success" (or Follows / Goodbye)
        Error,          // the node answered "Response: Error"; reason = its Message
        TimedOut,       // no (complete) answer within the action's time-out
        ConnectionLost, // never sent (not connected): safe to retry elsewhere
        Unconfirmed     // sent, then the connection dropped or stopped before the answer:
                        // the node may have acted on it, so it must not be sent again
    };

    Outcome outcome = Outcome::ConnectionLost;
    QByteArray actionId;
    AmiMessage response;       // as received; empty if none arrived
    QList<AmiMessage> events;  // list actions (EventList: start): the listed events
    AmiMessage listEnd;        // ...and the "EventList: Complete" event that closed the list
    QString reason;            // for failures: the node's Message or what happened

    bool ok() const { return outcome == Outcome::Success; }
    bool timedOut() const { return outcome == Outcome::TimedOut; }
    // No answer will ever come on this connection (sent or not).
    bool connectionGone() const { return outcome == Outcome::ConnectionLost || outcome == Outcome::Unconfirmed; }
};
