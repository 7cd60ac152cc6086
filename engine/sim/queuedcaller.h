#pragma once

#include "engine/sim/agentleg.h"

#include <QByteArray>
#include <QList>

#include <utility>

class CallEvents;
class CallSwitch;
struct SimChannel;

// The customer's stay in the agents' queue (app_queue's Queue()): joining
// with music on hold, an agent rung and bridged, and leaving by time-out,
// abandon or Redirect, with app_queue's events and figures. The call keeps
// its own stage and timers; this class only makes the queue's side happen.
class QueuedCaller final
{
    Q_DISABLE_COPY_MOVE(QueuedCaller)

public:
    QueuedCaller(CallSwitch &node, quint64 callId, SimChannel &caller);

    AgentLeg &agent() { return m_agent; }
    const AgentLeg &agent() const { return m_agent; }

    // Queue() at that priority: the caller joins and waits.
    void join(int priority);
    void ringAgent(int member, const QList<std::pair<QByteArray, QByteArray>> &inherited, qint64 ringMs);
    void agentAnswered();
    // Queue() gave up (QUEUESTATUS=TIMEOUT).
    void timeOut();
    // The caller left while waiting or while an agent rang; a hang-up or a
    // Redirect count as an abandon in app_queue.
    void leave(bool agentRinging, bool abandoned);
    // A Redirect took the caller out of the bridge: the agent's legs go.
    void leaveBridge(int cause);
    // The bridged call ended by a hang-up: app_queue's figures and the member.
    void recordCompleted(qint64 talkMs);
    void releaseMember();

private:
    void unregisterAgent();

    CallSwitch &m_node;
    CallEvents &m_ev;
    quint64 m_callId;
    SimChannel &m_caller;
    AgentLeg m_agent;
    qint64 m_joinMs = 0;
};
