#include "engine/db/dbfunnel.h"

#include "engine/db/dbfunnelworker.h"
#include "engine/db/dblogging.h"
#include "engine/db/dbwritequeue.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>

namespace {

// Random, so that runs never collide, even across engines and clock jumps;
// 63 bits so it fits a signed BIGINT.
qint64 newRunId()
{
    qint64 id = 0;
    while (id == 0)
        id = qint64(QRandomGenerator::system()->generate64() >> 1);
    return id;
}

DbFunnelOptions checked(DbFunnelOptions options)
{
    options.funnelName = options.funnelName.left(100);
    options.memoryLimit = std::max<qint64>(1, options.memoryLimit);
    options.hardLimit = std::max(options.hardLimit, options.memoryLimit);
    options.minBatchRows = std::max(1, options.minBatchRows);
    options.maxBatchRows = std::max(options.minBatchRows, options.maxBatchRows);
    options.flushIntervalMs = std::max(1, options.flushIntervalMs);
    options.reconnectMinMs = std::max(1, options.reconnectMinMs);
    options.reconnectMaxMs = std::max(options.reconnectMinMs, options.reconnectMaxMs);
    options.statusIntervalMs = std::max(10, options.statusIntervalMs);
    return options;
}

} // namespace

DbFunnel::DbFunnel(const DbFunnelOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(checked(options))
    , m_runId(newRunId())
    , m_queue(std::make_unique<DbWriteQueue>(m_options.hardLimit))
    , m_worker(std::make_unique<DbFunnelWorker>(m_options, *m_queue, m_runId))
{
    qRegisterMetaType<DbFunnelStatus>();
    connect(m_worker.get(), &DbFunnelWorker::statusChanged, this, &DbFunnel::statusChanged);
    connect(m_worker.get(), &DbFunnelWorker::journalFailed, this, &DbFunnel::journalFailed);
    connect(m_worker.get(), &DbFunnelWorker::writesDropped, this, &DbFunnel::writesDropped);
    connect(m_worker.get(), &DbFunnelWorker::writesRejected, this, &DbFunnel::writesRejected);
}

DbFunnel::~DbFunnel()
{
    stop();
}

void DbFunnel::start()
{
    if (m_worker->isRunning() || m_queue->isClosed())
        return;
    qCInfo(lcDb).noquote() << "funnel: starting run" << QString::number(m_runId, 16) << "on"
                           << m_options.url.redacted();
    m_worker->start();
    m_worker->waitUntilReady();
}

void DbFunnel::stop()
{
    m_queue->close();
    if (m_worker->isRunning()) {
        m_worker->wait();
    } else if (!m_worker->isFinished() && m_queue->memoryCount() > 0) {
        // Never started: nothing will write or journal what was queued.
        const qint64 lost = m_queue->memoryCount();
        qCCritical(lcDb) << "funnel: destroyed before start() with" << lost << "writes queued; they are lost";
        m_queue->addRefused(quint64(lost));
        m_queue->release(lost);
    }
}

bool DbFunnel::isRunning() const
{
    return m_worker->isRunning();
}

qint64 DbFunnel::enqueue(const NumberStatusUpdate &update)
{
    return m_queue->push(DbWrite::Payload(update));
}

qint64 DbFunnel::updateNumberStatus(qint64 numberId, const QString &status, int attempts, qint64 lastUpdateMs)
{
    return m_queue->push(DbWrite::Payload(NumberStatusUpdate{numberId, status, attempts, lastUpdateMs}));
}

qint64 DbFunnel::enqueue(const CdrRecord &record)
{
    return enqueue(std::make_shared<const CdrRecord>(record));
}

qint64 DbFunnel::enqueue(std::shared_ptr<const CdrRecord> record)
{
    if (!record)
        return 0;
    return m_queue->push(DbWrite::Payload(std::move(record)));
}

qint64 DbFunnel::enqueue(const PacingSampleRecord &sample)
{
    return m_queue->push(DbWrite::Payload(std::make_shared<const PacingSampleRecord>(sample)));
}

qint64 DbFunnel::enqueue(const SystemLogEntry &entry)
{
    auto copy = std::make_shared<SystemLogEntry>(entry);
    // The time of the event, not of a write that may come after an outage.
    if (!copy->createdAt.isValid())
        copy->createdAt = QDateTime::currentDateTimeUtc();
    return m_queue->push(DbWrite::Payload(std::shared_ptr<const SystemLogEntry>(std::move(copy))));
}

bool DbFunnel::hasCommitted(qint64 seq) const
{
    const DbFunnelStatus s = status();
    return s.committed >= seq && s.journalBacklog == 0;
}

DbFunnelStatus DbFunnel::status() const
{
    return m_worker->snapshot();
}

bool DbFunnel::waitForDrained(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (m_worker->snapshot().backlog == 0)
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(2);
    }
}
