#pragma once

#include "engine/db/dbwrite.h"
#include "engine/db/dbwritechunk.h"

class DbWriteQueue;

// The funnel thread's in-memory backlog: a FIFO of the chunks taken from the
// DbWriteQueue, spliced in without copying. Only the funnel's thread uses it.
// Writes leave from the front (written, or moved to the journal); emptied
// chunks go back to the queue's pool.
class DbWriteBuffer final
{
public:
    explicit DbWriteBuffer(DbWriteQueue &queue);
    ~DbWriteBuffer();
    Q_DISABLE_COPY_MOVE(DbWriteBuffer)

    // Takes ownership of a chain from DbWriteQueue::takeAll().
    void append(DbWriteChunk *chain, qint64 count);
    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // Calls f(const DbWrite &) for the first n writes, oldest first.
    template <typename F>
    void visitFront(qint64 n, F &&f) const
    {
        for (const DbWriteChunk *chunk = m_head; chunk && n > 0; chunk = chunk->next) {
            for (int i = chunk->begin; i < chunk->end && n > 0; ++i, --n)
                f(chunk->writes[i]);
        }
    }
    // Drops the first n writes (releasing what they hold).
    void popFront(qint64 n);

private:
    DbWriteQueue &m_queue;
    DbWriteChunk *m_head = nullptr;
    DbWriteChunk *m_tail = nullptr;
    qint64 m_size = 0;
};
