#pragma once

#include "engine/db/dbwrite.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

struct DbWriteChunk;

// The DbFunnel's inbound side: any thread pushes, the funnel's thread takes
// everything at once. A push holds the mutex for a few dozen nanoseconds
// (give the write its sequence number, place it in the tail chunk); chunks come
// from a pool, so there is no allocation per write and no signal per write:
// the funnel's thread is woken only when a batch' worth has arrived, and
// otherwise wakes on its own flush timer.
//
// The queue also keeps the memory budget: memoryCount() counts the writes
// accepted and not yet released by the funnel (inbound, in its memory backlog
// or in the batch being written). A push past the hard limit is refused and
// counted, never silently lost.
class DbWriteQueue final
{
public:
    explicit DbWriteQueue(qint64 hardLimit);
    ~DbWriteQueue();
    Q_DISABLE_COPY_MOVE(DbWriteQueue)

    // Producer side, any thread. Returns the write's sequence number, or 0
    // when refused (memory full, or the queue is closed).
    qint64 push(DbWrite::Payload &&payload);

    // Consumer side, the funnel's thread. Detaches every queued write (a
    // chain of chunks); *count receives how many.
    DbWriteChunk *takeAll(qint64 *count);
    // Returns emptied chunks to the pool (the chain's slots must be reset).
    void recycle(DbWriteChunk *chain);
    DbWriteChunk *allocateChunk();
    // Writes that left memory: written, rejected, or moved to the journal.
    void release(qint64 count) { m_memoryCount.fetch_sub(count, std::memory_order_relaxed); }
    // Sleeps until woken (enough writes, stop, wake()) or timeoutMs passes.
    void waitForWrites(int timeoutMs);
    void wake();
    // Pushes wake a waiting consumer once this many writes are queued.
    void setWakeThreshold(qint64 writes);

    // Refuses further pushes and wakes the consumer.
    void close();
    bool isClosed() const { return m_closed.load(std::memory_order_acquire); }

    qint64 memoryCount() const { return m_memoryCount.load(std::memory_order_relaxed); }
    qint64 lastSeq() const { return m_lastSeq.load(std::memory_order_relaxed); }
    quint64 refused() const { return m_refused.load(std::memory_order_relaxed); }
    qint64 hardLimit() const { return m_hardLimit; }
    // Counts writes lost at shutdown with the refused ones, so the total of
    // writes that never reached the database is one number.
    void addRefused(quint64 count) { m_refused.fetch_add(count, std::memory_order_relaxed); }

private:
    // Chunks kept for reuse; beyond this they are freed, so the memory of a
    // long outage is given back afterwards.
    static constexpr int MaxPooledChunks = 256;

    DbWriteChunk *takeChunkLocked();

    mutable QMutex m_mutex;
    QWaitCondition m_wakeup;
    DbWriteChunk *m_head = nullptr;
    DbWriteChunk *m_tail = nullptr;
    DbWriteChunk *m_pool = nullptr;
    int m_pooled = 0;
    qint64 m_queued = 0;
    qint64 m_nextSeq = 1;
    qint64 m_wakeThreshold = 1000;
    bool m_consumerWaiting = false;
    bool m_wakeRequested = false;
    const qint64 m_hardLimit;
    std::atomic<bool> m_closed{false};
    std::atomic<qint64> m_memoryCount{0};
    std::atomic<qint64> m_lastSeq{0};
    std::atomic<quint64> m_refused{0};
};
