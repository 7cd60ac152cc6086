#pragma once

#include "common/calloutcome.h"

#include <QByteArray>
#include <QString>

// What the voice side learnt about one call, reported when it ends.
struct CallResult final
{
    qint64 callId = 0;
    CallOutcome outcome = CallOutcome::Failed;
    int hangupCause = 0;        // Q.850 cause, 0 when unknown
    QString detail;             // cause text, AMD cause or why it failed
    QByteArray amdStatus;       // HUMAN, MACHINE, NOTSURE, or empty
    qint64 ringMs = 0;          // from Originate to answer (or to the end if never answered)
    qint64 talkMs = 0;          // from answer to hang-up
    QString uniqueId;           // Asterisk's Uniqueid of the dialer-side leg
    QString channel;            // that leg's channel name, e.g. Local/5551234@simnet-0000002a;1
    qint64 serverId = 0;        // the voice server that carried it, 0 if none took it
};

// A step in a call's life, as CallTracker sees it.
struct CallUpdate final
{
    enum class Kind { Answered, Classified, Ended };
    Kind kind = Kind::Ended;
    CallResult result; // outcome so far (final when kind is Ended)
};
