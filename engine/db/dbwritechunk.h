#pragma once

#include "engine/db/dbwrite.h"

#include <array>

// A fixed block of write slots. The inbound queue and the funnel's memory
// backlog are chains of these, so a write is placed once and never moved
// again, and the blocks are recycled instead of allocated per write.
struct DbWriteChunk final
{
    static constexpr int Capacity = 256;

    std::array<DbWrite, Capacity> writes;
    int begin = 0;  // first slot still held (the consumer's side)
    int end = 0;    // next free slot (the producer's side)
    DbWriteChunk *next = nullptr;

    int size() const { return end - begin; }
    bool isFull() const { return end == Capacity; }
};
