#pragma once

#include <QString>

// What a call attempt changes on one row of numbers. The values are absolute
// (the attempt count, not "one more"), so writing the same update twice is
// harmless and, of several updates to one number, the last one accepted wins.
struct NumberStatusUpdate final
{
    qint64 numberId = 0;
    QString status;          // numbers.status, at most 20 characters
    int attempts = 0;
    qint64 lastUpdateMs = 0; // numbers.last_update: UTC milliseconds since the epoch

    bool operator==(const NumberStatusUpdate &) const = default;
};
