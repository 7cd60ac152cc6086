#include "engine/ami/calltracker.h"

#include "engine/ami/amimessage.h"

namespace {

// OriginateResponse "Reason" values (Asterisk's AST_CONTROL_*).
constexpr int ReasonFailed = 0;
constexpr int ReasonHungUp = 1;
constexpr int ReasonNoAnswer = 3;
constexpr int ReasonAnswered = 4;
constexpr int ReasonBusy = 5;
constexpr int ReasonCongestion = 8;

// Q.850 causes that say more than a Reason of 0 does.
constexpr int CauseUserBusy = 17;
constexpr int CauseNoUserResponse = 18;
constexpr int CauseNoAnswer = 19;
constexpr int CauseCongestion = 34;
constexpr int CauseNoCircuit = 42;

int toInt(const QByteArray &value)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    return ok ? n : 0;
}

} // namespace

void CallTracker::add(qint64 callId, const QByteArray &actionId, const QByteArray &uniqueA,
                      const QByteArray &uniqueB, qint64 nowMs, qint64 ringTimeoutMs)
{
    Call call;
    call.responseDueMs = nowMs + ringTimeoutMs + ResponseGraceMs;
    call.callId = callId;
    call.actionId = actionId;
    call.uniqueA = uniqueA;
    call.uniqueB = uniqueB;
    call.startedMs = nowMs;
    m_calls.insert(callId, call);
    m_byActionId.insert(actionId, callId);
    m_byUniqueId.insert(uniqueA, callId);
    // Without OtherChannelId Asterisk names the second leg "<ChannelId>;2".
    m_byUniqueId.insert(uniqueB.isEmpty() ? uniqueA + ";2" : uniqueB, callId);
}

CallTracker::Call *CallTracker::byUniqueId(const QByteArray &uniqueId)
{
    const auto it = m_byUniqueId.constFind(uniqueId);
    if (it == m_byUniqueId.constEnd())
        return nullptr;
    const auto call = m_calls.find(*it);
    return call == m_calls.end() ? nullptr : &*call;
}

std::optional<CallUpdate> CallTracker::onEvent(const AmiMessage &event, qint64 nowMs)
{
    // Most events of a call are Newexten/VarSet: one comparison each and out.
    const QByteArray type = event.type();
    if (type == "Hangup")
        return onHangup(event, nowMs);
    if (type == "OriginateResponse")
        return onOriginateResponse(event, nowMs);
    if (type == "UserEvent")
        return onUserEvent(event, nowMs);
    if (type == "DialEnd")
        onDialEnd(event);
    return std::nullopt;
}

std::optional<CallUpdate> CallTracker::onOriginateResponse(const AmiMessage &event, qint64 nowMs)
{
    const auto it = m_byActionId.constFind(event.value("ActionID"));
    if (it == m_byActionId.constEnd())
        return std::nullopt;
    const auto call = m_calls.find(*it);
    if (call == m_calls.end())
        return std::nullopt;
    const int reason = toInt(event.value("Reason"));
    if (event.value("Response") == "Success" && reason == ReasonAnswered) {
        call->answered = true;
        call->answeredMs = nowMs;
        CallUpdate update{CallUpdate::Kind::Answered, resultOf(*call, nowMs)};
        return update;
    }
    call->failedAtMs = nowMs;
    call->failureReason = reason;
    // Reason 0 says little; the hang-up that says why may still be on its way.
    if (reason == ReasonFailed && call->legBCause == 0)
        return std::nullopt;
    return endFailed(call.key(), nowMs);
}

std::optional<CallUpdate> CallTracker::endFailed(qint64 callId, qint64 nowMs)
{
    const auto call = m_calls.constFind(callId);
    if (call == m_calls.constEnd())
        return std::nullopt;
    const CallOutcome outcome = failureOutcome(call->failureReason, *call);
    CallResult result = finish(callId, nowMs);
    result.outcome = outcome;
    return CallUpdate{CallUpdate::Kind::Ended, result};
}

QList<CallResult> CallTracker::sweep(qint64 nowMs)
{
    QList<qint64> due;
    QList<qint64> silent;
    for (const Call &call : std::as_const(m_calls)) {
        if (call.failedAtMs >= 0 && nowMs - call.failedAtMs >= CauseGraceMs)
            due.append(call.callId);
        else if (call.failedAtMs < 0 && !call.answered && nowMs >= call.responseDueMs)
            silent.append(call.callId);
    }
    QList<CallResult> ended;
    for (qint64 callId : due) {
        if (const auto update = endFailed(callId, nowMs))
            ended.append(update->result);
    }
    // Asterisk always answers an Originate once its ring time-out is over; a
    // node that does not is broken, and its calls must not be counted live forever.
    for (qint64 callId : silent) {
        if (const auto lost = fail(callId, QStringLiteral("the voice server never reported the call"), nowMs))
            ended.append(*lost);
    }
    return ended;
}

CallOutcome CallTracker::failureOutcome(int reason, const Call &call)
{
    switch (reason) {
    case ReasonBusy: return CallOutcome::Busy;
    case ReasonCongestion: return CallOutcome::Congestion;
    case ReasonNoAnswer: return CallOutcome::NoAnswer;
    case ReasonFailed:
    case ReasonHungUp:
    default:
        break;
    }
    // Reason 0 covers many things. The hang-up cause says which; DialEnd's
    // DialStatus only when no cause came (an unallocated number also ends
    // with DialStatus NOANSWER, but with cause 1).
    switch (call.legBCause) {
    case 0: break;
    case CauseUserBusy: return CallOutcome::Busy;
    case CauseCongestion:
    case CauseNoCircuit: return CallOutcome::Congestion;
    case CauseNoAnswer:
    case CauseNoUserResponse: return CallOutcome::NoAnswer;
    default: return CallOutcome::Failed;
    }
    if (call.dialStatus == "BUSY")
        return CallOutcome::Busy;
    if (call.dialStatus == "CONGESTION")
        return CallOutcome::Congestion;
    if (call.dialStatus == "NOANSWER")
        return CallOutcome::NoAnswer;
    return CallOutcome::Failed;
}

std::optional<CallUpdate> CallTracker::onHangup(const AmiMessage &event, qint64 nowMs)
{
    const QByteArray uniqueId = event.value("Uniqueid");
    Call *call = byUniqueId(uniqueId);
    if (!call)
        return std::nullopt;
    const int cause = toInt(event.value("Cause"));
    if (uniqueId != call->uniqueA || !call->answered) {
        // The far leg carries the real cause of busy/congested/failed calls;
        // failed calls may hang up before their OriginateResponse (then wait
        // for it) or after it (then this is the cause it waited for).
        if (cause != 0 && (uniqueId != call->uniqueA || call->legBCause == 0)) {
            call->legBCause = cause;
            call->legBCauseText = QString::fromUtf8(event.value("Cause-txt"));
        }
        if (call->failedAtMs >= 0 && call->legBCause != 0)
            return endFailed(call->callId, nowMs);
        return std::nullopt;
    }
    call->legBCause = cause != 0 ? cause : call->legBCause;
    if (cause != 0)
        call->legBCauseText = QString::fromUtf8(event.value("Cause-txt"));
    return CallUpdate{CallUpdate::Kind::Ended, finish(call->callId, nowMs)};
}

std::optional<CallUpdate> CallTracker::onUserEvent(const AmiMessage &event, qint64 nowMs)
{
    Call *call = byUniqueId(event.value("Uniqueid"));
    if (!call)
        return std::nullopt;
    const QByteArray name = event.value("UserEvent");
    if (name == AmdUserEvent) {
        call->amdStatus = event.value("AMDStatus");
        call->amdCause = QString::fromUtf8(event.value("AMDCause"));
    } else if (name == DtmfUserEvent) {
        const int digit = toInt(event.value("Digit"));
        if (digit != 1 && digit != 2)
            return std::nullopt;
        call->digit = digit;
    } else {
        return std::nullopt;
    }
    return CallUpdate{CallUpdate::Kind::Classified, resultOf(*call, nowMs)};
}

void CallTracker::onDialEnd(const AmiMessage &event)
{
    if (Call *call = byUniqueId(event.value("DestUniqueid")))
        call->dialStatus = event.value("DialStatus");
}

CallResult CallTracker::resultOf(const Call &call, qint64 nowMs) const
{
    CallResult r;
    r.callId = call.callId;
    r.hangupCause = call.legBCause;
    r.detail = call.legBCauseText;
    r.amdStatus = call.amdStatus;
    if (call.answered) {
        r.ringMs = call.answeredMs - call.startedMs;
        r.talkMs = nowMs - call.answeredMs;
        if (call.digit == 1)
            r.outcome = CallOutcome::Pressed1;
        else if (call.digit == 2)
            r.outcome = CallOutcome::Pressed2;
        else if (call.amdStatus == "MACHINE")
            r.outcome = CallOutcome::AnsweringMachine;
        else
            r.outcome = CallOutcome::HumanAnswer; // HUMAN, NOTSURE, or no AMD at all
        if (!call.amdCause.isEmpty() && r.detail.isEmpty())
            r.detail = call.amdCause;
    } else {
        r.ringMs = nowMs - call.startedMs;
        r.outcome = CallOutcome::Failed;
    }
    return r;
}

CallResult CallTracker::finish(qint64 callId, qint64 nowMs)
{
    const Call call = m_calls.take(callId);
    m_byActionId.remove(call.actionId);
    m_byUniqueId.remove(call.uniqueA);
    m_byUniqueId.remove(call.uniqueB.isEmpty() ? call.uniqueA + ";2" : call.uniqueB);
    return resultOf(call, nowMs);
}

std::optional<CallResult> CallTracker::fail(qint64 callId, const QString &why, qint64 nowMs)
{
    if (!m_calls.contains(callId))
        return std::nullopt;
    CallResult result = finish(callId, nowMs);
    result.outcome = CallOutcome::Failed;
    result.detail = why;
    return result;
}
