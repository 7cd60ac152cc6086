#include "engine/db/databaseinspectorsqlite.h"

#include "common/protocol.h"
#include "engine/db/dberror.h"

#include <QSqlError>

using namespace Protocol;

QStringList DatabaseInspectorSqlite::sessionSql() const
{
    // Database::open already sets a busy timeout; in WAL mode readers never wait for writers.
    return {};
}

Result<DatabaseStatus> DatabaseInspectorSqlite::inspect(const QSqlDatabase &db,
                                                        qint64 engineUptimeSeconds)
{
    DatabaseStatus status;
    status.backend = DatabaseBackend::Sqlite;
    status.uptimeSeconds = engineUptimeSeconds;
    status.uptimeSource = DatabaseFigure::EngineUptime;
    status.slowQuerySeconds = SlowQuerySeconds;

    QSqlQuery query(db);
    if (!select(query, QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return Result<DatabaseStatus>::failure(ErrorCode::DatabaseError,
                                               DbError::text(query.lastError()));
    status.serverVersion = QStringLiteral("SQLite ") + query.value(0).toString();
    const auto pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    const auto pageSize = scalar(db, QStringLiteral("PRAGMA page_size"));
    if (pages && pageSize)
        status.sizeBytes = *pages * *pageSize;
    if (select(query, QStringLiteral("PRAGMA journal_mode")) && query.next())
        status.journalMode = query.value(0).toString().toLower();

    QStringList names;
    if (select(query, QStringLiteral("SELECT name FROM sqlite_master WHERE type = ?"),
               {QStringLiteral("table")})) {
        while (query.next()) {
            const QString name = query.value(0).toString();
            if (isSchemaTable(name))
                names.append(name);
        }
    }
    query.finish();
    names.sort();

    const QHash<QString, qint64> estimated = statRowCounts(db);
    const QHash<QString, qint64> sizes = status.sizeBytes && *status.sizeBytes <= MaxBytesForTableSizes
        ? tableSizes(db) : QHash<QString, qint64>();
    for (const QString &name : std::as_const(names)) {
        DatabaseStatus::Table table;
        table.name = name;
        table.engine = QStringLiteral("SQLite");
        if (const auto it = estimated.constFind(name); it != estimated.cend()) {
            table.rows = *it;
            table.rowsApproximate = true;
        } else {
            table.rows = exactRowCount(db, name);
        }
        if (const auto it = sizes.constFind(name); it != sizes.cend())
            table.sizeBytes = *it;
        status.tables.append(table);
    }
    status.numbersWithoutRandomKey = numbersWithoutRandomKey(db);
    return Result<DatabaseStatus>::success(status);
}

QHash<QString, qint64> DatabaseInspectorSqlite::statRowCounts(const QSqlDatabase &db)
{
    QHash<QString, qint64> rows;
    QSqlQuery query(db);
    // Only after an ANALYZE; asking for a missing sqlite_stat1 would be an error.
    if (!scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = ?"),
                {QStringLiteral("sqlite_stat1")}).value_or(0))
        return rows;
    if (!select(query, QStringLiteral("SELECT tbl, stat FROM sqlite_stat1")))
        return rows;
    while (query.next()) {
        // "stat" starts with the number of rows in the table (or index).
        const qint64 count = query.value(1).toString().section(QLatin1Char(' '), 0, 0).toLongLong();
        const QString table = query.value(0).toString();
        rows.insert(table, qMax(rows.value(table), count));
    }
    return rows;
}

QHash<QString, qint64> DatabaseInspectorSqlite::tableSizes(const QSqlDatabase &db)
{
    QHash<QString, qint64> sizes;
    QSqlQuery query(db);
    // dbstat is optional in SQLite builds; without it sizes stay unknown.
    if (!select(query, QStringLiteral("SELECT m.tbl_name, SUM(d.pgsize) FROM dbstat d "
                                      "JOIN sqlite_master m ON m.name = d.name GROUP BY m.tbl_name")))
        return sizes;
    while (query.next())
        sizes.insert(query.value(0).toString(), query.value(1).toLongLong());
    return sizes;
}
