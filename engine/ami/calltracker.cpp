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
    m_byUniqueId.insert(uniqueIdB(call), callId);
}

// Without OtherChannelId Asterisk names the second leg "<ChannelId>;2".
QByteArray CallTracker::uniqueIdB(const Call &call)
{
    return call.uniqueB.isEmpty() ? call.uniqueA + ";2" : call.uniqueB;
}

CallTracker::Leg *CallTracker::legOf(Call &call, const QByteArray &uniqueId)
{
    if (uniqueId == call.uniqueA)
        return &call.legA;
    return uniqueId == uniqueIdB(call) ? &call.legB : nullptr;
}

bool CallTracker::failedAndQuiet(const Call &call)
{
    if (call.failedAtMs < 0)
        return false;
    const bool anySeen = call.legA.seen || call.legB.seen;
    const bool anyDown = call.legA.down || call.legB.down;
    // Without Newchannel (a node that filters it) a Hangup is all there is.
    return anySeen ? !call.legA.live() && !call.legB.live() : anyDown;
}

CallTracker::Call *CallTracker::byUniqueId(const QByteArray &uniqueId)
{
    const auto it = m_byUniqueId.constFind(uniqueId);
    if (it == m_byUniqueId.constEnd())
        return nullptr;
    const auto call = m_calls.find(*it);
    return call == m_calls.end() ? nullptr : &*call;
}

std::optional<CallResult> CallTracker::peek(qint64 callId, qint64 nowMs) const
{
    const auto it = m_calls.constFind(callId);
    if (it == m_calls.constEnd())
        return std::nullopt;
    return resultOf(*it, nowMs);
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
    if (type == "Newchannel")
        onNewchannel(event);
    else if (type == "DialEnd")
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
        // A short call's dialer leg may have hung up before the response came.
        if (call->legA.down)
            return CallUpdate{CallUpdate::Kind::Ended, finish(call.key(), nowMs)};
        return CallUpdate{CallUpdate::Kind::Answered, resultOf(*call, nowMs)};
    }
    call->failedAtMs = nowMs;
    call->failureReason = reason;
    // The Hangups that carry the cause often come after the response.
    if (!failedAndQuiet(*call))
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
    // node that does not is broken, and its calls must not be counted live
    // forever. Nothing says the callee was even dialled: the node's fault.
    for (qint64 callId : silent) {
        if (const auto lost = fail(callId, QStringLiteral("the voice server never reported the call"), nowMs,
                                   CallOutcome::NodeLost))
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
    switch (call.hangupCause) {
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
    Leg *leg = legOf(*call, uniqueId);
    if (!leg)
        return std::nullopt;
    leg->down = true;
    const bool dialerLeg = leg == &call->legA;
    if (dialerLeg && call->channelA.isEmpty())
        call->channelA = QString::fromUtf8(event.value("Channel"));
    const int cause = toInt(event.value("Cause"));
    if (dialerLeg && call->answered) {
        // The dialer's leg ends an answered call; its cause is the call's.
        if (cause != 0) {
            call->hangupCause = cause;
            call->hangupCauseText = QString::fromUtf8(event.value("Cause-txt"));
        }
        return CallUpdate{CallUpdate::Kind::Ended, finish(call->callId, nowMs)};
    }
    // Unanswered: the far leg carries the real cause of busy, congested and
    // failed calls (the dialer leg's is often 0); it wins whenever it comes.
    if (cause != 0 && (!dialerLeg || call->hangupCause == 0)) {
        call->hangupCause = cause;
        call->hangupCauseText = QString::fromUtf8(event.value("Cause-txt"));
    }
    if (failedAndQuiet(*call))
        return endFailed(call->callId, nowMs);
    return std::nullopt;
}

void CallTracker::onNewchannel(const AmiMessage &event)
{
    const QByteArray uniqueId = event.value("Uniqueid");
    Call *call = byUniqueId(uniqueId);
    if (!call)
        return;
    if (Leg *leg = legOf(*call, uniqueId)) {
        leg->seen = true;
        if (leg == &call->legA)
            call->channelA = QString::fromUtf8(event.value("Channel"));
    }
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
    r.hangupCause = call.hangupCause;
    r.detail = call.hangupCauseText;
    r.amdStatus = call.amdStatus;
    r.uniqueId = QString::fromUtf8(call.uniqueA);
    r.channel = call.channelA;
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
    m_byUniqueId.remove(uniqueIdB(call));
    return resultOf(call, nowMs);
}

std::optional<CallResult> CallTracker::fail(qint64 callId, const QString &why, qint64 nowMs, CallOutcome outcome)
{
    if (!m_calls.contains(callId))
        return std::nullopt;
    CallResult result = finish(callId, nowMs);
    result.outcome = outcome;
    result.detail = why;
    return result;
}
