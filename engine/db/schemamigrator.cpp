#include "engine/db/schemamigrator.h"

#include "engine/db/dblogging.h"
#include "engine/db/dbquery.h"
#include "engine/db/schemav1.h"
#include "engine/db/schemav2.h"
#include "engine/db/schemav3.h"
#include "engine/db/sqltransaction.h"

#include <QDateTime>
#include <QScopeGuard>
#include <QStringList>

#include <iterator>

namespace {

struct Migration
{
    int version;
    const char *description;
    Result<Done> (*apply)(const QSqlDatabase &db, const SqlDialect &dialect);
};

// Append only: a released migration never changes, a fix is a new migration.
const Migration Migrations[] = {
    {1, "complete schema", &SchemaV1::apply},
    {2, "database funnel state", &SchemaV2::apply},
    {3, "numbers claimed by a campaign run", &SchemaV3::apply},
};

const QString VersionTable = QStringLiteral("schema_version");

// PostgreSQL advisory locks are per database; the key is arbitrary but fixed.
const QString PgLockKey = QStringLiteral("7310870969309206885");
// MariaDB named locks are per server, so the database name is part of it.
const QString MariaDbLockName = QStringLiteral("LEFT(CONCAT('torque.schema.', DATABASE()), 64)");
constexpr int MariaDbLockWaitSeconds = 120;

} // namespace

SchemaMigrator::SchemaMigrator(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{
}

int SchemaMigrator::latestVersion()
{
    return std::prev(std::end(Migrations))->version;
}

Result<int> SchemaMigrator::currentVersion() const
{
    if (!m_db.tables().contains(VersionTable))
        return Result<int>::success(0);
    DbQuery query(m_db, QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<int>();
    const int version = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return Result<int>::success(version);
}

Result<int> SchemaMigrator::migrate()
{
    if (const Result<Done> locked = lock(); !locked)
        return Result<int>::failure(locked.error(), locked.detail());
    const auto unlockLater = qScopeGuard([this] { unlock(); });

    if (const Result<Done> made = ensureVersionTable(); !made)
        return Result<int>::failure(made.error(), made.detail());
    const Result<int> current = currentVersion();
    if (!current)
        return current;
    if (current.value() > latestVersion())
        return Result<int>::failure(
            ErrorCode::DatabaseError,
            QStringLiteral("the database schema is version %1 but this Torque knows only up to %2; "
                           "upgrade Torque instead of using an older engine on it")
                .arg(current.value())
                .arg(latestVersion()));
    if (m_dialect.backend() == SqlDialect::Backend::MariaDB) {
        if (const Result<Done> chosen = chooseMariaDbCollation(); !chosen)
            return Result<int>::failure(chosen.error(), chosen.detail());
    }
    for (int version = current.value() + 1; version <= latestVersion(); ++version) {
        qCInfo(lcDb) << "applying schema migration" << version;
        if (const Result<Done> applied = applyStep(version); !applied) {
            qCWarning(lcDb).noquote() << "schema migration" << version << "failed:" << applied.detail();
            return Result<int>::failure(
                applied.error(),
                QStringLiteral("schema migration %1 failed: %2").arg(version).arg(applied.detail()));
        }
    }
    return currentVersion();
}

Result<Done> SchemaMigrator::ensureVersionTable()
{
    const TableSpec table{VersionTable,
                          {QStringLiteral("version INTEGER NOT NULL PRIMARY KEY"),
                           QStringLiteral("description {str:200} NOT NULL DEFAULT ''"),
                           QStringLiteral("applied_at {time} NOT NULL")},
                          {},
                          {}};
    for (const QString &sql : m_dialect.createTable(table)) {
        if (const Result<Done> done = DbQuery::execute(m_db, sql); !done)
            return done;
    }
    return Result<Done>::success({});
}

Result<Done> SchemaMigrator::applyStep(int version)
{
    const Migration &migration = Migrations[version - 1];
    SqlTransaction transaction(m_db);
    if (m_dialect.hasTransactionalDdl()) {
        if (const Result<Done> begun = transaction.begin(); !begun)
            return begun;
        // SQLite takes no migration lock: BEGIN IMMEDIATE serialises instead,
        // so look again now that this connection holds the write lock.
        const Result<int> current = currentVersion();
        if (!current)
            return Result<Done>::failure(current.error(), current.detail());
        if (current.value() >= version)
            return transaction.commit();
    }
    if (const Result<Done> applied = migration.apply(m_db, m_dialect); !applied)
        return applied;
    DbQuery record(m_db, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                        "VALUES (?, ?, ?)"));
    record.bind(version)
        .bind(QString::fromLatin1(migration.description))
        .bind(QDateTime::currentMSecsSinceEpoch());
    if (const Result<Done> done = record.exec(); !done)
        return done;
    if (m_dialect.hasTransactionalDdl())
        return transaction.commit();
    return Result<Done>::success({});
}

Result<Done> SchemaMigrator::lock()
{
    QString sql;
    switch (m_dialect.backend()) {
    case SqlDialect::Backend::SQLite:
        return Result<Done>::success({});
    case SqlDialect::Backend::PostgreSQL:
        sql = QStringLiteral("SELECT pg_advisory_lock(%1)").arg(PgLockKey);
        break;
    case SqlDialect::Backend::MariaDB:
        sql = QStringLiteral("SELECT GET_LOCK(%1, %2)").arg(MariaDbLockName).arg(MariaDbLockWaitSeconds);
        break;
    }
    DbQuery query(m_db, sql);
    if (const Result<Done> done = query.exec(); !done)
        return done;
    // GET_LOCK answers 1 when it got the lock, 0 on timeout; pg_advisory_lock waits.
    const bool got = query.next()
        && (m_dialect.backend() == SqlDialect::Backend::PostgreSQL || query.value(0).toInt() == 1);
    query.finish();
    if (!got)
        return Result<Done>::failure(ErrorCode::DatabaseError,
                                     QStringLiteral("another engine has been migrating this database "
                                                    "for %1 s; try again when it has finished")
                                         .arg(MariaDbLockWaitSeconds));
    return Result<Done>::success({});
}

void SchemaMigrator::unlock()
{
    QString sql;
    switch (m_dialect.backend()) {
    case SqlDialect::Backend::SQLite:
        return;
    case SqlDialect::Backend::PostgreSQL:
        sql = QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(PgLockKey);
        break;
    case SqlDialect::Backend::MariaDB:
        sql = QStringLiteral("SELECT RELEASE_LOCK(%1)").arg(MariaDbLockName);
        break;
    }
    DbQuery query(m_db, sql);
    // A failed unlock is logged by exec(); the server drops the lock with the session anyway.
    if (query.exec())
        query.finish();
}

Result<Done> SchemaMigrator::chooseMariaDbCollation()
{
    // MySQL lacks utf8mb4_nopad_bin; utf8mb4_bin compares exactly too, except
    // that it ignores trailing spaces.
    DbQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM information_schema.COLLATIONS "
                                       "WHERE COLLATION_NAME = ?"));
    query.bind(QStringLiteral("utf8mb4_nopad_bin"));
    if (const Result<Done> done = query.exec(); !done)
        return done;
    if (!query.next() || query.value(0).toLongLong() == 0) {
        qCInfo(lcDb) << "utf8mb4_nopad_bin is not available; using utf8mb4_bin";
        m_dialect.setMariaDbCollation(QStringLiteral("utf8mb4_bin"));
    }
    query.finish();
    return Result<Done>::success({});
}
