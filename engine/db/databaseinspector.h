#pragma once

#include "common/result.h"
#include "engine/db/databasestatus.h"
#include "engine/db/databaseurl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

// Reads database.status's figures on one backend (one subclass each). Runs
// on a worker connection (SqlWorkerThread), never on the engine's loop: a
// locked table may make a query wait, though sessionSql() keeps such waits
// short. Table names are only ever spliced into SQL from schemaTables(), the
// schema's own fixed list; what the catalog reports is matched against it.
class DatabaseInspector
{
public:
    // A statement running this long is listed as slow.
    static constexpr int SlowQuerySeconds = 2;

    virtual ~DatabaseInspector() = default;

    static std::unique_ptr<DatabaseInspector> create(DatabaseUrl::Backend backend);

    // Every table the schema migrations create, plus schema_version; sorted.
    static const QStringList &schemaTables();
    static bool isSchemaTable(const QString &name);

    // Set on the inspector's own connection: short lock waits and a ceiling
    // on any one statement, so a busy database delays a status, never stalls it.
    virtual QStringList sessionSql() const = 0;
    // engineUptimeSeconds stands in where the database has no uptime of its
    // own (SQLite). A figure that cannot be read is left empty; only a
    // connection that fails outright is an error.
    virtual Result<DatabaseStatus> inspect(const QSqlDatabase &db, qint64 engineUptimeSeconds) = 0;

protected:
    DatabaseInspector() = default;

    // numbers still to dial whose random_order_key is 0 -- the column's
    // default, i.e. rows loaded behind the engine's back (the manual's
    // "unrandomised numbers"), which the hopper would dial in load order.
    // Walks the hopper's (campaign_id, status, random_order_key) index one
    // campaign at a time, so it stays cheap on tens of millions of numbers.
    static std::optional<qint64> numbersWithoutRandomKey(const QSqlDatabase &db);
    // COUNT(*) of a schema table; empty if the name is not one, or on error.
    static std::optional<qint64> exactRowCount(const QSqlDatabase &db, const QString &table);
    // Runs fixed SQL, prepared with the values when there are any. A failure
    // is only logged at debug level: a figure the account may not read (no
    // PROCESS privilege, say) is expected, and is simply left out.
    static bool select(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // The first column of the first row, as a number.
    static std::optional<qint64> scalar(const QSqlDatabase &db, const QString &sql,
                                        const QVariantList &values = {});
    static QString shortened(const QString &query);
};
