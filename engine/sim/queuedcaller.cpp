#include "engine/sim/queuedcaller.h"

#include "engine/sim/callevents.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/simqueue.h"
#include "engine/sim/voicesimconfig.h"

QueuedCaller::QueuedCaller(CallSwitch &node, quint64 callId, SimChannel &caller)
    : m_node(node)
    , m_ev(node.events())
    , m_callId(callId)
    , m_caller(caller)
{
}

void QueuedCaller::join(int priority)
{
    SimQueue &queue = m_node.queue();
    const VoiceSimConfig &config = m_node.config();
    m_ev.newexten(m_caller, priority, "Queue",
                  queue.name() + ",,,," + QByteArray::number(config.queueTimeoutSeconds, 'g', 6));
    for (const char *name : {"ANSWEREDTIME", "ANSWEREDTIME_MS", "DIALEDTIME", "DIALEDTIME_MS", "QUEUEWAIT",
                             "QUEUEWAIT_MS"})
        m_ev.varSet(m_caller, name, "");
    m_ev.deviceStateChange("Queue:" + queue.name(), "RINGING");
    m_joinMs = m_ev.nowMs();
    m_agent.setQueuedAt(m_joinMs);
    const int position = queue.join(m_callId, &m_caller, m_joinMs);
    m_ev.queueCaller("QueueCallerJoin", m_caller,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
    m_ev.musicOnHoldStart(m_caller);
}

void QueuedCaller::ringAgent(int member, const QList<std::pair<QByteArray, QByteArray>> &inherited, qint64 ringMs)
{
    m_agent.dial(m_ev, m_caller, m_node.queue(), member, inherited, m_node.nextChannelSuffix(),
                 m_node.nextUniqueId(), m_node.nextUniqueId(), ringMs);
    m_node.registerChannel(m_agent.first(), m_callId);
    m_node.registerChannel(m_agent.second(), m_callId);
}

void QueuedCaller::agentAnswered()
{
    m_agent.answer(m_ev, m_caller, m_node.queue(), m_callId, m_node.newBridgeId());
}

void QueuedCaller::timeOut()
{
    SimQueue &queue = m_node.queue();
    m_ev.musicOnHoldStop(m_caller);
    m_ev.deviceStateChange("Queue:" + queue.name(), "NOT_INUSE");
    const int position = queue.leave(m_callId);
    m_ev.queueCaller("QueueCallerLeave", m_caller,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
    m_ev.varSet(m_caller, "QUEUESTATUS", "TIMEOUT");
}

void QueuedCaller::leave(bool agentRinging, bool abandoned)
{
    SimQueue &queue = m_node.queue();
    const qint64 now = m_ev.nowMs();
    if (agentRinging) {
        m_agent.cancel(m_ev, m_caller);
        unregisterAgent();
        queue.memberReleased(m_agent.member(), false, now, m_node.epochSeconds());
    }
    m_ev.musicOnHoldStop(m_caller);
    m_ev.deviceStateChange("Queue:" + queue.name(), "NOT_INUSE");
    const qint64 holdSec = (now - m_joinMs) / 1000;
    const SimQueue::Entry *entry = queue.entry(m_callId);
    const int original = entry ? entry->originalPosition : 0;
    const int position = queue.leave(m_callId);
    if (abandoned) {
        m_ev.varSet(m_caller, "ABANDONED", "TRUE");
        m_ev.queueCaller("QueueCallerAbandon", m_caller,
                         {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                          {"OriginalPosition", QByteArray::number(original)},
                          {"HoldTime", QByteArray::number(holdSec)}});
        queue.recordAbandoned(holdSec);
    }
    m_ev.queueCaller("QueueCallerLeave", m_caller,
                     {{"Queue", queue.name()}, {"Position", QByteArray::number(position)},
                      {"Count", QByteArray::number(queue.waiting())}});
}

void QueuedCaller::leaveBridge(int cause)
{
    // The basic bridge dissolves once the caller has gone: the agent's Local
    // pair is hung up, as when the caller hangs up, but the caller stays.
    const qint64 talkMs = m_ev.nowMs() - m_agent.first().answeredMs;
    m_agent.completeByCaller(m_ev, m_caller, m_node.queue());
    m_agent.hangupAfterCaller(m_ev, cause);
    m_agent.destroyBridge(m_ev);
    m_agent.finishSecondLeg(m_ev, cause);
    unregisterAgent();
    recordCompleted(talkMs);
    releaseMember();
}

void QueuedCaller::recordCompleted(qint64 talkMs)
{
    m_node.queue().recordCompleted(m_agent.holdSeconds(), talkMs / 1000);
}

void QueuedCaller::releaseMember()
{
    SimQueue &queue = m_node.queue();
    queue.memberReleased(m_agent.member(), true, m_ev.nowMs(), m_node.epochSeconds());
    queue.writeMemberStatus(m_ev.writer(), m_agent.member());
}

void QueuedCaller::unregisterAgent()
{
    m_node.unregisterChannel(m_agent.first());
    m_node.unregisterChannel(m_agent.second());
}
