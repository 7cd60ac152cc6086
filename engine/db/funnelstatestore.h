#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The funnel_state table (SchemaV2): per funnel run, the sequence number of
// the last write in the database. Used only by the DbFunnel's thread.
class FunnelStateStore final
{
public:
    FunnelStateStore(QSqlDatabase db, QString funnel);

    // 0 when the run has no row yet (nothing of it written).
    Result<qint64> appliedSeq(qint64 runId) const;
    // Deletes the rows of this funnel's earlier runs that were last touched
    // before olderThanMs, except the runs listed (their journal is not
    // finished yet). Returns how many went.
    Result<int> prune(const QList<qint64> &keepRuns, qint64 olderThanMs) const;

    // The statement that records a batch, run inside the batch' transaction.
    // Binds: run_id, funnel, applied_seq, started_at, updated_at.
    static QString upsertSql(SqlDialect::Backend backend);

private:
    QSqlDatabase m_db;
    QString m_funnel;
};
