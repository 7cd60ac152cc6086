#include "engine/db/sqltransaction.h"

#include "engine/db/dberror.h"

#include <QSqlQuery>

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        rollback();
}

bool SqlTransaction::isSqlite() const
{
    return m_db.driverName() == QLatin1String("QSQLITE");
}

Result<Done> SqlTransaction::begin()
{
    if (m_active)
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("transaction already open"));
    if (isSqlite()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return DbError::failure<Done>(query.lastError(), QStringLiteral("BEGIN IMMEDIATE"));
    } else if (!m_db.transaction()) {
        return DbError::failure<Done>(m_db.lastError(), QStringLiteral("BEGIN"));
    }
    m_active = true;
    return Result<Done>::success({});
}

Result<Done> SqlTransaction::commit()
{
    if (!m_active)
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("no transaction to commit"));
    if (isSqlite()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const Result<Done> failed = DbError::failure<Done>(query.lastError(), QStringLiteral("COMMIT"));
            rollback();
            return failed;
        }
    } else if (!m_db.commit()) {
        const Result<Done> failed = DbError::failure<Done>(m_db.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return failed;
    }
    m_active = false;
    return Result<Done>::success({});
}

void SqlTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (isSqlite()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("ROLLBACK")))
            DbError::report(query.lastError(), QStringLiteral("ROLLBACK"));
    } else if (!m_db.rollback()) {
        DbError::report(m_db.lastError(), QStringLiteral("ROLLBACK"));
    }
}
