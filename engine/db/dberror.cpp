#include "engine/db/dberror.h"

#include "engine/db/dblogging.h"

QString DbError::text(const QSqlError &error)
{
    const QString database = error.databaseText().trimmed();
    const QString driver = error.driverText().trimmed();
    if (database.isEmpty())
        return driver.isEmpty() ? QStringLiteral("unknown database error") : driver;
    if (driver.isEmpty() || database.contains(driver))
        return database;
    return database + QStringLiteral(" (") + driver + QLatin1Char(')');
}

QString DbError::report(const QSqlError &error, const QString &context)
{
    const QString detail = text(error);
    qCWarning(lcDb).noquote() << "SQL error:" << detail << "| native code"
                              << error.nativeErrorCode() << "|" << context.simplified();
    return detail;
}

bool DbError::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // MariaDB/MySQL ER_DUP_ENTRY and ER_DUP_ENTRY_WITH_KEY_NAME.
    if (code == QLatin1String("1062") || code == QLatin1String("1586"))
        return true;
    // PostgreSQL SQLSTATE unique_violation.
    if (code == QLatin1String("23505"))
        return true;
    // SQLite: extended codes SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY, or the
    // primary SQLITE_CONSTRAINT whose message tells the kind.
    if (code == QLatin1String("2067") || code == QLatin1String("1555"))
        return true;
    return code == QLatin1String("19")
        && error.databaseText().contains(QLatin1String("UNIQUE constraint failed"));
}
