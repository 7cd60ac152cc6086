#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

// One prepared statement with the stores' error handling: values are bound
// positionally (?), never spliced into the SQL; a failure is logged under
// torque.engine.db with the SQL (placeholders only, never the values) and
// becomes ErrorCode::DatabaseError carrying the driver's text, or
// ErrorCode::Conflict when the database refused a duplicate key.
class DbQuery final
{
public:
    explicit DbQuery(const QSqlDatabase &db, const QString &sql);

    DbQuery &bind(const QVariant &value);
    // Runs the statement; prepare errors surface here too.
    Result<Done> exec();

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // Releases the result set so that a later COMMIT or DDL does not wait on it.
    void finish() { m_query.finish(); }

    // The failure of the last exec(), as a Result of any type.
    template <typename T>
    Result<T> failure() const
    {
        return Result<T>::failure(m_errorCode, m_errorDetail);
    }

    // The first column of the first row `sql` finds for `value` (an id), if any.
    static Result<std::optional<qint64>> findId(const QSqlDatabase &db, const QString &sql,
                                               const QVariant &value);

    // Runs fixed SQL that takes no values (DDL, LOCK TABLE) without
    // preparing it: PostgreSQL can only prepare SELECT/INSERT/UPDATE/DELETE.
    static Result<Done> execute(const QSqlDatabase &db, const QString &sql);

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    ErrorCode m_errorCode = ErrorCode::None;
    QString m_errorDetail;
};
