#include "engine/db/dbwritequeue.h"

#include "engine/db/dbwritechunk.h"

#include <QMutexLocker>

DbWriteQueue::DbWriteQueue(qint64 hardLimit)
    : m_hardLimit(hardLimit)
{
}

DbWriteQueue::~DbWriteQueue()
{
    for (DbWriteChunk *chain : {m_head, m_pool}) {
        while (chain) {
            DbWriteChunk *next = chain->next;
            delete chain;
            chain = next;
        }
    }
}

qint64 DbWriteQueue::push(DbWrite::Payload &&payload)
{
    // Checked before the lock: a refused write costs one atomic load. The
    // limit may be overshot by the number of concurrent producers, which is
    // harmless for a memory budget.
    if (m_memoryCount.load(std::memory_order_relaxed) >= m_hardLimit
        || m_closed.load(std::memory_order_relaxed)) {
        m_refused.fetch_add(1, std::memory_order_relaxed);
        return 0;
    }
    QMutexLocker locker(&m_mutex);
    if (!m_tail || m_tail->isFull()) {
        DbWriteChunk *chunk = takeChunkLocked();
        if (m_tail)
            m_tail->next = chunk;
        else
            m_head = chunk;
        m_tail = chunk;
    }
    // The sequence number is given under the same lock that orders the
    // queue, so queue order and sequence order are the same thing.
    const qint64 seq = m_nextSeq++;
    DbWrite &slot = m_tail->writes[m_tail->end++];
    slot.seq = seq;
    slot.payload = std::move(payload);
    ++m_queued;
    m_memoryCount.fetch_add(1, std::memory_order_relaxed);
    m_lastSeq.store(seq, std::memory_order_relaxed);
    if (m_consumerWaiting && !m_wakeRequested && m_queued >= m_wakeThreshold) {
        m_wakeRequested = true;
        m_wakeup.wakeOne();
    }
    return seq;
}

DbWriteChunk *DbWriteQueue::takeChunkLocked()
{
    if (m_pool) {
        DbWriteChunk *chunk = m_pool;
        m_pool = chunk->next;
        --m_pooled;
        chunk->next = nullptr;
        return chunk;
    }
    return new DbWriteChunk;
}

DbWriteChunk *DbWriteQueue::allocateChunk()
{
    QMutexLocker locker(&m_mutex);
    return takeChunkLocked();
}

DbWriteChunk *DbWriteQueue::takeAll(qint64 *count)
{
    QMutexLocker locker(&m_mutex);
    DbWriteChunk *chain = m_head;
    *count = m_queued;
    m_head = m_tail = nullptr;
    m_queued = 0;
    return chain;
}

void DbWriteQueue::recycle(DbWriteChunk *chain)
{
    // Freed outside the lock; only the pool's list is touched under it.
    DbWriteChunk *toFree = nullptr;
    {
        QMutexLocker locker(&m_mutex);
        while (chain) {
            DbWriteChunk *next = chain->next;
            chain->begin = chain->end = 0;
            if (m_pooled < MaxPooledChunks) {
                chain->next = m_pool;
                m_pool = chain;
                ++m_pooled;
            } else {
                chain->next = toFree;
                toFree = chain;
            }
            chain = next;
        }
    }
    while (toFree) {
        DbWriteChunk *next = toFree->next;
        delete toFree;
        toFree = next;
    }
}

void DbWriteQueue::waitForWrites(int timeoutMs)
{
    QMutexLocker locker(&m_mutex);
    if (m_wakeRequested || m_queued >= m_wakeThreshold || m_closed.load(std::memory_order_relaxed)) {
        m_wakeRequested = false;
        return;
    }
    m_consumerWaiting = true;
    m_wakeup.wait(&m_mutex, QDeadlineTimer(timeoutMs));
    m_consumerWaiting = false;
    m_wakeRequested = false;
}

void DbWriteQueue::wake()
{
    QMutexLocker locker(&m_mutex);
    m_wakeRequested = true;
    m_wakeup.wakeAll();
}

void DbWriteQueue::setWakeThreshold(qint64 writes)
{
    QMutexLocker locker(&m_mutex);
    m_wakeThreshold = std::max<qint64>(1, writes);
}

void DbWriteQueue::close()
{
    m_closed.store(true, std::memory_order_release);
    wake();
}
