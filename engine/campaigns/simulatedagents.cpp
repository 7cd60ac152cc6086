#include "engine/campaigns/simulatedagents.h"

#include <QPointer>

#include <cmath>

SimulatedAgents::SimulatedAgents(int count, double wrapUpSeconds, QObject *parent)
    : QObject(parent)
    , m_count(count)
    , m_wrapUpMs(int(std::lround(wrapUpSeconds * 1000.0)))
{
    for (int id = 1; id <= count; ++id)
        m_free.push_back(id);
}

QList<int> SimulatedAgents::ids() const
{
    QList<int> all;
    for (int id = 1; id <= m_count; ++id)
        all << id;
    return all;
}

int SimulatedAgents::assign(qint64 callId)
{
    if (m_free.empty())
        return -1;
    const int agent = m_free.front();
    m_free.pop_front();
    m_onCall.insert(agent, callId);
    return agent;
}

void SimulatedAgents::callEnded(int agentId)
{
    if (!m_onCall.remove(agentId))
        return;
    if (m_wrapUpMs <= 0) {
        release(agentId);
        return;
    }
    QTimer::singleShot(m_wrapUpMs, this, [this, agentId] { release(agentId); });
}

void SimulatedAgents::release(int agentId)
{
    m_free.push_back(agentId);
    emit freed(agentId);
}
