#include "engine/db/databaseinspectormariadb.h"

#include "common/protocol.h"
#include "engine/db/dberror.h"

#include <QSet>
#include <QSqlError>

using namespace Protocol;

namespace {

// Seconds a status query waits for a table another connection has locked.
constexpr int kLockWaitSeconds = 2;
// Ceiling on any one status statement (MariaDB's max_statement_time).
constexpr int kStatementSeconds = 10;

} // namespace

QStringList DatabaseInspectorMariaDb::sessionSql() const
{
    return {QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(kLockWaitSeconds),
            QStringLiteral("SET SESSION max_statement_time = %1").arg(kStatementSeconds)};
}

Result<DatabaseStatus> DatabaseInspectorMariaDb::inspect(const QSqlDatabase &db, qint64)
{
    DatabaseStatus status;
    status.backend = DatabaseBackend::MariaDb;
    status.uptimeSource = DatabaseFigure::Server;
    status.queriesKind = DatabaseFigure::Statements;
    status.slowQuerySeconds = SlowQuerySeconds;
    status.canConvert = true;

    QSqlQuery query(db);
    if (!select(query, QStringLiteral("SELECT VERSION()")) || !query.next())
        return Result<DatabaseStatus>::failure(ErrorCode::DatabaseError,
                                               DbError::text(query.lastError()));
    status.serverVersion = query.value(0).toString();
    query.finish();
    const bool mariaDb = status.serverVersion.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);

    readGlobalStatus(db, status);
    readTables(db, status);
    readSlowQueries(db, mariaDb, status);
    status.numbersWithoutRandomKey = numbersWithoutRandomKey(db);
    return Result<DatabaseStatus>::success(status);
}

void DatabaseInspectorMariaDb::readGlobalStatus(const QSqlDatabase &db, DatabaseStatus &status)
{
    QSqlQuery query(db);
    if (!select(query, QStringLiteral("SHOW GLOBAL STATUS WHERE Variable_name IN ('Queries', 'Uptime')")))
        return;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const qint64 value = query.value(1).toLongLong();
        if (name.compare(QLatin1String("Queries"), Qt::CaseInsensitive) == 0)
            status.queries = value;
        else if (name.compare(QLatin1String("Uptime"), Qt::CaseInsensitive) == 0)
            status.uptimeSeconds = value;
    }
    // The manual's "40.468/sec": the average since the server started.
    if (status.queries && status.uptimeSeconds && *status.uptimeSeconds > 0)
        status.queriesPerSecond = double(*status.queries) / double(*status.uptimeSeconds);
}

void DatabaseInspectorMariaDb::readTables(const QSqlDatabase &db, DatabaseStatus &status)
{
    QSet<QString> withForeignKeys;
    QSqlQuery query(db);
    if (select(query, QStringLiteral("SELECT TABLE_NAME, REFERENCED_TABLE_NAME "
                                     "FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                     "WHERE CONSTRAINT_SCHEMA = DATABASE()"))) {
        while (query.next()) {
            withForeignKeys.insert(query.value(0).toString());
            withForeignKeys.insert(query.value(1).toString());
        }
    }
    // Sizes and row counts are what the storage engine keeps, no table is read.
    if (!select(query, QStringLiteral("SELECT TABLE_NAME, ENGINE, TABLE_ROWS, "
                                      "DATA_LENGTH + INDEX_LENGTH FROM information_schema.TABLES "
                                      "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = ? "
                                      "ORDER BY TABLE_NAME"),
                {QStringLiteral("BASE TABLE")}))
        return;
    qint64 total = 0;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (!query.value(3).isNull())
            total += query.value(3).toLongLong();
        if (!isSchemaTable(name))
            continue;
        DatabaseStatus::Table table;
        table.name = name;
        table.engine = query.value(1).toString();
        if (!query.value(2).isNull())
            table.rows = query.value(2).toLongLong();
        table.rowsApproximate = table.engine.compare(StorageEngineName::MyIsam, Qt::CaseInsensitive) != 0;
        if (!query.value(3).isNull())
            table.sizeBytes = query.value(3).toLongLong();
        table.hasForeignKeys = withForeignKeys.contains(name);
        if (table.engine.compare(StorageEngineName::InnoDb, Qt::CaseInsensitive) != 0)
            table.convertTo = StorageEngineName::InnoDb;
        else if (!table.hasForeignKeys)
            table.convertTo = StorageEngineName::MyIsam;
        status.tables.append(table);
    }
    status.sizeBytes = total;
}

void DatabaseInspectorMariaDb::readSlowQueries(const QSqlDatabase &db, bool mariaDb,
                                               DatabaseStatus &status)
{
    QSqlQuery query(db);
    // InnoDB row-lock waits only show in INNODB_TRX (PROCESS privilege).
    QSet<qint64> rowLockWaits;
    if (select(query, QStringLiteral("SELECT trx_mysql_thread_id FROM information_schema.INNODB_TRX "
                                     "WHERE trx_state = ?"),
               {QStringLiteral("LOCK WAIT")})) {
        while (query.next())
            rowLockWaits.insert(query.value(0).toLongLong());
    }
    // TIME_MS is MariaDB's; MySQL has whole seconds only.
    const QString milliseconds = mariaDb ? QStringLiteral("TIME_MS") : QStringLiteral("TIME * 1000");
    if (!select(query, QStringLiteral("SELECT ID, USER, ") + milliseconds
                           + QStringLiteral(", COALESCE(STATE, ''), COALESCE(INFO, '') "
                                            "FROM information_schema.PROCESSLIST "
                                            "WHERE DB = DATABASE() AND ID <> CONNECTION_ID() "
                                            "AND COMMAND NOT IN ('Sleep', 'Daemon', 'Binlog Dump') "
                                            "ORDER BY 3 DESC"),
                {}))
        return;
    status.slowQueriesAvailable = true;
    while (query.next()) {
        DatabaseStatus::SlowQuery slow;
        slow.id = query.value(0).toLongLong();
        slow.user = query.value(1).toString();
        slow.seconds = query.value(2).toDouble() / 1000.0;
        slow.state = query.value(3).toString();
        slow.query = shortened(query.value(4).toString());
        // "Waiting for table metadata lock", "Waiting for table level lock", "Locked".
        slow.waiting = rowLockWaits.contains(slow.id)
            || (slow.state.contains(QLatin1String("lock"), Qt::CaseInsensitive)
                && slow.state.startsWith(QLatin1String("Waiting"), Qt::CaseInsensitive))
            || slow.state.compare(QLatin1String("Locked"), Qt::CaseInsensitive) == 0;
        if (slow.waiting || slow.seconds >= SlowQuerySeconds)
            status.slowQueries.append(slow);
    }
}
