#pragma once

#include "common/result.h"

#include <QSqlDatabase>

// A transaction that rolls back unless committed, so every early return of a
// store leaves the database as it was. On SQLite it starts with BEGIN
// IMMEDIATE: a deferred BEGIN that later writes can fail with SQLITE_BUSY
// without waiting (the busy timeout does not apply to lock upgrades), and
// taking the write lock first makes check-then-write sequences safe.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    Result<Done> begin();
    Result<Done> commit();
    void rollback();

private:
    bool isSqlite() const;

    QSqlDatabase m_db;
    bool m_active = false;
};
