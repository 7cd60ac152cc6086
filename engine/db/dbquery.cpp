#include "engine/db/dbquery.h"

#include "engine/db/dberror.h"

#include <QSqlError>

DbQuery::DbQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    // Stores read their rows once, front to back; forward-only saves the
    // drivers from caching whole result sets.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

DbQuery &DbQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Result<Done> DbQuery::exec()
{
    if (m_prepared && m_query.exec()) {
        m_errorCode = ErrorCode::None;
        m_errorDetail.clear();
        return Result<Done>::success({});
    }
    const QSqlError error = m_query.lastError();
    m_errorCode = DbError::isUniqueViolation(error) ? ErrorCode::Conflict : ErrorCode::DatabaseError;
    m_errorDetail = DbError::report(error, m_sql);
    return Result<Done>::failure(m_errorCode, m_errorDetail);
}

Result<Done> DbQuery::execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return Result<Done>::success({});
    const QSqlError error = query.lastError();
    const ErrorCode code = DbError::isUniqueViolation(error) ? ErrorCode::Conflict : ErrorCode::DatabaseError;
    return Result<Done>::failure(code, DbError::report(error, sql));
}

qint64 DbQuery::lastInsertId() const
{
    return m_query.lastInsertId().toLongLong();
}

Result<std::optional<qint64>> DbQuery::findId(const QSqlDatabase &db, const QString &sql, const QVariant &value)
{
    DbQuery query(db, sql);
    query.bind(value);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<qint64>>();
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return Result<std::optional<qint64>>::success(id);
}
