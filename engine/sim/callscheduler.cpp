#include "engine/sim/callscheduler.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

namespace {
// Timers handled per wake-up before the event loop gets a turn, so sockets
// keep being served when a burst of calls all fall due together.
constexpr int kMaxPerBatch = 4000;
}

CallScheduler::CallScheduler(double speed, QObject *parent)
    : QObject(parent)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &CallScheduler::onTimeout);
}

CallScheduler::~CallScheduler() = default;

qint64 CallScheduler::clockMs() const
{
    return qint64(double(m_clock.nsecsElapsed()) * m_speed / 1e6);
}

qint64 CallScheduler::nowMs() const
{
    return m_dispatchMs >= 0 ? m_dispatchMs : clockMs();
}

qint64 CallScheduler::nowUs() const
{
    return m_dispatchMs >= 0 ? m_dispatchMs * 1000 : qint64(double(m_clock.nsecsElapsed()) * m_speed / 1e3);
}

void CallScheduler::schedule(qint64 delayMs, quint64 key, quint32 tag)
{
    m_heap.push_back(Entry{nowMs() + std::max<qint64>(0, delayMs), m_seq++, key, tag});
    std::push_heap(m_heap.begin(), m_heap.end(), Later());
    if (m_armedFor < 0 || m_heap.front().dueMs < m_armedFor)
        arm();
}

void CallScheduler::clear()
{
    m_heap.clear();
    m_timer->stop();
    m_armedFor = -1;
}

void CallScheduler::arm()
{
    if (m_heap.empty()) {
        m_timer->stop();
        m_armedFor = -1;
        return;
    }
    const qint64 due = m_heap.front().dueMs;
    const double realMs = double(due - clockMs()) / m_speed;
    m_armedFor = due;
    m_timer->start(realMs > 0 ? int(std::min(std::ceil(realMs), 86400000.0)) : 0);
}

void CallScheduler::onTimeout()
{
    m_armedFor = -1;
    const qint64 now = clockMs();
    int handled = 0;
    while (!m_heap.empty() && m_heap.front().dueMs <= now && handled < kMaxPerBatch) {
        std::pop_heap(m_heap.begin(), m_heap.end(), Later());
        const Entry entry = m_heap.back();
        m_heap.pop_back();
        ++handled;
        m_dispatchMs = entry.dueMs;
        emit timerFired(entry.key, entry.tag);
    }
    m_dispatchMs = -1;
    if (handled > 0)
        emit batchFinished();
    arm();
}
