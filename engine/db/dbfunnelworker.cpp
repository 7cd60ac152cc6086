#include "engine/db/dbfunnelworker.h"

#include "engine/db/dbfunnelapplier.h"
#include "engine/db/dbfunneljournal.h"
#include "engine/db/dblogging.h"
#include "engine/db/dbwritebuffer.h"
#include "engine/db/dbwritequeue.h"

#include <QDateTime>

#include <algorithm>

namespace {

// Writes moved to the journal per write(2): bounds the staging buffer.
constexpr qint64 SpillPiece = 20'000;
constexpr qint64 RateWindowMs = 2000;
constexpr qint64 DropReportIntervalMs = 1000;

} // namespace

DbFunnelWorker::DbFunnelWorker(const DbFunnelOptions &options, DbWriteQueue &queue, qint64 runId, QObject *parent)
    : QThread(parent)
    , m_options(options)
    , m_queue(queue)
    , m_runId(runId)
{
    setObjectName(QStringLiteral("DbFunnel"));
    m_status.runId = runId;
    m_status.journal = options.journalDirectory.isEmpty() ? DbFunnelStatus::Journal::Disabled
                                                          : DbFunnelStatus::Journal::Idle;
}

DbFunnelWorker::~DbFunnelWorker() = default;

void DbFunnelWorker::waitUntilReady()
{
    // The journal scan is done before start() returns, so that the backlog
    // of earlier runs shows in status() from the first call on.
    m_ready.acquire();
    m_ready.release();
}

DbFunnelStatus DbFunnelWorker::snapshot() const
{
    DbFunnelStatus status;
    {
        QMutexLocker locker(&m_statusMutex);
        status = m_status;
    }
    status.memoryBacklog = m_queue.memoryCount();
    status.journalBacklog = m_journalPending.load(std::memory_order_relaxed);
    status.journalBytes = m_journalBytes.load(std::memory_order_relaxed);
    status.backlog = status.memoryBacklog + status.journalBacklog;
    status.accepted = m_queue.lastSeq();
    status.applied = m_applied.load(std::memory_order_relaxed);
    status.durable = std::max(m_appliedCurrent.load(std::memory_order_relaxed),
                              m_syncedSeq.load(std::memory_order_relaxed));
    status.committed = m_appliedCurrent.load(std::memory_order_relaxed);
    status.rejected = m_rejected.load(std::memory_order_relaxed);
    status.dropped = m_queue.refused();
    return status;
}

void DbFunnelWorker::run()
{
    m_clock.start();
    m_memory = std::make_unique<DbWriteBuffer>(m_queue);
    m_queue.setWakeThreshold(m_options.minBatchRows);
    m_reconnectDelayMs = m_options.reconnectMinMs;
    m_applier = std::make_unique<DbFunnelApplier>(m_options, m_runId);
    openJournal();
    m_rateWindow.emplace_back(0, 0);
    m_ready.release();
    setConnection(DbFunnelStatus::Connection::Connecting);

    for (;;) {
        takeInbound();
        const bool stopping = m_queue.isClosed();
        if (stopping && m_stopDeadline < 0)
            m_stopDeadline = now() + m_options.shutdownDrainMs;
        if (!m_connected && now() >= m_nextConnectAt && !(stopping && m_nextConnectAt > 0))
            tryConnect();
        manageJournal(stopping);
        bool wrote = false;
        if (m_connected && hasPending() && (stopping || readyToWrite()))
            wrote = writeBatch();
        tick(false);
        if (stopping) {
            if (!hasPending() || !m_connected || now() >= m_stopDeadline)
                break;
            continue;
        }
        if (wrote && m_connected && readyToWrite())
            continue;
        m_queue.waitForWrites(waitMs());
    }
    finish();
}

bool DbFunnelWorker::hasPending() const
{
    return !m_memory->isEmpty() || (m_journal && m_journal->hasPending());
}

void DbFunnelWorker::takeInbound()
{
    qint64 count = 0;
    DbWriteChunk *chain = m_queue.takeAll(&count);
    m_memory->append(chain, count);
}

// ---------------------------------------------------------------- journal

void DbFunnelWorker::openJournal()
{
    if (m_options.journalDirectory.isEmpty()) {
        qCInfo(lcDb) << "funnel: no journal directory; writes wait in memory only";
        return;
    }
    m_journal = std::make_unique<DbFunnelJournal>(m_options.journalDirectory, m_runId,
                                                  m_options.journalSegmentBytes);
    const Result<Done> opened = m_journal->open();
    m_journalPending = m_journal->pendingRecords();
    m_journalBytes = m_journal->pendingBytes();
    if (const QString damage = m_journal->takeDamageReport(); !damage.isEmpty()) {
        qCCritical(lcDb).noquote() << "funnel:" << damage;
        setError(damage);
    }
    m_journalHealthy = true;  // so that journalBroke() reports the transition
    if (!opened)
        journalBroke(opened.detail());
    updateJournalState();
}

bool DbFunnelWorker::journalWritable()
{
    if (!m_journal)
        return false;
    return m_journalHealthy || now() >= m_journalRetryAt;
}

void DbFunnelWorker::manageJournal(bool stopping)
{
    if (!m_journal)
        return;
    const qint64 held = m_memory->size();
    qint64 count = 0;
    if (m_options.writeAhead || stopping || (!m_connected && m_options.journalWhileDisconnected))
        count = held;
    else if (held > m_options.memoryLimit)
        // Down to three quarters, so that the journal is not touched for
        // every write that arrives while memory sits at the limit.
        count = held - m_options.memoryLimit * 3 / 4;
    if (count > 0 && journalWritable())
        spill(count);
    syncJournal(stopping);
}

bool DbFunnelWorker::spill(qint64 count)
{
    while (count > 0) {
        const qint64 piece = std::min(count, SpillPiece);
        m_memory->visitFront(piece, [this](const DbWrite &write) { m_journal->stage(write); });
        if (const Result<Done> written = m_journal->writeStaged(); !written) {
            journalBroke(written.detail());
            return false;
        }
        m_journalPending = m_journal->pendingRecords();
        m_journalBytes = m_journal->pendingBytes();
        m_memory->popFront(piece);
        m_queue.release(piece);
        count -= piece;
    }
    if (!m_journalHealthy)
        journalRecovered();
    updateJournalState();
    return true;
}

void DbFunnelWorker::syncJournal(bool force)
{
    if (!m_journal || !m_journal->hasUnsynced())
        return;
    if (!force && now() - m_lastSyncAt < m_options.journalSyncIntervalMs)
        return;
    m_lastSyncAt = now();
    if (const Result<Done> synced = m_journal->sync(); !synced) {
        journalBroke(synced.detail());
        return;
    }
    m_syncedSeq = m_journal->syncedSeq();
}

void DbFunnelWorker::journalBroke(const QString &detail)
{
    m_journalRetryAt = now() + m_options.journalRetryMs;
    const QString message = QStringLiteral("journal: %1").arg(detail);
    if (!m_journalHealthy) {
        qCDebug(lcDb).noquote() << "funnel: still failing:" << message;
        return;
    }
    m_journalHealthy = false;
    qCCritical(lcDb).noquote() << "funnel:" << message << "- writes stay in memory (up to"
                               << m_queue.hardLimit() << ") until the journal can be written";
    setError(message);
    updateJournalState();
    emit journalFailed(message);
}

void DbFunnelWorker::journalRecovered()
{
    m_journalHealthy = true;
    qCInfo(lcDb) << "funnel: the journal can be written again";
    updateJournalState();
}

void DbFunnelWorker::updateJournalState()
{
    DbFunnelStatus::Journal state = DbFunnelStatus::Journal::Disabled;
    if (m_journal) {
        if (!m_journalHealthy)
            state = DbFunnelStatus::Journal::Failed;
        else
            state = m_journal->hasPending() ? DbFunnelStatus::Journal::Active : DbFunnelStatus::Journal::Idle;
    }
    {
        QMutexLocker locker(&m_statusMutex);
        if (m_status.journal == state)
            return;
        m_status.journal = state;
    }
    publish();
}

// ---------------------------------------------------------------- connection

void DbFunnelWorker::tryConnect()
{
    const QList<qint64> runs = m_journal ? m_journal->pendingRunIds() : QList<qint64>();
    if (const Result<Done> connected = m_applier->connect(runs); !connected) {
        connectionLost(connected.detail());
        return;
    }
    m_connected = true;
    m_reconnectDelayMs = m_options.reconnectMinMs;
    m_appliedCurrent = m_applier->appliedSeq(m_runId);
    qCInfo(lcDb).noquote() << "funnel: connected to" << m_options.url.redacted();
    setConnection(DbFunnelStatus::Connection::Connected);
}

void DbFunnelWorker::connectionLost(const QString &detail)
{
    m_applier->disconnect();
    m_connected = false;
    m_nextConnectAt = now() + m_reconnectDelayMs;
    qCWarning(lcDb).noquote() << "funnel: database unavailable, retrying in" << m_reconnectDelayMs << "ms:" << detail;
    m_reconnectDelayMs = std::min(m_reconnectDelayMs * 2, m_options.reconnectMaxMs);
    setError(detail);
    setConnection(DbFunnelStatus::Connection::Disconnected);
}

// ---------------------------------------------------------------- batches

bool DbFunnelWorker::readyToWrite() const
{
    if (m_journal && m_journal->hasPending())
        return true;
    if (m_memory->size() >= m_options.minBatchRows)
        return true;
    return !m_memory->isEmpty() && now() - m_lastWriteAt >= m_options.flushIntervalMs;
}

int DbFunnelWorker::waitMs() const
{
    qint64 wait = m_options.statusIntervalMs;
    if (m_connected && hasPending())
        wait = std::min<qint64>(wait, m_lastWriteAt + m_options.flushIntervalMs - now());
    if (!m_connected)
        wait = std::min(wait, m_nextConnectAt - now());
    if (m_journal && m_journal->hasUnsynced())
        wait = std::min<qint64>(wait, m_lastSyncAt + m_options.journalSyncIntervalMs - now());
    return int(std::clamp<qint64>(wait, 1, m_options.statusIntervalMs));
}

bool DbFunnelWorker::writeBatch()
{
    // The oldest writes first: the journal (always older) before memory.
    DbFunnelJournal::Batch fromJournal;
    std::vector<const DbWrite *> writes;
    const bool useJournal = m_journal && m_journal->hasPending();
    qint64 runId = m_runId;
    if (useJournal) {
        Result<DbFunnelJournal::Batch> peeked = m_journal->peek(int(m_applier->batchTarget()));
        if (const QString damage = m_journal->takeDamageReport(); !damage.isEmpty())
            setError(damage);
        if (!peeked) {
            journalBroke(peeked.detail());
            return false;
        }
        fromJournal = peeked.takeValue();
        runId = fromJournal.runId;
        writes.reserve(fromJournal.writes.size());
        for (const DbWrite &write : fromJournal.writes)
            writes.push_back(&write);
        if (writes.empty()) {
            m_journalPending = m_journal->pendingRecords();
            updateJournalState();
            return false;
        }
    } else {
        const qint64 count = std::min(m_memory->size(), m_applier->batchTarget());
        writes.reserve(count);
        m_memory->visitFront(count, [&writes](const DbWrite &write) { writes.push_back(&write); });
    }

    const DbFunnelApplier::Outcome outcome = m_applier->apply(runId, writes);
    m_applied += outcome.written;
    if (!outcome.rejections.isEmpty()) {
        m_rejected += quint64(outcome.rejections.size());
        setError(outcome.rejections.last());
    }
    if (!outcome.connected) {
        connectionLost(outcome.error);
        return false;
    }
    if (runId == m_runId)
        m_appliedCurrent = m_applier->appliedSeq(m_runId);

    if (useJournal) {
        m_journal->consume(fromJournal);
        m_journalPending = m_journal->pendingRecords();
        m_journalBytes = m_journal->pendingBytes();
        if (!m_journal->hasPending() && !m_options.writeAhead)
            m_journal->retireIfDrained();
        updateJournalState();
    } else {
        m_memory->popFront(qint64(writes.size()));
        m_queue.release(qint64(writes.size()));
    }
    m_lastWriteAt = now();
    return true;
}

// ---------------------------------------------------------------- stop, status

void DbFunnelWorker::finish()
{
    takeInbound();
    // Whatever the database did not take goes to the journal: a clean
    // stop never loses a write unless the journal cannot be written.
    if (m_journal && !m_memory->isEmpty())
        spill(m_memory->size());
    syncJournal(true);
    if (!m_memory->isEmpty()) {
        const qint64 lost = m_memory->size();
        const QString message = QStringLiteral("stopped with %1 writes neither in the database nor in a journal; "
                                               "they are lost")
                                    .arg(lost);
        qCCritical(lcDb).noquote() << "funnel:" << message;
        m_queue.addRefused(quint64(lost));
        m_memory->popFront(lost);
        m_queue.release(lost);
        m_reportedDropped = m_queue.refused();
        setError(message);
        emit writesDropped(m_reportedDropped);
    }
    if (m_journal && !m_journal->hasPending())
        m_journal->retireIfDrained();
    m_applier.reset();
    m_connected = false;
    m_journal.reset();
    m_memory.reset();
    tick(true);
    setConnection(DbFunnelStatus::Connection::Stopped);
}

void DbFunnelWorker::tick(bool force)
{
    const qint64 t = now();
    if (!force && t - m_lastTickAt < m_options.statusIntervalMs)
        return;
    m_lastTickAt = t;
    const qint64 applied = m_applied.load(std::memory_order_relaxed);
    m_rateWindow.emplace_back(t, applied);
    while (m_rateWindow.size() > 2 && t - m_rateWindow.front().first > RateWindowMs)
        m_rateWindow.pop_front();
    double rate = 0;
    if (m_rateWindow.size() >= 2 && t > m_rateWindow.front().first)
        rate = double(applied - m_rateWindow.front().second) * 1000.0 / double(t - m_rateWindow.front().first);
    {
        QMutexLocker locker(&m_statusMutex);
        m_status.rowsPerSecond = rate;
    }

    const quint64 dropped = m_queue.refused();
    if (dropped > m_reportedDropped && (force || t - m_lastDropReportAt >= DropReportIntervalMs)) {
        const QString message = QStringLiteral("%1 writes refused since start: memory is full (%2 writes) and "
                                               "the journal cannot take them")
                                    .arg(dropped)
                                    .arg(m_queue.memoryCount());
        qCCritical(lcDb).noquote() << "funnel:" << message;
        m_reportedDropped = dropped;
        m_lastDropReportAt = t;
        setError(message);
        emit writesDropped(dropped);
    }
    const quint64 rejected = m_rejected.load(std::memory_order_relaxed);
    if (rejected > m_reportedRejected) {
        m_reportedRejected = rejected;
        emit writesRejected(rejected);
    }
}

void DbFunnelWorker::setConnection(DbFunnelStatus::Connection connection)
{
    {
        QMutexLocker locker(&m_statusMutex);
        if (m_status.connection == connection)
            return;
        m_status.connection = connection;
    }
    publish();
}

void DbFunnelWorker::setError(const QString &detail)
{
    {
        QMutexLocker locker(&m_statusMutex);
        m_status.lastError = detail;
        m_status.lastErrorAt = QDateTime::currentDateTimeUtc();
    }
    publish();
}

void DbFunnelWorker::publish()
{
    emit statusChanged(snapshot());
}
