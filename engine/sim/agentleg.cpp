#include "engine/sim/agentleg.h"

#include "engine/sim/callevents.h"
#include "engine/sim/simqueue.h"

namespace {

// [agents] exten => _600X,1,Wait(ring) / 2,Answer() / 3,Wait(talk)
constexpr int kAgentWaitPriority = 1;
constexpr int kAgentAnswerPriority = 2;
constexpr int kAgentTalkPriority = 3;

QByteArray seconds(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'g', 6);
}

} // namespace

void AgentLeg::dial(CallEvents &ev, SimChannel &caller, const SimQueue &queue, int member,
                    const QList<std::pair<QByteArray, QByteArray>> &inherited, const QByteArray &suffix,
                    const QByteArray &uniqueOne, const QByteArray &uniqueTwo, qint64 ringMs)
{
    const SimQueue::Member &m = queue.member(member);
    m_member = member;
    m_memberName = m.name;
    m_interface = m.interface;
    m_calledMs = ev.nowMs();
    const QByteArray base = "Local/" + m.extension + "@agents-" + suffix;
    for (SimChannel *leg : {&m_one, &m_two}) {
        leg->type = QByteArrayLiteral("Local");
        leg->linkedId = caller.linkedId;
        leg->context = QByteArrayLiteral("agents");
        leg->exten = m.extension;
        leg->createdMs = ev.nowMs();
    }
    m_one.name = base + ";1";
    m_one.uniqueId = uniqueOne;
    m_one.state = SimChannel::State::Down;
    m_two.name = base + ";2";
    m_two.uniqueId = uniqueTwo;
    m_two.state = SimChannel::State::Ring;

    ev.newchannel(m_one);
    ev.newchannel(m_two);
    m_one.callerIdNum = caller.callerIdNum;
    m_one.callerIdName = caller.callerIdName;
    ev.newexten(m_one, kAgentWaitPriority, "AppQueue", "(Outgoing Line)");
    ev.newCallerid(m_one);
    // Only variables set with one leading underscore reach the agent, without it.
    QList<std::pair<QByteArray, QByteArray>> vars;
    for (const auto &[name, value] : inherited) {
        if (name.startsWith("__"))
            vars.append({name, value});
        else if (name.startsWith('_'))
            vars.append({name.mid(1), value});
    }
    for (const auto &[name, value] : vars)
        ev.varSet(m_one, name, value);
    const QByteArray dialed = m.extension + "@agents/n";
    ev.varSet(m_one, "DIALEDPEERNUMBER", dialed);
    ev.varSet(m_two, "DIALEDPEERNUMBER", dialed);
    for (const auto &[name, value] : vars)
        ev.varSet(m_two, name, value);
    m_two.callerIdNum = caller.callerIdNum;
    m_two.callerIdName = caller.callerIdName;
    m_two.connectedNum = caller.callerIdNum;
    m_two.connectedName = caller.callerIdName;
    ev.newCallerid(m_two);
    ev.newConnectedLine(m_two);
    ev.localBridge(m_one, m_two, false);
    ev.agentEvent("AgentCalled", caller, m_one,
                  {{"Queue", queue.name()}, {"Interface", m_interface}, {"MemberName", m_memberName}});
    ev.dialBegin(&caller, m_one, m_interface);
    ev.newexten(m_two, kAgentWaitPriority, "Wait", seconds(ringMs));
}

void AgentLeg::answer(CallEvents &ev, SimChannel &caller, SimQueue &queue, quint64 callId, const QByteArray &bridgeId)
{
    m_answered = true;
    m_answeredMs = ev.nowMs();
    m_bridgeId = bridgeId;
    ev.newexten(m_two, kAgentAnswerPriority, "Answer", "");
    m_one.exten = QByteArrayLiteral("s");
    ev.newstate(m_one, SimChannel::State::Up);
    ev.newexten(m_one, 1, "AppQueue", "(Outgoing Line)");
    m_one.connectedNum = caller.callerIdNum;
    m_one.connectedName = caller.callerIdName;
    ev.newConnectedLine(m_one);
    ev.dialEnd(&caller, m_one, "ANSWER");
    ev.newstate(m_two, SimChannel::State::Up);
    ev.musicOnHoldStop(caller);
    ev.deviceStateChange("Queue:" + queue.name(), "NOT_INUSE");
    const int position = queue.leave(callId);
    const qint64 holdMs = m_answeredMs - m_queuedMs;
    ev.queueCaller("QueueCallerLeave", caller,
                   {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                    {"Count", QByteArray::number(queue.waiting())}});
    ev.varSet(caller, "QUEUEPOSITION", QByteArray::number(position));
    ev.varSet(caller, "QUEUEWAIT", QByteArray::number(holdMs / 1000));
    ev.varSet(caller, "QUEUEWAIT_MS", QByteArray::number(holdMs));
    ev.agentEvent("AgentConnect", caller, m_one,
                  {{"Queue", queue.name()}, {"Interface", m_interface}, {"MemberName", m_memberName},
                   {"HoldTime", QByteArray::number(holdMs / 1000)},
                   {"RingTime", QByteArray::number((m_answeredMs - m_calledMs) / 1000)}});
    queue.memberConnected(m_member);
    queue.writeMemberStatus(ev.writer(), m_member);
    ev.bridgeCreate(m_bridgeId);
    m_one.bridgeId = m_bridgeId;
    caller.bridgeId = m_bridgeId;
    ev.bridgeEnter(m_bridgeId, 1, m_one);
    ev.bridgeEnter(m_bridgeId, 2, caller);
    ev.varSet(m_one, "BRIDGEPEER", caller.name);
    ev.varSet(caller, "BRIDGEPEER", m_one.name);
    ev.newexten(m_two, kAgentTalkPriority, "Wait", "3600");
}

void AgentLeg::cancel(CallEvents &ev, SimChannel &caller)
{
    ev.dialEnd(&caller, m_one, "CANCEL");
    ev.hangupRequest(m_two, 16);
    ev.hangup(m_one, 16);
    ev.softHangupRequest(m_two, 16);
    ev.hangup(m_two, 16);
    ev.cdr(m_two, "NO ANSWER");
}

void AgentLeg::completeByCaller(CallEvents &ev, SimChannel &caller, const SimQueue &queue)
{
    ev.agentEvent("AgentComplete", caller, m_one,
                  {{"Queue", queue.name()}, {"Interface", m_interface}, {"MemberName", m_memberName},
                   {"HoldTime", QByteArray::number(holdSeconds())},
                   {"TalkTime", QByteArray::number(talkSeconds(ev.nowMs()))}, {"Reason", "caller"}});
    ev.varSet(caller, "BRIDGEPEER", "");
    ev.varSet(m_one, "BRIDGEPEER", "");
    ev.bridgeLeave(m_bridgeId, 1, caller);
    caller.bridgeId.clear();
}

void AgentLeg::hangupAfterCaller(CallEvents &ev, int cause)
{
    ev.bridgeLeave(m_bridgeId, 0, m_one);
    m_one.bridgeId.clear();
    ev.hangupRequest(m_two, cause);
    ev.hangup(m_one, cause);
}

void AgentLeg::destroyBridge(CallEvents &ev)
{
    ev.bridgeDestroy(m_bridgeId);
    ev.cdr(m_two, "ANSWERED");
}

void AgentLeg::finishSecondLeg(CallEvents &ev, int cause)
{
    ev.softHangupRequest(m_two, cause);
    ev.hangup(m_two, cause);
}
