#include "engine/sim/simulatedcall.h"

#include "engine/sim/callevents.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/simqueue.h"
#include "engine/sim/voicesimconfig.h"

#include <utility>

namespace {

// [dialer-out] priorities (docs/voicesim.md). Calls without the press-1
// prompt run exactly the captures' dialplan; press-1 calls run the variant
// with Read() where the queue was.
constexpr int kOutNoOp = 1;
constexpr int kOutAmd = 2;
constexpr int kOutAmdEvent = 3;
constexpr int kOutIfMachine = 4;
constexpr int kOutIfBench = 5;
constexpr int kOutQueue = 6;          // press-1 variant: 10
constexpr int kOutBye = 7;            // press-1 variant: 11
constexpr int kOutPlayback = 8;       // press-1 variant: 12
constexpr int kOutMachineHangup = 9;  // press-1 variant: 13
constexpr int kOutRead = 6;
constexpr int kOutDtmfEvent = 7;
constexpr int kOutIfPressed1 = 8;
constexpr int kOutIvrHangup = 9;
constexpr int kIvrShift = 4;

constexpr int kNormalClearing = 16;

qint64 secondsToMs(double s)
{
    return qint64(s * 1000.0);
}

// chan_sip's RTP statistics as a SIP channel leaves (capture 2001); no media here.
void writeRtpQos(CallEvents &ev, const SimChannel &channel)
{
    ev.varSet(channel, "RTPAUDIOQOS", "ssrc=0;themssrc=0;lp=0;rxjitter=0.000000;rxcount=0;txjitter=0.000000;"
                                    "txcount=0;rlp=0;rtt=0.000000;rxmes=0.000000;txmes=0.000000");
    ev.varSet(channel, "RTPAUDIOQOSJITTER", "minrxjitter=000.000000;maxrxjitter=000.000000;avgrxjitter=000.000000;"
                                          "stdevrxjitter=000.000000;mintxjitter=000.000000;maxtxjitter=000.000000;"
                                          "avgtxjitter=000.000000;stdevtxjitter=000.000000;");
    ev.varSet(channel, "RTPAUDIOQOSLOSS", "minrxlost=000.000000;maxrxlost=000.000000;avgrxlost=000.000000;"
                                        "stdevrxlost=000.000000;mintxlost=000.000000;maxtxlost=000.000000;"
                                        "avgtxlost=000.000000;stdevtxlost=000.000000;");
    ev.varSet(channel, "RTPAUDIOQOSRTT", "minrtt=000.000000;maxrtt=000.000000;avgrtt=000.000000;stdevrtt=000.000000;");
    ev.varSet(channel, "RTPAUDIOQOSMES", "minrxmes=000.000000;maxrxmes=000.000000;avgrxmes=000.000000;"
                                       "stdevrxmes=000.000000;mintxmes=000.000000;maxtxmes=000.000000;"
                                       "avgtxmes=000.000000;stdevtxmes=000.000000;");
}

} // namespace

SimulatedCall::SimulatedCall(CallSwitch &node, quint64 id, OriginateAction request, const CallPlan &plan)
    : m_node(node)
    , m_ev(node.events())
    , m_id(id)
    , m_request(std::move(request))
    , m_plan(plan)
    , m_legs(m_ev, m_request, m_plan, [this](bool success, int reason) { finishOriginate(success, reason); })
    , m_a(m_legs.first())
    , m_b(m_legs.second())
    , m_local(m_legs.isLocal())
{
    m_leadId = m_request.variable("LEAD_ID");
    m_campaign = m_request.variable("CAMPAIGN");
    m_mode = m_request.variable("DIALER_MODE");
}

void SimulatedCall::schedule(Slot slot, Step step, qint64 delayMs)
{
    ++m_generation[slot];
    m_step[slot] = step;
    m_node.scheduleCall(m_id, delayMs, (m_generation[slot] << 1) | quint32(slot));
}

void SimulatedCall::cancel(Slot slot)
{
    ++m_generation[slot];
    m_step[slot] = Step::None;
}

void SimulatedCall::start()
{
    const QByteArray uniqueA = m_request.channelId.isEmpty() ? m_node.nextUniqueId() : m_request.channelId;
    // Without OtherChannelId, Asterisk names the second leg "<ChannelId>;2".
    QByteArray uniqueB = m_request.otherChannelId;
    if (uniqueB.isEmpty() && m_local)
        uniqueB = m_request.channelId.isEmpty() ? m_node.nextUniqueId() : m_request.channelId + ";2";
    m_legs.setUp(m_node.nextChannelSuffix(), uniqueA, uniqueB, m_node.config().sipContext);
    m_node.registerChannel(m_a, m_id);
    if (m_local)
        m_node.registerChannel(m_b, m_id);
    const qint64 timeout = std::max<qint64>(0, m_request.timeoutMs);
    if (m_plan.ringMs < timeout)
        schedule(Network, Step::RingEnd, m_plan.ringMs);
    else
        schedule(Network, Step::NoAnswerTimeout, timeout);
}

void SimulatedCall::onTimer(quint32 tag)
{
    const Slot slot = Slot(tag & 1u);
    if (m_stage == Stage::Done || (tag >> 1) != m_generation[slot])
        return;
    const Step step = m_step[slot];
    m_step[slot] = Step::None;
    switch (step) {
    case Step::RingEnd: onRingEnd(); break;
    case Step::NoAnswerTimeout:
        m_legs.noAnswer();
        finish();
        break;
    case Step::GreetingEnd: onGreetingEnd(); break;
    case Step::CalleeHangup: endAnswered(Side::Callee, kNormalClearing, -1); break;
    case Step::AmdDone: onAmdDone(); break;
    case Step::PlaybackDone:
        m_ev.varSet(m_a, "PLAYBACKSTATUS", "SUCCESS");
        endAnswered(Side::Dialer, kNormalClearing, outPriority(kOutMachineHangup));
        break;
    case Step::ReadDone: onReadDone(); break;
    case Step::QueueTimeout: onQueueTimeout(); break;
    case Step::AgentAnswer: onAgentAnswer(); break;
    case Step::None: break;
    }
}

void SimulatedCall::onRingEnd()
{
    switch (m_plan.outcome) {
    case CallOutcome::HumanAnswer:
    case CallOutcome::AnsweringMachine:
    case CallOutcome::Pressed1:
    case CallOutcome::Pressed2:
        answer();
        break;
    case CallOutcome::Busy:
        m_legs.failBusy();
        finish();
        break;
    case CallOutcome::Congestion:
        m_legs.failCongestion();
        finish();
        break;
    case CallOutcome::NoAnswer:
        m_legs.waitForever();
        schedule(Network, Step::NoAnswerTimeout, std::max<qint64>(0, m_request.timeoutMs - m_plan.ringMs));
        break;
    case CallOutcome::Failed:
        m_legs.failUnallocated();
        finish();
        break;
    }
}

void SimulatedCall::finishOriginate(bool success, int reason)
{
    if (!m_request.async) {
        m_node.syncOriginateDone(m_id, success);
        return;
    }
    // manager.c: a failed originate has no channel any more, so it reports the
    // requested one and the ChannelId it was given (or <unknown>).
    const QByteArray uniqueId = success ? m_a.uniqueId
                                        : (m_request.channelId.isEmpty() ? QByteArrayLiteral("<unknown>")
                                                                         : m_request.channelId);
    m_ev.originateResponse(m_request, success, reason, success ? m_a.name : m_request.channel, uniqueId);
}

void SimulatedCall::answer()
{
    m_legs.answer();
    if (m_request.application.isEmpty()) {
        m_a.context = m_request.context;
        m_a.exten = m_request.exten;
        m_ev.newexten(m_a, kOutNoOp, "NoOp",
                      "ANSWERED lead=" + m_leadId + " campaign=" + m_campaign + " mode=" + m_mode);
        m_ev.newexten(m_a, kOutAmd, "AMD", "");
        m_stage = Stage::Amd;
        schedule(Dialplan, Step::AmdDone, m_plan.amdMs);
    } else {
        m_ev.newexten(m_a, 1, m_request.application, m_request.appData);
        m_stage = Stage::Application;
    }
    m_legs.reportAnswer();
    m_legs.startGreeting();
    schedule(Network, Step::GreetingEnd, m_legs.greetingMs());
}

void SimulatedCall::onGreetingEnd()
{
    m_legs.endGreeting(m_plan.talkMs);
    schedule(Network, Step::CalleeHangup, m_plan.talkMs);
}

int SimulatedCall::outPriority(int priority) const
{
    return m_plan.ivr ? priority + kIvrShift : priority;
}

void SimulatedCall::onAmdDone()
{
    const QByteArray &status = m_plan.amdStatus;
    const QByteArray &cause = m_plan.amdCause;
    m_ev.varSet(m_a, "AMDSTATUS", status);
    m_ev.varSet(m_a, "AMDCAUSE", cause);
    m_ev.newexten(m_a, kOutAmdEvent, "UserEvent",
                  "DialerAMD,LeadID: " + m_leadId + ",Campaign: " + m_campaign + ",AMDStatus: " + status +
                      ",AMDCause: " + cause);
    m_ev.userEvent(m_a, "DialerAMD",
                   {{"LeadID", m_leadId}, {"Campaign", m_campaign}, {"AMDStatus", status}, {"AMDCause", cause}});
    if (status == "MACHINE") {
        m_ev.newexten(m_a, kOutIfMachine, "GotoIf", "1?machine");
        m_ev.newexten(m_a, outPriority(kOutPlayback), "Playback", "custom/dialer-msg");
        m_stage = Stage::Playback;
        schedule(Dialplan, Step::PlaybackDone, secondsToMs(m_node.config().messageSeconds));
        return;
    }
    m_ev.newexten(m_a, kOutIfMachine, "GotoIf", "0?machine");
    const bool bench = m_mode.compare("bench", Qt::CaseInsensitive) == 0;
    m_ev.newexten(m_a, kOutIfBench, "GotoIf", bench ? "1?bye" : "0?bye");
    if (bench) {
        endAnswered(Side::Dialer, kNormalClearing, kOutBye);
        return;
    }
    if (!m_plan.ivr) {
        enterQueue();
        return;
    }
    const double window = m_node.config().ivrTimeoutSeconds;
    m_ev.newexten(m_a, kOutRead, "Read", "DTMF,custom/dialer-press1,1,,1," + QByteArray::number(window, 'g', 6));
    m_stage = Stage::Ivr;
    schedule(Dialplan, Step::ReadDone, m_plan.digit ? m_plan.pressDelayMs : secondsToMs(window));
}

void SimulatedCall::onReadDone()
{
    const QByteArray digit = m_plan.digit ? QByteArray::number(m_plan.digit) : QByteArray();
    const QByteArray status = digit.isEmpty() ? QByteArrayLiteral("TIMEOUT") : QByteArrayLiteral("OK");
    m_ev.varSet(m_a, "DTMF", digit);
    m_ev.varSet(m_a, "READSTATUS", status);
    m_ev.newexten(m_a, kOutDtmfEvent, "UserEvent",
                  "DialerDTMF,LeadID: " + m_leadId + ",Campaign: " + m_campaign + ",Digit: " + digit +
                      ",ReadStatus: " + status);
    m_ev.userEvent(m_a, "DialerDTMF",
                   {{"LeadID", m_leadId}, {"Campaign", m_campaign}, {"Digit", digit}, {"ReadStatus", status}});
    const bool transfer = m_plan.digit == 1;
    m_ev.newexten(m_a, kOutIfPressed1, "GotoIf", transfer ? "1?queue" : "0?queue");
    if (transfer)
        enterQueue();
    else
        endAnswered(Side::Dialer, kNormalClearing, kOutIvrHangup);
}

void SimulatedCall::enterQueue()
{
    SimQueue &queue = m_node.queue();
    const VoiceSimConfig &config = m_node.config();
    m_ev.newexten(m_a, outPriority(kOutQueue), "Queue",
                  queue.name() + ",,,," + QByteArray::number(config.queueTimeoutSeconds, 'g', 6));
    for (const char *name : {"ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "QUEUEWAIT",
                             "QUEUEWAIT_MS"})
        m_ev.varSet(m_a, name, "");
    m_ev.deviceStateChange("Queue:" + queue.name(), "RINGING");
    m_queueJoinMs = m_ev.nowMs();
    m_agent.setQueuedAt(m_queueJoinMs);
    const int position = queue.join(m_id, &m_a, m_queueJoinMs);
    m_ev.queueCaller("QueueCallerJoin", m_a,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
    m_ev.musicOnHoldStart(m_a);
    m_stage = Stage::Queued;
    schedule(Dialplan, Step::QueueTimeout, secondsToMs(config.queueTimeoutSeconds));
    m_node.dispatchQueue();
}

bool SimulatedCall::connectAgent(int member)
{
    if (m_stage != Stage::Queued)
        return false;
    m_stage = Stage::AgentRinging;
    m_agent.dial(m_ev, m_a, m_node.queue(), member, m_request.variables, m_node.nextChannelSuffix(),
                 m_node.nextUniqueId(), m_node.nextUniqueId(), m_plan.agentRingMs);
    m_node.registerChannel(m_agent.first(), m_id);
    m_node.registerChannel(m_agent.second(), m_id);
    schedule(Dialplan, Step::AgentAnswer, m_plan.agentRingMs);
    return true;
}

void SimulatedCall::onAgentAnswer()
{
    m_agent.answer(m_ev, m_a, m_node.queue(), m_id, m_node.newBridgeId());
    m_stage = Stage::Bridged;
}

void SimulatedCall::onQueueTimeout()
{
    SimQueue &queue = m_node.queue();
    m_ev.musicOnHoldStop(m_a);
    m_ev.deviceStateChange("Queue:" + queue.name(), "NOT_INUSE");
    const int position = queue.leave(m_id);
    m_ev.queueCaller("QueueCallerLeave", m_a,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
    m_ev.varSet(m_a, "QUEUESTATUS", "TIMEOUT");
    m_stage = Stage::Amd; // back in the dialplan, on its way to "bye"
    endAnswered(Side::Dialer, kNormalClearing, outPriority(kOutBye));
}

void SimulatedCall::leaveQueue(bool abandoned)
{
    SimQueue &queue = m_node.queue();
    const qint64 now = m_ev.nowMs();
    if (m_stage == Stage::AgentRinging) {
        m_agent.cancel(m_ev, m_a);
        m_node.unregisterChannel(m_agent.first());
        m_node.unregisterChannel(m_agent.second());
        queue.memberReleased(m_agent.member(), false, now, m_node.epochSeconds());
    }
    m_ev.musicOnHoldStop(m_a);
    m_ev.deviceStateChange("Queue:" + queue.name(), "NOT_INUSE");
    const qint64 holdSec = (now - m_queueJoinMs) / 1000;
    const SimQueue::Entry *entry = queue.entry(m_id);
    const int original = entry ? entry->originalPosition : 0;
    const int position = queue.leave(m_id);
    if (abandoned) {
        m_ev.varSet(m_a, "ABANDONED", "TRUE");
        m_ev.queueCaller("QueueCallerAbandon", m_a,
                         {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                          {"OriginalPosition", QByteArray::number(original)},
                          {"HoldTime", QByteArray::number(holdSec)}});
        queue.recordAbandoned(holdSec);
    }
    m_ev.queueCaller("QueueCallerLeave", m_a,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
}

void SimulatedCall::endAnswered(Side side, int cause, int dialplanPriority)
{
    const Step pendingDialplan = m_step[Dialplan];
    cancel(Network);
    cancel(Dialplan);
    SimQueue &queue = m_node.queue();
    const qint64 now = m_ev.nowMs();
    const bool bridged = m_stage == Stage::Bridged;
    const bool inDialplan = m_stage != Stage::Application;
    const bool amdDone = !(m_stage == Stage::Amd && pendingDialplan == Step::AmdDone);

    // Who hangs up first. dialplanPriority < 0: the far end's dialplan ran
    // Hangup(); 0: an AMI Hangup; > 0: our dialplan's Hangup() at that priority.
    if (side == Side::Callee) {
        if (m_local) {
            if (dialplanPriority < 0)
                m_ev.newexten(m_b, m_legs.hangupPriority(), "Hangup", "16");
            m_ev.softHangupRequest(m_b, cause);
        }
        m_ev.hangupRequest(m_a, cause);
    } else {
        if (dialplanPriority > 0)
            m_ev.newexten(m_a, dialplanPriority, "Hangup", QByteArray::number(cause));
        m_ev.softHangupRequest(m_a, cause);
    }
    // The application the caller was in returns.
    if (bridged) {
        m_agent.completeByCaller(m_ev, m_a, queue);
        const qint64 talkMs = now - m_agent.first().answeredMs;
        const qint64 dialedMs = now - m_a.createdMs;
        m_ev.varSet(m_a, "ANSWEREDTIME", QByteArray::number(talkMs / 1000));
        m_ev.varSet(m_a, "ANSWEREDTIME_MS", QByteArray::number(talkMs));
        m_ev.varSet(m_a, "DIALEDTIME", QByteArray::number(dialedMs / 1000));
        m_ev.varSet(m_a, "DIALEDTIME_MS", QByteArray::number(dialedMs));
        queue.recordCompleted(m_agent.holdSeconds(), talkMs / 1000);
    } else if (m_stage == Stage::Queued || m_stage == Stage::AgentRinging) {
        leaveQueue(true);
    }
    if (side == Side::Callee)
        m_ev.softHangupRequest(m_a, cause);
    // CDRs keep where the call was before the h extension ran.
    const SimChannel cdrA = m_a;
    if (inDialplan) {
        m_a.exten = QByteArrayLiteral("h");
        m_ev.newexten(m_a, 1, "NoOp",
                      "dialer-out hangup lead=" + m_leadId + " cause=" + QByteArray::number(cause) +
                          " amd=" + (amdDone ? m_plan.amdStatus : QByteArray()));
        if (m_a.type.compare("SIP", Qt::CaseInsensitive) == 0)
            writeRtpQos(m_ev, m_a);
        m_a.priority = 2;
    }
    if (side == Side::Dialer && m_local)
        m_ev.hangupRequest(m_b, cause);
    if (bridged)
        m_agent.hangupAfterCaller(m_ev, cause);
    if (bridged) {
        m_ev.cdr(cdrA, "ANSWERED", m_agent.first().name);
        m_ev.hangup(m_a, cause);
        m_agent.destroyBridge(m_ev);
    } else {
        m_ev.hangup(m_a, cause);
        m_ev.cdr(cdrA, "ANSWERED");
    }
    if (m_local && side == Side::Callee) {
        m_ev.cdr(m_b, "ANSWERED");
        if (bridged)
            m_agent.finishSecondLeg(m_ev, cause);
        m_ev.hangup(m_b, cause);
    } else if (m_local) {
        if (bridged)
            m_agent.finishSecondLeg(m_ev, cause);
        m_ev.softHangupRequest(m_b, cause);
        m_ev.hangup(m_b, cause);
        m_ev.cdr(m_b, "ANSWERED");
    } else if (bridged) {
        m_agent.finishSecondLeg(m_ev, cause);
    }
    if (bridged) {
        queue.memberReleased(m_agent.member(), true, now, m_node.epochSeconds());
        queue.writeMemberStatus(m_ev.writer(), m_agent.member());
    }
    finish();
}

void SimulatedCall::hangupChannel(const QByteArray &nameOrUniqueId, int cause)
{
    if (m_stage == Stage::Done)
        return;
    if (m_stage == Stage::Ringing) {
        cancel(Network);
        m_legs.cancelRinging(cause);
        finish();
        return;
    }
    const bool farEnd = m_local && (nameOrUniqueId == m_b.name || nameOrUniqueId == m_b.uniqueId);
    endAnswered(farEnd ? Side::Callee : Side::Dialer, cause, 0);
}

void SimulatedCall::finish()
{
    cancel(Network);
    cancel(Dialplan);
    if (m_local)
        m_ev.deviceStateChange(m_legs.device(), "NOT_INUSE");
    m_stage = Stage::Done;
    m_node.unregisterChannel(m_a);
    if (m_local)
        m_node.unregisterChannel(m_b);
    if (m_agent.isActive()) {
        m_node.unregisterChannel(m_agent.first());
        m_node.unregisterChannel(m_agent.second());
    }
    m_node.callFinished(m_id);
}

void SimulatedCall::appendChannels(QList<const SimChannel *> &out) const
{
    if (m_stage == Stage::Done)
        return;
    out.append(&m_a);
    if (m_local)
        out.append(&m_b);
    if (m_agent.isActive() && (m_stage == Stage::AgentRinging || m_stage == Stage::Bridged)) {
        out.append(&m_agent.first());
        out.append(&m_agent.second());
    }
}

bool SimulatedCall::ownsChannel(const QByteArray &nameOrUniqueId) const
{
    QList<const SimChannel *> channels;
    appendChannels(channels);
    for (const SimChannel *c : channels) {
        if (c->name == nameOrUniqueId || c->uniqueId == nameOrUniqueId)
            return true;
    }
    return false;
}
