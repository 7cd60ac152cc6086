#include "engine/db/databaseinspectorpostgres.h"

#include "common/protocol.h"
#include "engine/db/dberror.h"

#include <QSqlError>

using namespace Protocol;

QStringList DatabaseInspectorPostgres::sessionSql() const
{
    // A table locked by someone else gives up after a second (its row count
    // falls back to the estimate); no status statement runs past 10 s.
    return {QStringLiteral("SET lock_timeout = '1s'"), QStringLiteral("SET statement_timeout = '10s'")};
}

Result<DatabaseStatus> DatabaseInspectorPostgres::inspect(const QSqlDatabase &db, qint64)
{
    DatabaseStatus status;
    status.backend = DatabaseBackend::PostgreSql;
    status.uptimeSource = DatabaseFigure::Server;
    status.queriesKind = DatabaseFigure::Transactions;
    status.slowQuerySeconds = SlowQuerySeconds;

    QSqlQuery query(db);
    if (!select(query, QStringLiteral("SELECT current_setting('server_version'), "
                                      "CAST(EXTRACT(EPOCH FROM now() - pg_postmaster_start_time()) AS BIGINT), "
                                      "pg_database_size(current_database())"))
        || !query.next())
        return Result<DatabaseStatus>::failure(ErrorCode::DatabaseError,
                                               DbError::text(query.lastError()));
    status.serverVersion = QStringLiteral("PostgreSQL ") + query.value(0).toString();
    status.uptimeSeconds = query.value(1).toLongLong();
    status.sizeBytes = query.value(2).toLongLong();
    query.finish();

    readCounters(db, status);
    readTables(db, status);
    readSlowQueries(db, status);
    status.numbersWithoutRandomKey = numbersWithoutRandomKey(db);
    return Result<DatabaseStatus>::success(status);
}

void DatabaseInspectorPostgres::readCounters(const QSqlDatabase &db, DatabaseStatus &status)
{
    QSqlQuery query(db);
    // The counters run from the last statistics reset, so that is the span of the average.
    if (!select(query, QStringLiteral("SELECT xact_commit + xact_rollback, "
                                      "EXTRACT(EPOCH FROM now() - COALESCE(stats_reset, "
                                      "pg_postmaster_start_time())) "
                                      "FROM pg_stat_database WHERE datname = current_database()"))
        || !query.next())
        return;
    status.queries = query.value(0).toLongLong();
    const double seconds = query.value(1).toDouble();
    if (seconds > 0)
        status.queriesPerSecond = double(*status.queries) / seconds;
}

void DatabaseInspectorPostgres::readTables(const QSqlDatabase &db, DatabaseStatus &status)
{
    QSqlQuery query(db);
    if (!select(query, QStringLiteral("SELECT c.relname, c.reltuples, COALESCE(s.n_live_tup, 0), "
                                      "pg_total_relation_size(c.oid), COALESCE(am.amname, 'heap') "
                                      "FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "LEFT JOIN pg_am am ON am.oid = c.relam "
                                      "LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid "
                                      "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') "
                                      "ORDER BY c.relname")))
        return;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!isSchemaTable(name))
            continue;
        DatabaseStatus::Table table;
        table.name = name;
        // reltuples is -1 until the table is first vacuumed or analysed.
        const double reltuples = query.value(1).toDouble();
        table.rows = reltuples >= 0 ? qint64(reltuples) : query.value(2).toLongLong();
        table.rowsApproximate = true;
        table.sizeBytes = query.value(3).toLongLong();
        table.engine = query.value(4).toString();
        status.tables.append(table);
    }
    query.finish();
    for (DatabaseStatus::Table &table : status.tables) {
        if (*table.rows > MaxRowsToCount || table.sizeBytes.value_or(0) > MaxBytesToCount)
            continue;
        if (const auto exact = exactRowCount(db, table.name)) {
            table.rows = exact;
            table.rowsApproximate = false;
        }
    }
}

void DatabaseInspectorPostgres::readSlowQueries(const QSqlDatabase &db, DatabaseStatus &status)
{
    QSqlQuery query(db);
    // Others' query texts read "<insufficient privilege>" unless the role
    // may see them (pg_read_all_stats); they are listed all the same.
    const double threshold = SlowQuerySeconds;
    if (!select(query, QStringLiteral(
                    "SELECT pid, COALESCE(usename, ''), "
                    "EXTRACT(EPOCH FROM now() - CASE WHEN state = 'active' THEN query_start "
                    "ELSE xact_start END), "
                    "COALESCE(state, ''), COALESCE(wait_event_type, ''), COALESCE(wait_event, ''), "
                    "COALESCE(query, '') FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend' AND state <> 'idle' "
                    "AND (wait_event_type = 'Lock' "
                    "OR (state = 'active' AND EXTRACT(EPOCH FROM now() - query_start) >= ?) "
                    "OR (state LIKE 'idle in transaction%' AND EXTRACT(EPOCH FROM now() - xact_start) >= ?)) "
                    "ORDER BY 3 DESC"),
                {threshold, threshold}))
        return;
    status.slowQueriesAvailable = true;
    while (query.next()) {
        DatabaseStatus::SlowQuery slow;
        slow.id = query.value(0).toLongLong();
        slow.user = query.value(1).toString();
        slow.seconds = query.value(2).toDouble();
        const QString state = query.value(3).toString();
        const QString waitType = query.value(4).toString();
        slow.waiting = waitType == QLatin1String("Lock");
        // "active, waiting for Lock: relation"
        slow.state = waitType.isEmpty()
            ? state
            : QStringLiteral("%1, waiting for %2: %3").arg(state, waitType, query.value(5).toString());
        slow.query = shortened(query.value(6).toString());
        status.slowQueries.append(slow);
    }
}
