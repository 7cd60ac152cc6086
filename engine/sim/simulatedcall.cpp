#include "engine/sim/simulatedcall.h"

#include "engine/sim/callevents.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/simqueue.h"
#include "engine/sim/voicesimconfig.h"

#include <utility>

namespace {

constexpr int kNormalClearing = 16;

qint64 secondsToMs(double s)
{
    return qint64(s * 1000.0);
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
    , m_queue(node, id, m_a)
    , m_dialplan(m_request, m_plan, node.config(), node.globals())
{
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
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.priority(ChannelDialplan::Label::MachineHangup));
        break;
    case Step::ReadDone: onReadDone(); break;
    case Step::QueueTimeout: onQueueTimeout(); break;
    case Step::AgentAnswer:
        m_queue.agentAnswered();
        m_stage = Stage::Bridged;
        break;
    case Step::HoldEnd:
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.priority(ChannelDialplan::Label::HoldHangup));
        break;
    case Step::RedirectPlaybackDone:
        m_ev.varSet(m_a, "PLAYBACKSTATUS", "SUCCESS");
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.hangupPriority());
        break;
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
    case CallOutcome::NodeLost: // never planned: the model draws only the others
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
    m_dialplan.start(m_ev, m_a);
    if (m_dialplan.kind() == ChannelDialplan::Kind::DialerOut) {
        m_stage = Stage::Amd;
        schedule(Dialplan, Step::AmdDone, m_plan.amdMs);
    } else {
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

void SimulatedCall::onAmdDone()
{
    using Label = ChannelDialplan::Label;
    switch (m_dialplan.afterAmd(m_ev, m_a)) {
    case ChannelDialplan::Next::Playback:
        m_stage = Stage::Playback;
        schedule(Dialplan, Step::PlaybackDone, secondsToMs(m_node.config().messageSeconds));
        break;
    case ChannelDialplan::Next::Bye:
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.priority(Label::Bye));
        break;
    case ChannelDialplan::Next::Hold:
        m_stage = Stage::Hold;
        schedule(Dialplan, Step::HoldEnd, ChannelDialplan::HoldMs);
        break;
    case ChannelDialplan::Next::Queue:
        enterQueue();
        break;
    case ChannelDialplan::Next::Prompt:
        m_stage = Stage::Ivr;
        schedule(Dialplan, Step::ReadDone,
                 m_plan.digit ? m_plan.pressDelayMs : secondsToMs(m_node.config().ivrTimeoutSeconds));
        break;
    }
}

void SimulatedCall::onReadDone()
{
    if (m_dialplan.afterPrompt(m_ev, m_a))
        enterQueue();
    else
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.priority(ChannelDialplan::Label::PromptHangup));
}

void SimulatedCall::enterQueue()
{
    m_queue.join(m_dialplan.priority(ChannelDialplan::Label::Queue));
    m_stage = Stage::Queued;
    schedule(Dialplan, Step::QueueTimeout, secondsToMs(m_node.config().queueTimeoutSeconds));
    m_node.dispatchQueue();
}

bool SimulatedCall::connectAgent(int member)
{
    if (m_stage != Stage::Queued)
        return false;
    m_stage = Stage::AgentRinging;
    m_queue.ringAgent(member, m_request.variables, m_plan.agentRingMs);
    schedule(Dialplan, Step::AgentAnswer, m_plan.agentRingMs);
    return true;
}

void SimulatedCall::onQueueTimeout()
{
    m_queue.timeOut();
    m_stage = Stage::Amd; // back in the dialplan, on its way to "bye"
    endAnswered(Side::Dialer, kNormalClearing, m_dialplan.priority(ChannelDialplan::Label::Bye));
}

void SimulatedCall::endAnswered(Side side, int cause, int dialplanPriority)
{
    const Step pendingDialplan = m_step[Dialplan];
    cancel(Network);
    cancel(Dialplan);
    const qint64 now = m_ev.nowMs();
    const bool bridged = m_stage == Stage::Bridged;
    AgentLeg &agent = m_queue.agent();
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
        agent.completeByCaller(m_ev, m_a, m_node.queue());
        const qint64 talkMs = now - agent.first().answeredMs;
        const qint64 dialedMs = now - m_a.createdMs;
        m_ev.varSet(m_a, "ANSWEREDTIME", QByteArray::number(talkMs / 1000));
        m_ev.varSet(m_a, "ANSWEREDTIME_MS", QByteArray::number(talkMs));
        m_ev.varSet(m_a, "DIALEDTIME", QByteArray::number(dialedMs / 1000));
        m_ev.varSet(m_a, "DIALEDTIME_MS", QByteArray::number(dialedMs));
        m_queue.recordCompleted(talkMs);
    } else if (m_stage == Stage::Queued || m_stage == Stage::AgentRinging) {
        m_queue.leave(m_stage == Stage::AgentRinging, true);
    }
    if (side == Side::Callee)
        m_ev.softHangupRequest(m_a, cause);
    // CDRs keep where the call was before the h extension ran.
    const SimChannel cdrA = m_a;
    if (m_dialplan.runHangupExten(m_ev, m_a, cause, amdDone ? m_plan.amdStatus : QByteArray())) {
        if (m_a.type.compare("SIP", Qt::CaseInsensitive) == 0)
            m_ev.rtpQos(m_a);
        m_a.priority = 2;
    }
    if (side == Side::Dialer && m_local)
        m_ev.hangupRequest(m_b, cause);
    if (bridged)
        agent.hangupAfterCaller(m_ev, cause);
    if (bridged) {
        m_ev.cdr(cdrA, "ANSWERED", agent.first().name);
        m_ev.hangup(m_a, cause);
        agent.destroyBridge(m_ev);
    } else {
        m_ev.hangup(m_a, cause);
        m_ev.cdr(cdrA, "ANSWERED");
    }
    if (m_local && side == Side::Callee) {
        m_ev.cdr(m_b, "ANSWERED");
        if (bridged)
            agent.finishSecondLeg(m_ev, cause);
        m_ev.hangup(m_b, cause);
    } else if (m_local) {
        if (bridged)
            agent.finishSecondLeg(m_ev, cause);
        m_ev.softHangupRequest(m_b, cause);
        m_ev.hangup(m_b, cause);
        m_ev.cdr(m_b, "ANSWERED");
    } else if (bridged) {
        agent.finishSecondLeg(m_ev, cause);
    }
    if (bridged)
        m_queue.releaseMember();
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
    if (m_queue.agent().isActive()) {
        m_node.unregisterChannel(m_queue.agent().first());
        m_node.unregisterChannel(m_queue.agent().second());
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
    const AgentLeg &agent = m_queue.agent();
    if (agent.isActive() && (m_stage == Stage::AgentRinging || m_stage == Stage::Bridged)) {
        out.append(&agent.first());
        out.append(&agent.second());
    }
}

const SimChannel *SimulatedCall::channel(const QByteArray &nameOrUniqueId) const
{
    QList<const SimChannel *> channels;
    appendChannels(channels);
    for (const SimChannel *c : channels) {
        if (c->name == nameOrUniqueId || c->uniqueId == nameOrUniqueId)
            return c;
    }
    return nullptr;
}

bool SimulatedCall::ownsChannel(const QByteArray &nameOrUniqueId) const
{
    return channel(nameOrUniqueId) != nullptr;
}

bool SimulatedCall::redirect(const QByteArray &nameOrUniqueId, const QByteArray &context, const QByteArray &exten,
                             int priority)
{
    const bool dialerSide = nameOrUniqueId == m_a.name || nameOrUniqueId == m_a.uniqueId;
    if (!dialerSide || m_stage == Stage::Ringing || m_stage == Stage::Done)
        return false;
    interruptDialplan();
    m_stage = Stage::Redirected;
    if (const auto playMs = m_dialplan.enter(m_ev, m_a, context, exten, priority))
        schedule(Dialplan, Step::RedirectPlaybackDone, *playMs);
    else
        endAnswered(Side::Dialer, kNormalClearing, m_dialplan.hangupPriority());
    return true;
}

void SimulatedCall::interruptDialplan()
{
    // The far end's side (greeting, talk, its hang-up) goes on regardless.
    const Step pending = m_step[Dialplan];
    cancel(Dialplan);
    switch (m_stage) {
    case Stage::Amd:
        // app_amd reads no frame any more: AMDSTATUS=HANGUP, no UserEvent.
        if (pending == Step::AmdDone) {
            m_ev.varSet(m_a, "AMDSTATUS", "HANGUP");
            m_ev.varSet(m_a, "AMDCAUSE", "");
        }
        break;
    case Stage::Playback:
    case Stage::Redirected:
        if (pending != Step::None)
            m_ev.varSet(m_a, "PLAYBACKSTATUS", "FAILED");
        break;
    case Stage::Ivr:
        m_ev.varSet(m_a, "DTMF", "");
        m_ev.varSet(m_a, "READSTATUS", "HANGUP");
        break;
    case Stage::Queued:
    case Stage::AgentRinging:
        m_queue.leave(m_stage == Stage::AgentRinging, true);
        break;
    case Stage::Bridged:
        m_queue.leaveBridge(kNormalClearing);
        break;
    case Stage::Hold:
    case Stage::Application:
    case Stage::Ringing:
    case Stage::Done:
        break;
    }
}

void SimulatedCall::setVariable(const QByteArray &nameOrUniqueId, const QByteArray &name, const QByteArray &value)
{
    const SimChannel *target = channel(nameOrUniqueId);
    if (!target)
        return;
    // A name ending in ')' is a dialplan function: written, not a variable.
    if (name.endsWith(')'))
        return;
    if (target == &m_a)
        m_dialplan.setVariable(name, value);
    m_ev.varSet(*target, name, value);
}
