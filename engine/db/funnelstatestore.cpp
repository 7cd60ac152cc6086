#include "engine/db/funnelstatestore.h"

#include "engine/db/dbquery.h"

FunnelStateStore::FunnelStateStore(QSqlDatabase db, QString funnel)
    : m_db(std::move(db))
    , m_funnel(std::move(funnel))
{
}

Result<qint64> FunnelStateStore::appliedSeq(qint64 runId) const
{
    DbQuery query(m_db, QStringLiteral("SELECT applied_seq FROM funnel_state WHERE run_id = ?"));
    query.bind(runId);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<qint64>();
    const qint64 seq = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return Result<qint64>::success(seq);
}

Result<int> FunnelStateStore::prune(const QList<qint64> &keepRuns, qint64 olderThanMs) const
{
    DbQuery select(m_db, QStringLiteral("SELECT run_id FROM funnel_state WHERE funnel = ? AND updated_at < ?"));
    select.bind(m_funnel).bind(olderThanMs);
    if (const Result<Done> done = select.exec(); !done)
        return select.failure<int>();
    QList<qint64> stale;
    while (select.next()) {
        const qint64 run = select.value(0).toLongLong();
        if (!keepRuns.contains(run))
            stale << run;
    }
    select.finish();
    for (const qint64 run : std::as_const(stale)) {
        DbQuery remove(m_db, QStringLiteral("DELETE FROM funnel_state WHERE run_id = ?"));
        remove.bind(run);
        if (const Result<Done> done = remove.exec(); !done)
            return remove.failure<int>();
    }
    return Result<int>::success(int(stale.size()));
}

QString FunnelStateStore::upsertSql(SqlDialect::Backend backend)
{
    const QString insert = QStringLiteral("INSERT INTO funnel_state (run_id, funnel, applied_seq, started_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?) ");
    if (backend == SqlDialect::Backend::MariaDB)
        return insert + QStringLiteral("ON DUPLICATE KEY UPDATE applied_seq = VALUES(applied_seq), "
                                       "updated_at = VALUES(updated_at)");
    return insert + QStringLiteral("ON CONFLICT (run_id) DO UPDATE SET applied_seq = excluded.applied_seq, "
                                   "updated_at = excluded.updated_at");
}
