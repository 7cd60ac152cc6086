#pragma once

#include "common/result.h"

#include <QSqlError>
#include <QString>

// Turns driver errors into what stores return. Every backend names a
// duplicate key differently, so the knowledge lives in one place.
class DbError final
{
public:
    DbError() = delete;

    // Logs the error under torque.engine.db (with the statement, which holds
    // placeholders only) and returns the driver's text for a Result's detail.
    static QString report(const QSqlError &error, const QString &context);
    // A failure Result for an error that has no query, e.g. a failed COMMIT.
    template <typename T>
    static Result<T> failure(const QSqlError &error, const QString &context)
    {
        return Result<T>::failure(ErrorCode::DatabaseError, report(error, context));
    }
    // The database refused a duplicate in a UNIQUE index or primary key.
    static bool isUniqueViolation(const QSqlError &error);
    // The driver's text, the database's own text first.
    static QString text(const QSqlError &error);
};
