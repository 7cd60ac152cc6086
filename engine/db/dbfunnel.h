#pragma once

#include "engine/db/cdrrecord.h"
#include "engine/db/dbfunneloptions.h"
#include "engine/db/dbfunnelstatus.h"
#include "engine/db/numberstatusupdate.h"
#include "engine/db/pacingsamplerecord.h"
#include "engine/db/systemlogentry.h"

#include <QObject>

#include <memory>

class DbFunnelWorker;
class DbWriteQueue;

// The engine's write path to the database (ARCHITECTURE.md, "the hot path"):
// number status updates, CDRs, pacing samples and log lines are handed over
// here and written in batched transactions by a thread with its own
// connection. Handing a write over never waits on the database: it takes a
// brief lock (well under a microsecond), also while the server is down.
//
// Nothing accepted is lost: while the database is unreachable writes wait in
// memory and then in a journal on local disk, which is replayed after the
// database comes back and after an engine restart; a write is applied exactly
// once (each carries a sequence number; funnel_state records the last one
// committed, in the same transaction). When neither memory nor the journal can
// take more, writes are refused and counted in status().dropped, never
// silently. docs/dbfunnel.md has the design.
//
// enqueue() and status() may be called from any thread; start(), stop() and
// the destructor from the thread that owns the object.
class DbFunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbFunnel)

public:
    explicit DbFunnel(const DbFunnelOptions &options, QObject *parent = nullptr);
    // Stops (see stop()).
    ~DbFunnel() override;

    // Starts the thread: it replays what earlier runs left in the journal,
    // then writes what arrives. Writes enqueued before start() wait for it.
    void start();
    // Writes what it can within DbFunnelOptions::shutdownDrainMs, moves the
    // rest to the journal, and joins the thread. Later writes are refused.
    void stop();
    bool isRunning() const;

    // Each returns the write's sequence number, or 0 if it was refused.
    qint64 enqueue(const NumberStatusUpdate &update);
    qint64 enqueue(const CdrRecord &record);
    qint64 enqueue(std::shared_ptr<const CdrRecord> record);
    qint64 enqueue(const PacingSampleRecord &sample);
    // An invalid createdAt becomes the time of this call.
    qint64 enqueue(const SystemLogEntry &entry);
    qint64 updateNumberStatus(qint64 numberId, const QString &status, int attempts, qint64 lastUpdateMs);

    DbFunnelStatus status() const;
    // Every write accepted up to `seq` of this run, and every write earlier
    // runs left in the journal, is in the database.
    bool hasCommitted(qint64 seq) const;
    // This run's identity in funnel_state and in journal segments.
    qint64 runId() const { return m_runId; }
    // Blocks until nothing is pending or timeoutMs passes; true if drained.
    // For tests, benchmarks and tools, not for the engine's event loop.
    bool waitForDrained(int timeoutMs) const;

signals:
    // Connection or journal state changed, or a new lastError.
    void statusChanged(const DbFunnelStatus &status);
    // The journal cannot be written (full disk, unwritable directory).
    void journalFailed(const QString &error);
    // Writes were refused; total since start. At most once a second.
    void writesDropped(quint64 total);
    // The database refused writes (constraint, bad value); total since start.
    void writesRejected(quint64 total);

private:
    const DbFunnelOptions m_options;
    const qint64 m_runId;
    std::unique_ptr<DbWriteQueue> m_queue;
    std::unique_ptr<DbFunnelWorker> m_worker;
};
