#include "engine/db/dbfunnelapplier.h"

#include "engine/db/database.h"
#include "engine/db/dbbatchwriter.h"
#include "engine/db/dblogging.h"
#include "engine/db/funnelstatestore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace {

// Rows of finished runs stay this long in funnel_state (for admins) before
// the funnel prunes them.
constexpr qint64 StateRetentionMs = 7LL * 24 * 3600 * 1000;
constexpr qint64 FirstBatchTarget = 1000;

QString describe(const DbWrite &write)
{
    switch (write.kind()) {
    case DbWrite::Kind::NumberStatus:
        return QStringLiteral("number %1 status update").arg(std::get<NumberStatusUpdate>(write.payload).numberId);
    case DbWrite::Kind::Cdr:
        return QStringLiteral("CDR %1").arg(std::get<std::shared_ptr<const CdrRecord>>(write.payload)->uniqueId);
    case DbWrite::Kind::PacingSample:
        return QStringLiteral("pacing sample of campaign %1")
            .arg(std::get<std::shared_ptr<const PacingSampleRecord>>(write.payload)->campaignId);
    case DbWrite::Kind::SystemLog:
        return QStringLiteral("log line");
    case DbWrite::Kind::None:
        break;
    }
    return QStringLiteral("empty write");
}

} // namespace

DbFunnelApplier::DbFunnelApplier(const DbFunnelOptions &options, qint64 runId)
    : m_options(options)
    , m_runId(runId)
    , m_connectionName(QStringLiteral("torque_funnel_%1").arg(runId, 0, 16))
    , m_batchTarget(std::clamp<qint64>(FirstBatchTarget, options.minBatchRows, options.maxBatchRows))
{
}

DbFunnelApplier::~DbFunnelApplier()
{
    disconnect();
}

Result<Done> DbFunnelApplier::connect(QList<qint64> runs)
{
    disconnect();
    const Result<QSqlDatabase> opened = Database::open(m_options.url, m_connectionName,
                                                       m_options.ioTimeoutSeconds);
    if (!opened)
        return Result<Done>::failure(opened.error(), opened.detail());
    m_db = opened.value();
    m_writer = std::make_unique<DbBatchWriter>(m_db, m_options.funnelName);

    // Where each run with writes still pending stands: after a commit whose
    // answer was lost with the connection, the database is the only witness.
    FunnelStateStore store(m_db, m_options.funnelName);
    if (!runs.contains(m_runId))
        runs << m_runId;
    for (const qint64 run : std::as_const(runs)) {
        const Result<qint64> seq = store.appliedSeq(run);
        if (!seq) {
            disconnect();
            return Result<Done>::failure(
                seq.error(), QStringLiteral("cannot read funnel_state (is the schema migrated?): %1").arg(seq.detail()));
        }
        m_appliedSeq[run] = std::max(m_appliedSeq.value(run), seq.value());
    }
    if (const Result<Done> prepared = m_writer->prepareSession(); !prepared) {
        disconnect();
        return prepared;
    }
    const Result<int> pruned = store.prune(runs, QDateTime::currentMSecsSinceEpoch() - StateRetentionMs);
    if (pruned && pruned.value() > 0)
        qCDebug(lcDb) << "funnel: pruned" << pruned.value() << "old funnel_state rows";
    return Result<Done>::success({});
}

void DbFunnelApplier::disconnect()
{
    m_writer.reset();
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        Database::close(m_connectionName);
}

DbFunnelApplier::Outcome DbFunnelApplier::apply(qint64 runId, const std::vector<const DbWrite *> &writes)
{
    Outcome outcome;
    if (!m_writer) {
        outcome.connected = false;
        outcome.error = QStringLiteral("not connected");
        return outcome;
    }
    // Exactly once: what the database already has (a commit whose answer
    // was lost, a journal replayed after a crash) is recognised by its seq.
    qint64 applied = m_appliedSeq.value(runId);
    std::vector<const DbWrite *> fresh;
    fresh.reserve(writes.size());
    for (const DbWrite *write : writes) {
        if (write->seq > applied) {
            fresh.push_back(write);
            applied = write->seq;
        }
    }
    if (fresh.empty())
        return outcome;

    QElapsedTimer timer;
    timer.start();
    const DbBatchWriter::Outcome written = m_writer->write(runId, fresh, fresh.back()->seq);
    if (written.ok) {
        m_appliedSeq[runId] = fresh.back()->seq;
        outcome.written = qint64(fresh.size());
        adaptBatchSize(outcome.written, timer.nsecsElapsed());
        return outcome;
    }
    // A lost server also fails statements; only a live connection makes a
    // refusal the rows' fault.
    if (!written.dataError || !m_writer->ping()) {
        disconnect();
        outcome.connected = false;
        outcome.error = written.detail;
        return outcome;
    }
    outcome.connected = applySplit(runId, fresh.data(), fresh.size(), outcome);
    return outcome;
}

bool DbFunnelApplier::applySplit(qint64 runId, const DbWrite *const *writes, size_t count, Outcome &outcome)
{
    const std::vector<const DbWrite *> part(writes, writes + count);
    const DbBatchWriter::Outcome written = m_writer->write(runId, part, part.back()->seq);
    if (written.ok) {
        m_appliedSeq[runId] = part.back()->seq;
        outcome.written += qint64(count);
        return true;
    }
    if (!written.dataError) {
        disconnect();
        outcome.error = written.detail;
        return false;
    }
    if (count == 1)
        return reject(runId, *part.front(), written.detail, outcome);
    const size_t half = count / 2;
    return applySplit(runId, writes, half, outcome) && applySplit(runId, writes + half, count - half, outcome);
}

bool DbFunnelApplier::reject(qint64 runId, const DbWrite &write, const QString &detail, Outcome &outcome)
{
    const QString message = QStringLiteral("the database refused %1 (seq %2): %3")
                                .arg(describe(write))
                                .arg(write.seq)
                                .arg(detail);
    qCWarning(lcDb).noquote() << "funnel:" << message;
    outcome.rejections << message;
    // Recorded as done, so that it is not offered again for ever.
    const DbBatchWriter::Outcome recorded = m_writer->write(runId, {}, write.seq);
    if (!recorded.ok) {
        disconnect();
        outcome.error = recorded.detail;
        return false;
    }
    m_appliedSeq[runId] = write.seq;
    return true;
}

void DbFunnelApplier::adaptBatchSize(qint64 rows, qint64 nsecs)
{
    // Only full batches tell how fast the database is.
    if (rows < m_batchTarget / 2)
        return;
    const double perMs = double(rows) / std::max(0.05, nsecs / 1e6);
    const qint64 ideal = qint64(perMs * m_options.targetTransactionMs);
    m_batchTarget = std::clamp<qint64>((m_batchTarget + ideal) / 2, m_options.minBatchRows, m_options.maxBatchRows);
}
