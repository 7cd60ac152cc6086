#pragma once

#include <QString>

#include <optional>

// One row of cdr: the record of a finished (or failed) call. Times are UTC
// milliseconds since the epoch; an empty optional is stored as NULL. Strings
// longer than their columns are cut when written, never refused.
struct CdrRecord final
{
    std::optional<qint64> customerId;
    std::optional<qint64> campaignId;
    std::optional<qint64> numberId;
    QString phone;             // 32
    std::optional<qint64> trunkId;
    std::optional<qint64> voiceServerId;
    QString engineId;          // 100
    QString uniqueId;          // 64: Asterisk's Uniqueid
    QString channel;           // 100
    qint64 startedAtMs = 0;
    std::optional<qint64> answeredAtMs;
    std::optional<qint64> endedAtMs;
    qint64 durationMs = 0;
    qint64 billableMs = 0;
    QString disposition;       // 20
    std::optional<int> hangupCause;
    QString amdResult;         // 20
    QString pressed;           // 8
    qint64 costMicros = 0;

    bool operator==(const CdrRecord &) const = default;
};
