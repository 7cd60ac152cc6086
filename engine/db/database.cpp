#include "engine/db/database.h"

#include "engine/db/dberror.h"
#include "engine/db/dblogging.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace {

QString packageFor(const QString &driver)
{
    if (driver == QLatin1String("QPSQL"))
        return QStringLiteral("libqt6sql6-psql");
    if (driver == QLatin1String("QSQLITE"))
        return QStringLiteral("libqt6sql6-sqlite");
    return QStringLiteral("libqt6sql6-mysql");
}

} // namespace

Result<QSqlDatabase> Database::open(const DatabaseUrl &url, const QString &connectionName,
                                   int ioTimeoutSeconds)
{
    if (QSqlDatabase::contains(connectionName))
        return Result<QSqlDatabase>::failure(
            ErrorCode::Internal,
            QStringLiteral("database connection name \"%1\" is already in use").arg(connectionName));
    if (!QSqlDatabase::isDriverAvailable(url.driverName()))
        return Result<QSqlDatabase>::failure(
            ErrorCode::DatabaseError,
            QStringLiteral("the Qt SQL driver %1 is not installed (package %2)")
                .arg(url.driverName(), packageFor(url.driverName())));

    if (url.backend() == DatabaseUrl::Backend::SQLite && !url.isInMemory()) {
        const Result<Done> prepared = prepareSqliteFile(url);
        if (!prepared)
            return Result<QSqlDatabase>::failure(prepared.error(), prepared.detail());
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(url.driverName(), connectionName);
    db.setDatabaseName(url.databaseName());
    switch (url.backend()) {
    case DatabaseUrl::Backend::SQLite:
        break;
    case DatabaseUrl::Backend::MariaDB:
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        // CLIENT_FOUND_ROWS: an UPDATE reports the rows it matched, not only
        // those it changed, as SQLite and PostgreSQL do; stores read that as
        // "found", so re-saving identical values must not look like NotFound.
        db.setConnectOptions(QStringLiteral("CLIENT_FOUND_ROWS;MYSQL_OPT_CONNECT_TIMEOUT=%1")
                                 .arg(ConnectTimeoutSeconds)
                             + (ioTimeoutSeconds > 0
                                    ? QStringLiteral(";MYSQL_OPT_READ_TIMEOUT=%1;MYSQL_OPT_WRITE_TIMEOUT=%1")
                                          .arg(ioTimeoutSeconds)
                                    : QString()));
        break;
    case DatabaseUrl::Backend::PostgreSQL:
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=%1").arg(ConnectTimeoutSeconds)
                             + (ioTimeoutSeconds > 0
                                    ? QStringLiteral(";keepalives=1;keepalives_idle=5;keepalives_interval=2;"
                                                     "keepalives_count=3;tcp_user_timeout=%1")
                                          .arg(ioTimeoutSeconds * 1000)
                                    : QString()));
        break;
    }

    if (!db.open()) {
        const QString detail = QStringLiteral("cannot open %1: %2")
                                   .arg(url.redacted(), DbError::text(db.lastError()));
        qCWarning(lcDb).noquote() << detail;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(ErrorCode::DatabaseError, detail);
    }

    const Result<Done> configured = configureSession(db, url);
    if (!configured) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Result<QSqlDatabase>::failure(
            ErrorCode::DatabaseError,
            QStringLiteral("cannot set up %1: %2").arg(url.redacted(), configured.detail()));
    }
    qCDebug(lcDb).noquote() << "opened" << url.redacted() << "as" << connectionName;
    return Result<QSqlDatabase>::success(db);
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Result<Done> Database::prepareSqliteFile(const DatabaseUrl &url)
{
    const QFileInfo file(url.databaseName());
    const QString directory = file.absolutePath();
    if (!QDir().mkpath(directory)) {
        const QString detail =
            QStringLiteral("cannot create the directory %1 for the SQLite database").arg(directory);
        qCWarning(lcDb).noquote() << detail;
        return Result<Done>::failure(ErrorCode::DatabaseError, detail);
    }
    return Result<Done>::success({});
}

Result<Done> Database::configureSession(QSqlDatabase &db, const DatabaseUrl &url)
{
    QStringList statements;
    switch (url.backend()) {
    case DatabaseUrl::Backend::SQLite:
        // WAL lets the funnel write while API threads read; foreign keys are
        // off by default in SQLite and must be switched on per connection.
        // synchronous stays FULL: a power cut must not lose committed results.
        statements << QStringLiteral("PRAGMA journal_mode = WAL")
                   << QStringLiteral("PRAGMA foreign_keys = ON")
                   << QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs);
        break;
    case DatabaseUrl::Backend::MariaDB:
        // Strict mode makes over-long or out-of-range values errors instead of
        // silent truncation, as on the other two; PIPES_AS_CONCAT gives || its
        // standard meaning; times are stored as UTC milliseconds, so the
        // session zone only matters to SQL date functions, and it is UTC.
        statements << QStringLiteral("SET NAMES utf8mb4")
                   << QStringLiteral("SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,"
                                     "NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,"
                                     "NO_ENGINE_SUBSTITUTION,PIPES_AS_CONCAT'")
                   << QStringLiteral("SET SESSION default_storage_engine = InnoDB")
                   << QStringLiteral("SET SESSION time_zone = '+00:00'");
        break;
    case DatabaseUrl::Backend::PostgreSQL:
        // client_min_messages hides "already exists, skipping" NOTICEs that
        // libpq would print straight to stderr.
        statements << QStringLiteral("SET client_encoding TO 'UTF8'")
                   << QStringLiteral("SET TIME ZONE 'UTC'")
                   << QStringLiteral("SET client_min_messages TO WARNING");
        break;
    }
    QSqlQuery query(db);
    for (const QString &sql : std::as_const(statements)) {
        if (!query.exec(sql))
            return Result<Done>::failure(ErrorCode::DatabaseError, DbError::report(query.lastError(), sql));
    }
    if (url.backend() == DatabaseUrl::Backend::SQLite && !url.isInMemory()) {
        // journal_mode answers with the mode it actually chose.
        if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next()
            && query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            qCWarning(lcDb).noquote() << "SQLite refused WAL mode for" << url.databaseName()
                                      << "- running in" << query.value(0).toString() << "mode";
    }
    return Result<Done>::success({});
}
