#include "engine/db/sqlworkerthread.h"

#include "engine/db/database.h"
#include "engine/db/dbquery.h"
#include "engine/db/dblogging.h"

#include <QAtomicInt>
#include <QObject>
#include <QThread>

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("torque-sql-worker-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

SqlWorkerThread::SqlWorkerThread(DatabaseUrl url, QStringList sessionSql)
    : m_url(std::move(url))
    , m_sessionSql(std::move(sessionSql))
    , m_connectionName(uniqueConnectionName())
{
}

SqlWorkerThread::~SqlWorkerThread()
{
    stop();
}

bool SqlWorkerThread::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SqlWorkerThread::post(Task task)
{
    if (m_stopped)
        return;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(m_connectionName);
        m_context = new QObject;
        m_context->moveToThread(m_thread);
        m_thread->start();
    }
    QMetaObject::invokeMethod(
        m_context,
        [this, task = std::move(task)] {
            if (!task(connection()))
                closeConnection();
        },
        Qt::QueuedConnection);
}

void SqlWorkerThread::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (!m_thread)
        return;
    // Queued behind every task already posted, so they all run first.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            closeConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_context;
    m_context = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

Result<QSqlDatabase> SqlWorkerThread::connection()
{
    if (m_open)
        return Result<QSqlDatabase>::success(QSqlDatabase::database(m_connectionName, false));
    Result<QSqlDatabase> db = Database::open(m_url, m_connectionName);
    if (!db)
        return db;
    for (const QString &sql : std::as_const(m_sessionSql)) {
        // Optional tuning (a variable an older server lacks is not fatal).
        if (const Result<Done> done = DbQuery::execute(db.value(), sql); !done)
            qCInfo(lcDb).noquote() << "worker session setting skipped:" << done.detail();
    }
    m_open = true;
    return db;
}

void SqlWorkerThread::closeConnection()
{
    if (!m_open)
        return;
    m_open = false;
    Database::close(m_connectionName);
}
