#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <vector>

class QTimer;

// All the node's timers behind one QTimer: a min-heap of (due time, key, tag).
// Thousands of live calls each wait on one or two deadlines; a QTimer per
// call would cost a kernel timer and an allocation each.
//
// Time is simulated: the clock runs `speed` times faster than the wall clock,
// and delays are given in simulated milliseconds. While a timer is being
// handled, nowMs() is that timer's due time, not the clock: what it schedules
// next counts from when it should have fired, so a busy event loop delays a
// call's steps but never reorders them (a tenth of a second late at speed 100
// would otherwise be ten simulated seconds).
//
// Entries are never removed; their owner ignores stale ones (the call is
// gone, or its tag has moved on).
class CallScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallScheduler)

public:
    explicit CallScheduler(double speed, QObject *parent = nullptr);
    ~CallScheduler() override;

    qint64 nowMs() const;
    qint64 nowUs() const;
    double speed() const { return m_speed; }
    void schedule(qint64 delayMs, quint64 key, quint32 tag);
    qsizetype pending() const { return qsizetype(m_heap.size()); }
    void clear();

signals:
    void timerFired(quint64 key, quint32 tag);
    // After each batch of due timers: the time to flush what they produced.
    void batchFinished();

private:
    struct Entry {
        qint64 dueMs;
        quint64 seq;
        quint64 key;
        quint32 tag;
    };
    struct Later {
        bool operator()(const Entry &a, const Entry &b) const
        {
            return a.dueMs != b.dueMs ? a.dueMs > b.dueMs : a.seq > b.seq;
        }
    };

    void onTimeout();
    void arm();
    qint64 clockMs() const;

    double m_speed;
    QElapsedTimer m_clock;
    QTimer *m_timer;
    std::vector<Entry> m_heap;
    quint64 m_seq = 0;
    qint64 m_armedFor = -1;
    qint64 m_dispatchMs = -1; // due time of the timer being handled, else -1
};
