#pragma once

#include "engine/db/databaseinspector.h"

// MariaDB/MySQL, as the manual's "MySQL Server Status" page: Queries and
// Uptime from the global status (queries/s is their quotient), and per table
// information_schema.TABLES's rows (exact for MyISAM, an estimate for
// InnoDB), data + index size and storage engine. Slow and locked statements
// come from PROCESSLIST, limited to this database; the account sees its own
// connections only, unless it has the PROCESS privilege. Tables convert
// between InnoDB and MyISAM, except to MyISAM for a table that takes part in
// a foreign key (MyISAM has none; MariaDB refuses).
class DatabaseInspectorMariaDb final : public DatabaseInspector
{
public:
    QStringList sessionSql() const override;
    Result<DatabaseStatus> inspect(const QSqlDatabase &db, qint64 engineUptimeSeconds) override;

private:
    static void readGlobalStatus(const QSqlDatabase &db, DatabaseStatus &status);
    static void readTables(const QSqlDatabase &db, DatabaseStatus &status);
    static void readSlowQueries(const QSqlDatabase &db, bool mariaDb, DatabaseStatus &status);
};
