#include "engine/db/mariadbtableconverter.h"

#include "common/protocol.h"
#include "engine/db/databaseinspector.h"
#include "engine/db/dberror.h"
#include "engine/db/dblogging.h"
#include "engine/db/dbquery.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace Protocol;

namespace {

// MariaDB/MySQL error numbers the conversion turns into clear answers.
const QString kLockWaitTimeout = QStringLiteral("1205");   // ER_LOCK_WAIT_TIMEOUT
const QString kQueryInterrupted = QStringLiteral("1317");  // ER_QUERY_INTERRUPTED (KILL QUERY)
const QStringList kForeignKeyErrors = {QStringLiteral("1217"), QStringLiteral("1451"),
                                       QStringLiteral("1452"), QStringLiteral("150")};

} // namespace

QString MariaDbTableConverter::canonicalEngine(const QString &engine)
{
    for (const QLatin1String name : {StorageEngineName::InnoDb, StorageEngineName::MyIsam}) {
        if (engine.compare(name, Qt::CaseInsensitive) == 0)
            return name;
    }
    return {};
}

std::optional<qint64> MariaDbTableConverter::connectionId(const QSqlDatabase &db)
{
    DbQuery query(db, QStringLiteral("SELECT CONNECTION_ID()"));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Result<bool> MariaDbTableConverter::convert(const QSqlDatabase &db, const QString &table,
                                            const QString &engine)
{
    const QString target = canonicalEngine(engine);
    if (target.isEmpty())
        return Result<bool>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("the engine must be InnoDB or MyISAM"),
                                     Key::StorageEngine);
    if (!DatabaseInspector::isSchemaTable(table))
        return Result<bool>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("not a table of Torque's schema"), Key::Table);

    DbQuery current(db, QStringLiteral("SELECT ENGINE FROM information_schema.TABLES "
                                       "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"));
    current.bind(table);
    if (!current.exec())
        return current.failure<bool>();
    if (!current.next())
        return Result<bool>::failure(ErrorCode::NotFound,
                                     QStringLiteral("this database has no table \"%1\"").arg(table));
    const QString engineNow = current.value(0).toString();
    current.finish();
    if (engineNow.compare(target, Qt::CaseInsensitive) == 0)
        return Result<bool>::success(false);

    if (target == StorageEngineName::MyIsam) {
        DbQuery keys(db, QStringLiteral("SELECT COUNT(*) FROM information_schema.REFERENTIAL_CONSTRAINTS "
                                        "WHERE CONSTRAINT_SCHEMA = DATABASE() "
                                        "AND (TABLE_NAME = ? OR REFERENCED_TABLE_NAME = ?)"));
        keys.bind(table).bind(table);
        if (!keys.exec())
            return keys.failure<bool>();
        if (keys.next() && keys.value(0).toLongLong() > 0)
            return Result<bool>::failure(
                ErrorCode::InvalidField,
                QStringLiteral("\"%1\" takes part in foreign keys, which MyISAM does not have; "
                               "it stays InnoDB").arg(table),
                Key::StorageEngine);
    }

    // Without this the ALTER could wait a day (the default) for a table that
    // another connection holds, and every query on it would queue behind it.
    if (const Result<Done> set = DbQuery::execute(
            db, QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(LockWaitSeconds));
        !set)
        return Result<bool>::failure(set.error(), set.detail());

    // Both names come from fixed lists, checked above: never the client's text.
    const QString sql = QStringLiteral("ALTER TABLE `%1` ENGINE = %2").arg(table, target);
    qCInfo(lcDb).noquote() << "converting" << table << "from" << engineNow << "to" << target;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery alter(db);
    if (alter.exec(sql)) {
        qCInfo(lcDb).noquote() << "converted" << table << "to" << target << "in"
                               << timer.elapsed() << "ms";
        return Result<bool>::success(true);
    }
    const QSqlError error = alter.lastError();
    const QString code = error.nativeErrorCode();
    qCWarning(lcDb).noquote() << "converting" << table << "to" << target << "failed:"
                              << DbError::text(error) << "| native code" << code;
    if (code == kLockWaitTimeout)
        return Result<bool>::failure(
            ErrorCode::Conflict,
            QStringLiteral("the table \"%1\" is busy: another connection holds a lock on it; gave up "
                           "after %2 s, nothing was changed").arg(table).arg(LockWaitSeconds));
    if (kForeignKeyErrors.contains(code))
        return Result<bool>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("\"%1\" takes part in foreign keys: %2")
                                         .arg(table, DbError::text(error)),
                                     Key::StorageEngine);
    if (code == kQueryInterrupted)
        return Result<bool>::failure(ErrorCode::DatabaseError,
                                     QStringLiteral("the conversion of \"%1\" was interrupted; "
                                                    "nothing was changed").arg(table));
    return Result<bool>::failure(ErrorCode::DatabaseError, DbError::text(error));
}

std::optional<DatabaseConversion> MariaDbTableConverter::progress(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT STAGE, MAX_STAGE, PROGRESS, COALESCE(STATE, ''), "
                                      "COALESCE(INFO, '') FROM information_schema.PROCESSLIST "
                                      "WHERE ID = ?")))
        return std::nullopt;
    query.addBindValue(id);
    if (!query.exec() || !query.next() || query.value(4).toString().isEmpty())
        return std::nullopt;
    DatabaseConversion conversion;
    conversion.stage = query.value(0).toInt();
    conversion.maxStage = query.value(1).toInt();
    conversion.detail = query.value(3).toString();
    const double stagePercent = qBound(0.0, query.value(2).toDouble(), 100.0);
    // PROGRESS is per stage: stage 2 of 2 at 50 % is 75 % of the whole.
    if (conversion.maxStage > 0 && conversion.stage > 0)
        conversion.percent = ((conversion.stage - 1) * 100.0 + stagePercent) / conversion.maxStage;
    else
        conversion.percent = stagePercent;
    return conversion;
}

void MariaDbTableConverter::cancel(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery query(db);
    // KILL takes no placeholders; the id is a number the server gave us.
    if (!query.exec(QStringLiteral("KILL QUERY %1").arg(id)))
        qCInfo(lcDb).noquote() << "could not interrupt connection" << id << ":"
                               << DbError::text(query.lastError());
}
