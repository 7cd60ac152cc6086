#pragma once

#include "engine/sim/simchannel.h"

#include <QByteArray>
#include <QList>

#include <utility>

class CallEvents;
class SimQueue;

// The queue's call to one agent (Local/600N@agents/n, two legs) and the
// bridge that joins it to the customer, with the events app_queue and the
// bridging core send for it (capture-local-channels.txt, call 1001).
class AgentLeg final
{
public:
    AgentLeg() = default;

    bool isActive() const { return m_member >= 0; }
    bool isAnswered() const { return m_answered; }
    int member() const { return m_member; }
    const SimChannel &first() const { return m_one; }
    const SimChannel &second() const { return m_two; }

    // Creates both legs and rings the agent (AgentCalled, DialBegin).
    void dial(CallEvents &ev, SimChannel &caller, const SimQueue &queue, int member,
              const QList<std::pair<QByteArray, QByteArray>> &inherited, const QByteArray &suffix,
              const QByteArray &uniqueOne, const QByteArray &uniqueTwo, qint64 ringMs);
    // The agent answers: DialEnd ANSWER, the caller leaves the queue, AgentConnect, bridge.
    void answer(CallEvents &ev, SimChannel &caller, SimQueue &queue, quint64 callId, const QByteArray &bridgeId);
    // The caller hung up while the agent was still ringing.
    void cancel(CallEvents &ev, SimChannel &caller);
    // The bridged call ends because the caller's side hung up: AgentComplete
    // and the bridge's first BridgeLeave (what happens before the caller's h).
    void completeByCaller(CallEvents &ev, SimChannel &caller, const SimQueue &queue);
    // After the caller's h extension: the agent's legs go (capture order).
    void hangupAfterCaller(CallEvents &ev, int cause);
    void destroyBridge(CallEvents &ev);
    void finishSecondLeg(CallEvents &ev, int cause);

    qint64 holdSeconds() const { return (m_answeredMs - m_queuedMs) / 1000; }
    qint64 talkSeconds(qint64 nowMs) const { return m_answered ? (nowMs - m_answeredMs) / 1000 : 0; }
    void setQueuedAt(qint64 ms) { m_queuedMs = ms; }

private:
    SimChannel m_one;
    SimChannel m_two;
    int m_member = -1;
    bool m_answered = false;
    QByteArray m_bridgeId;
    QByteArray m_memberName;
    QByteArray m_interface;
    qint64 m_queuedMs = 0;
    qint64 m_calledMs = 0;
    qint64 m_answeredMs = 0;
};
