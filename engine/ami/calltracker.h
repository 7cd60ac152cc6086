#pragma once

#include "engine/ami/callresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

class AmiMessage;

// Follows the calls of one voice node from Originate to its last event, as a
// real Asterisk 20 sends them (docs/voicesim.md, "Event orders"): the
// Originate's ChannelId/OtherChannelId are the Uniqueids of the two legs, so
// events are tied to the call without waiting for OriginateResponse. The
// order of OriginateResponse, DialEnd and the legs' Hangups varies from call
// to call, so a call ends on what it has seen, not on which came first:
//  - an answered call ends with the Hangup of its dialer-side leg, whether
//    that came before or after the OriginateResponse;
//  - a failed call ends once the response said so and every leg it saw
//    created has hung up (the real cause of a busy or congested call is on
//    the far leg), or CauseGraceMs after the response if a Hangup never comes.
class CallTracker final
{
public:
    // The UserEvents our dialplan (and torque-voicesim) raise.
    static constexpr const char *AmdUserEvent = "DialerAMD";
    static constexpr const char *DtmfUserEvent = "DialerDTMF";

    void add(qint64 callId, const QByteArray &actionId, const QByteArray &uniqueA,
             const QByteArray &uniqueB, qint64 nowMs, qint64 ringTimeoutMs = 30000);
    bool contains(qint64 callId) const { return m_calls.contains(callId); }
    qsizetype activeCount() const { return m_calls.size(); }
    QList<qint64> activeCallIds() const { return m_calls.keys(); }

    // What is known of a call still up (its outcome so far), if tracked.
    std::optional<CallResult> peek(qint64 callId, qint64 nowMs) const;
    // Feeds one event of the node; returns what it changed for a tracked call.
    std::optional<CallUpdate> onEvent(const AmiMessage &event, qint64 nowMs);
    // Ends a call the node can no longer report on: `outcome` is NodeLost when
    // the node went away with it, Failed when the node refused it.
    std::optional<CallResult> fail(qint64 callId, const QString &why, qint64 nowMs,
                                   CallOutcome outcome = CallOutcome::Failed);
    // Ends failed calls whose hang-up cause never came (no channel was ever
    // made), and calls the node never answered for (no OriginateResponse well
    // after the ring time-out); call it every second or so.
    QList<CallResult> sweep(qint64 nowMs);

    // How long a failed call waits for the hang-up that says why it failed.
    static constexpr qint64 CauseGraceMs = 2000;
    // How long past its ring time-out a call may wait for its OriginateResponse.
    static constexpr qint64 ResponseGraceMs = 10000;

private:
    // A leg as the events showed it: created (Newchannel), hung up (Hangup).
    struct Leg {
        bool seen = false;
        bool down = false;
        bool live() const { return seen && !down; }
    };
    struct Call {
        qint64 callId = 0;
        QByteArray actionId;
        QByteArray uniqueA;
        QByteArray uniqueB;
        QString channelA;
        Leg legA;
        Leg legB;
        qint64 startedMs = 0;
        qint64 answeredMs = 0;
        bool answered = false;
        QByteArray amdStatus;
        QString amdCause;
        int digit = 0;
        int hangupCause = 0;
        QString hangupCauseText;
        QByteArray dialStatus;
        qint64 responseDueMs = 0;
        qint64 failedAtMs = -1; // OriginateResponse said Failure; waiting for the cause
        int failureReason = 0;
    };

    Call *byUniqueId(const QByteArray &uniqueId);
    std::optional<CallUpdate> onOriginateResponse(const AmiMessage &event, qint64 nowMs);
    std::optional<CallUpdate> onHangup(const AmiMessage &event, qint64 nowMs);
    void onNewchannel(const AmiMessage &event);
    Leg *legOf(Call &call, const QByteArray &uniqueId);
    // A failed call whose legs are all down has nothing more to say.
    static bool failedAndQuiet(const Call &call);
    std::optional<CallUpdate> endFailed(qint64 callId, qint64 nowMs);
    std::optional<CallUpdate> onUserEvent(const AmiMessage &event, qint64 nowMs);
    void onDialEnd(const AmiMessage &event);
    CallResult resultOf(const Call &call, qint64 nowMs) const;
    CallResult finish(qint64 callId, qint64 nowMs);
    static QByteArray uniqueIdB(const Call &call);
    static CallOutcome failureOutcome(int reason, const Call &call);

    QHash<qint64, Call> m_calls;
    QHash<QByteArray, qint64> m_byActionId;
    QHash<QByteArray, qint64> m_byUniqueId;
};
