#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

// A load simulation's agents: N of them, each free, on a call, or in wrap-up
// for a fixed time after it. They stand in for real agents so that the
// engine's pacing runs end to end against real voice nodes.
class SimulatedAgents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedAgents)

public:
    SimulatedAgents(int count, double wrapUpSeconds, QObject *parent = nullptr);

    int count() const { return m_count; }
    int freeCount() const { return int(m_free.size()); }
    int busyCount() const { return m_count - freeCount(); }
    // Ids 1..count.
    QList<int> ids() const;
    // A free agent for callId, or -1 when none is free.
    int assign(qint64 callId);
    // The agent's call ended: wrap-up, then freed() (at once for 0 s).
    void callEnded(int agentId);

signals:
    void freed(int agentId);

private:
    void release(int agentId);

    const int m_count;
    const int m_wrapUpMs;
    std::deque<int> m_free;       // longest idle first
    QHash<int, qint64> m_onCall;  // agent -> call
};
