#pragma once

#include "common/result.h"
#include "engine/db/databaseurl.h"

#include <QSqlDatabase>
#include <QString>

// Opens named connections set up the way every store expects: SQLite in WAL
// mode with foreign keys on and a busy timeout; MariaDB with utf8mb4, strict
// SQL mode, InnoDB and UTC; PostgreSQL with UTF8 and UTC. A QSqlDatabase
// belongs to the thread that opened it, so each thread opens its own name.
class Database final
{
public:
    Database() = delete;

    // How long SQLite waits for another connection's write lock, and how long
    // a server connection attempt may take, before giving up.
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr int ConnectTimeoutSeconds = 5;

    // Fails with ErrorCode::DatabaseError (the driver's text, URL redacted) if
    // the driver is missing, the server refuses, or the session set-up fails;
    // ErrorCode::Internal if connectionName is already in use.
    // ioTimeoutSeconds > 0 bounds how long a query may wait on a server that
    // stopped answering without closing the connection (a network partition):
    // read/write time-outs on MariaDB, TCP keepalives and tcp_user_timeout on
    // PostgreSQL. Only for connections whose statements are always short (the
    // database funnel's batches): a long ALTER or import must not be cut off.
    static Result<QSqlDatabase> open(const DatabaseUrl &url, const QString &connectionName,
                                     int ioTimeoutSeconds = 0);
    // Closes and forgets the connection. Drop every QSqlDatabase/QSqlQuery
    // copy of it first, or Qt warns that it is still in use.
    static void close(const QString &connectionName);

private:
    static Result<Done> prepareSqliteFile(const DatabaseUrl &url);
    static Result<Done> configureSession(QSqlDatabase &db, const DatabaseUrl &url);
};
