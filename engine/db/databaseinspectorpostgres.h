#pragma once

#include "engine/db/databaseinspector.h"

// PostgreSQL's equivalents of the manual's MySQL figures: transactions
// (xact_commit + xact_rollback of this database, since its statistics were
// last reset) for queries, pg_postmaster_start_time() for the uptime, per
// table pg_class.reltuples (an estimate; small tables are counted exactly)
// and pg_total_relation_size, the table's access method ("heap") as its
// engine, and from pg_stat_activity the statements running long, waiting for
// a lock (wait_event_type Lock), or transactions left open. There is no
// storage engine to convert.
class DatabaseInspectorPostgres final : public DatabaseInspector
{
public:
    // Tables this small are counted exactly (COUNT(*)), others estimated.
    static constexpr qint64 MaxRowsToCount = 100000;
    static constexpr qint64 MaxBytesToCount = 16 * 1024 * 1024;

    QStringList sessionSql() const override;
    Result<DatabaseStatus> inspect(const QSqlDatabase &db, qint64 engineUptimeSeconds) override;

private:
    static void readCounters(const QSqlDatabase &db, DatabaseStatus &status);
    static void readTables(const QSqlDatabase &db, DatabaseStatus &status);
    static void readSlowQueries(const QSqlDatabase &db, DatabaseStatus &status);
};
