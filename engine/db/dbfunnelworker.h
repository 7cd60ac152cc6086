#pragma once

#include "engine/db/dbfunneloptions.h"
#include "engine/db/dbfunnelstatus.h"
#include "engine/db/dbwrite.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <deque>
#include <memory>

class DbFunnelApplier;
class DbFunnelJournal;
class DbWriteBuffer;
class DbWriteQueue;

// The DbFunnel's thread. It owns the funnel's database side (DbFunnelApplier,
// whose connection is opened, used and closed on this thread only) and its
// journal, and runs one loop:
// take what callers queued, move the oldest writes to the journal when memory
// is over its limit (or always, in write-ahead mode, or while the database is
// unreachable), write the oldest pending writes in one transaction, sleep
// until the next flush or until a batch' worth has arrived. See
// docs/dbfunnel.md for the rules that keep every write exactly once.
class DbFunnelWorker final : public QThread
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DbFunnelWorker)

public:
    DbFunnelWorker(const DbFunnelOptions &options, DbWriteQueue &queue, qint64 runId, QObject *parent = nullptr);
    ~DbFunnelWorker() override;

    // Any thread.
    DbFunnelStatus snapshot() const;
    // After start(): returns once the journal has been opened and scanned.
    void waitUntilReady();

signals:
    void statusChanged(const DbFunnelStatus &status);
    void journalFailed(const QString &error);
    void writesDropped(quint64 total);
    void writesRejected(quint64 total);

protected:
    void run() override;

private:
    qint64 now() const { return m_clock.elapsed(); }
    bool hasPending() const;
    void takeInbound();

    void openJournal();
    void manageJournal(bool stopping);
    bool journalWritable();
    bool spill(qint64 count);
    void syncJournal(bool force);
    void journalBroke(const QString &detail);
    void journalRecovered();
    void updateJournalState();

    void tryConnect();
    void connectionLost(const QString &detail);

    bool readyToWrite() const;
    int waitMs() const;
    bool writeBatch();

    void finish();
    void tick(bool force);
    void setConnection(DbFunnelStatus::Connection connection);
    void setError(const QString &detail);
    void publish();

    const DbFunnelOptions m_options;
    DbWriteQueue &m_queue;
    const qint64 m_runId;

    // Funnel thread only.
    QElapsedTimer m_clock;
    std::unique_ptr<DbWriteBuffer> m_memory;
    std::unique_ptr<DbFunnelJournal> m_journal;
    bool m_journalHealthy = false;
    qint64 m_journalRetryAt = 0;
    qint64 m_lastSyncAt = 0;
    std::unique_ptr<DbFunnelApplier> m_applier;
    bool m_connected = false;
    qint64 m_nextConnectAt = 0;
    int m_reconnectDelayMs = 0;
    qint64 m_lastWriteAt = 0;
    qint64 m_stopDeadline = -1;
    qint64 m_lastTickAt = 0;
    std::deque<std::pair<qint64, qint64>> m_rateWindow;  // (ms, applied)
    quint64 m_reportedDropped = 0;
    quint64 m_reportedRejected = 0;
    qint64 m_lastDropReportAt = -1000000;

    // Read by snapshot() from any thread.
    std::atomic<qint64> m_applied{0};
    std::atomic<quint64> m_rejected{0};
    std::atomic<qint64> m_appliedCurrent{0};
    std::atomic<qint64> m_syncedSeq{0};
    std::atomic<qint64> m_journalPending{0};
    std::atomic<qint64> m_journalBytes{0};
    QSemaphore m_ready;
    mutable QMutex m_statusMutex;
    DbFunnelStatus m_status;  // connection, journal, rate, last error
};
