#pragma once

#include "engine/db/cdrrecord.h"
#include "engine/db/numberstatusupdate.h"
#include "engine/db/pacingsamplerecord.h"
#include "engine/db/systemlogentry.h"

#include <memory>
#include <variant>

// One write accepted by the DbFunnel, with the sequence number it was given.
// Number updates, by far the most frequent, are held inline; the larger
// records sit behind a shared pointer so that every queue slot stays small
// (64 bytes) and moving a write never copies a record.
struct DbWrite final
{
    enum class Kind : quint8 { None, NumberStatus, Cdr, PacingSample, SystemLog };

    using Payload = std::variant<std::monostate, NumberStatusUpdate, std::shared_ptr<const CdrRecord>,
                                 std::shared_ptr<const PacingSampleRecord>,
                                 std::shared_ptr<const SystemLogEntry>>;

    // 1, 2, 3... in the order the funnel accepted the writes of one run.
    qint64 seq = 0;
    Payload payload;

    Kind kind() const { return static_cast<Kind>(payload.index()); }
};
