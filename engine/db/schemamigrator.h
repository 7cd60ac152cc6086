#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QSqlDatabase>

// Brings a database to the newest schema. Versions are recorded in
// schema_version (one row per applied migration). Each migration runs in its
// own transaction on SQLite and PostgreSQL; MariaDB commits DDL as it goes,
// so every migration is written to be re-runnable (CREATE ... IF NOT EXISTS)
// and a half-applied one is finished by the next run. Engines sharing a
// server serialise on a named lock, so only one of them migrates.
class SchemaMigrator final
{
public:
    explicit SchemaMigrator(QSqlDatabase db);

    // Applies what is missing and returns the version reached (latestVersion()).
    // Refuses (ErrorCode::DatabaseError) a database newer than this build.
    Result<int> migrate();
    // 0 for an empty database.
    Result<int> currentVersion() const;
    static int latestVersion();

private:
    Result<Done> ensureVersionTable();
    Result<Done> applyStep(int version);
    Result<Done> lock();
    void unlock();
    Result<Done> chooseMariaDbCollation();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
