#pragma once

#include "common/result.h"
#include "engine/db/dbfunneloptions.h"
#include "engine/db/dbwrite.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class DbBatchWriter;

// The DbFunnel's side of the database: its own connection (opened, used and
// closed on the funnel's thread only), where each funnel run stands in
// funnel_state, and the exactly-once rule: a write whose sequence number is
// not above its run's applied_seq is already in the database and is skipped.
// A batch the database refuses because of one bad row is split in halves
// until that row is found; the row is rejected (logged, counted, recorded as
// done) and the rest written.
class DbFunnelApplier final
{
public:
    struct Outcome
    {
        // false: the connection is gone (or the database fails in a way a
        // retry may cure); the writes must be offered again after reconnecting.
        bool connected = true;
        qint64 written = 0;
        QStringList rejections;  // one line per refused write, already logged
        QString error;           // why the connection was given up
    };

    DbFunnelApplier(const DbFunnelOptions &options, qint64 runId);
    ~DbFunnelApplier();
    Q_DISABLE_COPY_MOVE(DbFunnelApplier)

    // Opens the connection, reads applied_seq for runs (and this run), sets
    // the session up, prunes old funnel_state rows of this funnel.
    Result<Done> connect(QList<qint64> runs);
    void disconnect();
    bool isConnected() const { return m_writer != nullptr; }
    qint64 appliedSeq(qint64 runId) const { return m_appliedSeq.value(runId); }

    // writes: oldest first, all of run runId. When the outcome is connected,
    // every one of them is done with (written, skipped or rejected).
    Outcome apply(qint64 runId, const std::vector<const DbWrite *> &writes);
    // How many writes the next batch should hold, adapted to how fast the
    // database took the last ones.
    qint64 batchTarget() const { return m_batchTarget; }

private:
    bool applySplit(qint64 runId, const DbWrite *const *writes, size_t count, Outcome &outcome);
    bool reject(qint64 runId, const DbWrite &write, const QString &detail, Outcome &outcome);
    void adaptBatchSize(qint64 rows, qint64 nsecs);

    const DbFunnelOptions m_options;
    const qint64 m_runId;
    const QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<DbBatchWriter> m_writer;
    QHash<qint64, qint64> m_appliedSeq;
    qint64 m_batchTarget;
};
