#pragma once

#include "engine/ami/callresult.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

class AmiMessage;

// Follows the calls of one voice node from Originate to hang-up through the
// node's events, as a real Asterisk 20 sends them (see
// shared/reference/ami/README.md): the Originate's ChannelId/OtherChannelId
// are the Uniqueids of the two legs, so events are tied to the call without
// waiting for OriginateResponse; failed calls may hang up before the response;
// the real cause of a busy or congested call is on the second leg.
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

    // Feeds one event of the node; returns what it changed for a tracked call.
    std::optional<CallUpdate> onEvent(const AmiMessage &event, qint64 nowMs);
    // Ends a call the node can no longer report on (rejected, node lost).
    std::optional<CallResult> fail(qint64 callId, const QString &why, qint64 nowMs);
    // Ends failed calls whose hang-up cause never came (no channel was ever
    // made), and calls the node never answered for (no OriginateResponse well
    // after the ring time-out); call it every second or so.
    QList<CallResult> sweep(qint64 nowMs);

    // How long a failed call waits for the hang-up that says why it failed.
    static constexpr qint64 CauseGraceMs = 2000;
    // How long past its ring time-out a call may wait for its OriginateResponse.
    static constexpr qint64 ResponseGraceMs = 10000;

private:
    struct Call {
        qint64 callId = 0;
        QByteArray actionId;
        QByteArray uniqueA;
        QByteArray uniqueB;
        qint64 startedMs = 0;
        qint64 answeredMs = 0;
        bool answered = false;
        QByteArray amdStatus;
        QString amdCause;
        int digit = 0;
        int legBCause = 0;
        QString legBCauseText;
        QByteArray dialStatus;
        qint64 responseDueMs = 0;
        qint64 failedAtMs = -1; // OriginateResponse said Failure; waiting for the cause
        int failureReason = 0;
    };

    Call *byUniqueId(const QByteArray &uniqueId);
    std::optional<CallUpdate> onOriginateResponse(const AmiMessage &event, qint64 nowMs);
    std::optional<CallUpdate> onHangup(const AmiMessage &event, qint64 nowMs);
    std::optional<CallUpdate> endFailed(qint64 callId, qint64 nowMs);
    std::optional<CallUpdate> onUserEvent(const AmiMessage &event, qint64 nowMs);
    void onDialEnd(const AmiMessage &event);
    CallResult resultOf(const Call &call, qint64 nowMs) const;
    CallResult finish(qint64 callId, qint64 nowMs);
    static CallOutcome failureOutcome(int reason, const Call &call);

    QHash<qint64, Call> m_calls;
    QHash<QByteArray, qint64> m_byActionId;
    QHash<QByteArray, qint64> m_byUniqueId;
};
