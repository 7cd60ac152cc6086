#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The campaign side of the numbers table: the guarded steps of a number's
// claim (docs/numbers.md) and a load simulation's test numbers. Every step
// is one UPDATE whose WHERE names the status and run it moves from, so a
// step that lost a race (another engine took the campaign over and recovered
// the claim) changes nothing. Meant for a worker thread's connection (claims
// may wait on row locks); a call's outcome goes through the DbFunnel instead.
class NumberStore final
{
public:
    struct Number final
    {
        qint64 id = 0;
        QString phone;
        int attempts = 0;
    };
    struct Recovered final
    {
        int released = 0;     // claimed, never armed: back to new
        int interrupted = 0;  // armed by a run that is gone: maybe dialled
    };

    explicit NumberStore(QSqlDatabase db);

    // new -> hopper for runId: up to `count` numbers in random order, in one
    // transaction (rows other engines hold are skipped, not waited for).
    Result<QList<Number>> claim(qint64 campaignId, qint64 runId, int count);
    // hopper -> dialing for runId, committed before any of them is dialled.
    // Returns the ids armed (a number another engine took back is left out).
    Result<QList<qint64>> arm(qint64 runId, const QList<qint64> &ids);
    // hopper -> new: every number runId still holds unarmed.
    Result<int> releaseClaimed(qint64 campaignId, qint64 runId);
    // dialing -> new for those of `ids` runId armed and knows it never sent.
    Result<int> releaseArmed(qint64 runId, const QList<qint64> &ids);
    // Claims of the campaign's runs not in liveRuns (dead engines, crashed or
    // stopped runs): hopper -> new, dialing -> interrupted (attempts + 1).
    Result<Recovered> recover(qint64 campaignId, const QList<qint64> &liveRuns);
    // Adds `count` test numbers 555NNNNNNN, continuing the campaign's sequence,
    // already claimed (hopper) for runId, and returns them.
    Result<QList<Number>> generate(qint64 campaignId, qint64 runId, int count);

private:
    // One guarded step: numbers in `from` (held by fromRun; 0: by anyone)
    // go to `to`, held by toRun (0: by nobody).
    struct Step final
    {
        QString from;
        qint64 fromRun = 0;
        QString to;
        qint64 toRun = 0;
    };
    // The ids that were where the step starts, now moved (caller's transaction).
    Result<QList<qint64>> moveEach(const QList<qint64> &ids, const Step &step);
    // The same in a transaction of its own.
    Result<QList<qint64>> moveEachAtOnce(const QList<qint64> &ids, const Step &step);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
