#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The campaign side of the numbers table: claiming numbers for a hopper and
// generating a load simulation's test numbers. Meant for a worker thread's
// connection (claims may wait on row locks); status updates after calls go
// through the DbFunnel instead.
class NumberStore final
{
public:
    struct Number final
    {
        qint64 id = 0;
        QString phone;
        int attempts = 0;
    };

    explicit NumberStore(QSqlDatabase db);

    // Up to `count` 'new' numbers in random order, marked claimedStatus in
    // one transaction (rows other engines hold are skipped, not waited for).
    Result<QList<Number>> claim(qint64 campaignId, int count, const QString &newStatus,
                                const QString &claimedStatus);
    // Sets rows in claimedStatus back to newStatus (a run that died with them).
    Result<int> releaseClaimed(qint64 campaignId, const QString &claimedStatus, const QString &newStatus);
    // Adds `count` test numbers 555NNNNNNN, continuing the campaign's sequence,
    // already in claimedStatus, and returns them.
    Result<QList<Number>> generate(qint64 campaignId, int count, const QString &claimedStatus);

private:
    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
