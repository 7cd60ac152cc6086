#pragma once

#include "common/result.h"
#include "engine/db/databaseconversion.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

// database.convertTable on MariaDB/MySQL: ALTER TABLE ... ENGINE = InnoDB or
// MyISAM, and the progress MariaDB reports for it. Every call blocks; the
// conversion runs on a worker connection of its own (SqlWorkerThread) while
// another connection polls progress(). The ALTER waits at most
// LockWaitSeconds for a table another connection holds (LOCK TABLES, an open
// transaction) and then fails with ErrorCode::Conflict, nothing changed.
class MariaDbTableConverter final
{
public:
    static constexpr int LockWaitSeconds = 3;

    MariaDbTableConverter() = delete;

    // The connection's id, for progress() and cancel() from another one.
    static std::optional<qint64> connectionId(const QSqlDatabase &db);
    // table must be one of DatabaseInspector::schemaTables() and engine one
    // of Protocol::StorageEngineName (checked again here). Succeeds with
    // false when the table already has that engine. Errors: NotFound (no
    // such table in this database), InvalidField on "engine" (MyISAM for a
    // table in a foreign key), Conflict (busy), DatabaseError.
    static Result<bool> convert(const QSqlDatabase &db, const QString &table, const QString &engine);
    // The conversion running on connection id, as MariaDB's PROCESSLIST
    // reports it (STAGE, MAX_STAGE, PROGRESS per stage, STATE); empty when
    // that connection runs nothing, or the server does not report progress.
    static std::optional<DatabaseConversion> progress(const QSqlDatabase &db, qint64 id);
    // Interrupts the statement running on connection id (engine shutdown).
    static void cancel(const QSqlDatabase &db, qint64 id);
    // The target's canonical spelling ("innodb" -> "InnoDB"); empty when not one.
    static QString canonicalEngine(const QString &engine);
};
