#pragma once

#include "engine/db/databaseinspector.h"

#include <QHash>

// SQLite: the file's size (page_count * page_size), its journal mode, and
// per table the rows (sqlite_stat1's estimate after ANALYZE, else COUNT(*))
// and the pages it uses (the dbstat table, on files small enough to walk).
// SQLite has no server: the uptime is the engine's, and there is no query
// counter, no list of running statements and no storage engine to convert.
class DatabaseInspectorSqlite final : public DatabaseInspector
{
public:
    // dbstat reads every page: only on files up to this size.
    static constexpr qint64 MaxBytesForTableSizes = 64 * 1024 * 1024;

    QStringList sessionSql() const override;
    Result<DatabaseStatus> inspect(const QSqlDatabase &db, qint64 engineUptimeSeconds) override;

private:
    static QHash<QString, qint64> statRowCounts(const QSqlDatabase &db);
    static QHash<QString, qint64> tableSizes(const QSqlDatabase &db);
};
