#include "engine/db/dbwritebuffer.h"

#include "engine/db/dbwritequeue.h"

DbWriteBuffer::DbWriteBuffer(DbWriteQueue &queue)
    : m_queue(queue)
{
}

DbWriteBuffer::~DbWriteBuffer()
{
    popFront(m_size);
}

void DbWriteBuffer::append(DbWriteChunk *chain, qint64 count)
{
    if (!chain)
        return;
    if (m_tail)
        m_tail->next = chain;
    else
        m_head = chain;
    DbWriteChunk *last = chain;
    while (last->next)
        last = last->next;
    m_tail = last;
    m_size += count;
}

void DbWriteBuffer::popFront(qint64 n)
{
    DbWriteChunk *emptied = nullptr;
    DbWriteChunk *emptiedTail = nullptr;
    while (m_head && n > 0) {
        DbWriteChunk *chunk = m_head;
        while (chunk->begin < chunk->end && n > 0) {
            // Reset the slot: it must not keep strings or records alive.
            DbWrite &slot = chunk->writes[chunk->begin++];
            slot.payload = std::monostate{};
            slot.seq = 0;
            --n;
            --m_size;
        }
        if (chunk->begin < chunk->end)
            break;
        m_head = chunk->next;
        if (!m_head)
            m_tail = nullptr;
        chunk->next = nullptr;
        if (emptiedTail)
            emptiedTail->next = chunk;
        else
            emptied = chunk;
        emptiedTail = chunk;
    }
    if (emptied)
        m_queue.recycle(emptied);
}
