#pragma once

#include "common/result.h"
#include "engine/db/databaseurl.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QObject;
class QThread;

// A thread with a database connection of its own, for SQL that may take a
// while or wait on a lock (status figures, ALTER TABLE) and so must not run
// on the engine's event loop. Tasks run one after another in the order they
// were posted. The connection is opened on the first task (plus the session
// statements given, e.g. short lock waits) and again after a task reported
// it unusable. The thread starts with the first task.
class SqlWorkerThread final
{
public:
    // Gets the connection (or why it could not be opened); returns false when
    // the connection should be closed (lost, or only needed for this task).
    using Task = std::function<bool(const Result<QSqlDatabase> &db)>;

    SqlWorkerThread(DatabaseUrl url, QStringList sessionSql);
    ~SqlWorkerThread();
    Q_DISABLE_COPY_MOVE(SqlWorkerThread)

    void post(Task task);
    // Lets the tasks already posted finish, closes the connection and ends
    // the thread. Blocks until then.
    void stop();
    bool isRunning() const;

private:
    Result<QSqlDatabase> connection();
    void closeConnection();

    DatabaseUrl m_url;
    QStringList m_sessionSql;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; tasks run as its events
    bool m_open = false;          // touched in m_thread only
    bool m_stopped = false;
};
