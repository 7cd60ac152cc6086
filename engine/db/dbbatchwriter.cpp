#include "engine/db/dbbatchwriter.h"

#include "engine/db/dberror.h"
#include "engine/db/dblogging.h"
#include "engine/db/dbquery.h"
#include "engine/db/funnelstatestore.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/systemlogstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThread>

namespace {

// Rows per multi-row statement on the servers: big enough that the round
// trip is amortised, small enough to stay far below the 65,535 placeholders
// both servers allow (a CDR row binds 19).
constexpr int ServerRowsPerStatement = 1000;

const QString StagingTable = QStringLiteral("torque_funnel_numbers");

const QString CdrColumns = QStringLiteral(
    "customer_id, campaign_id, number_id, phone, trunk_id, voice_server_id, engine_id, unique_id, channel, "
    "started_at, answered_at, ended_at, duration_ms, billable_ms, disposition, hangup_cause, amd_result, "
    "pressed, cost_micros");
constexpr int CdrColumnCount = 19;
const QString PacingColumns = QStringLiteral("campaign_id, engine_id, sampled_at, figures");
constexpr int PacingColumnCount = 4;
const QString LogColumns = QStringLiteral("created_at, level, category, username, address, message");
constexpr int LogColumnCount = 6;

QString rowOf(int columns)
{
    QString row = QStringLiteral("(?");
    for (int i = 1; i < columns; ++i)
        row += QStringLiteral(", ?");
    return row + QLatin1Char(')');
}

QString repeatRows(const QString &row, int rows)
{
    QString out;
    out.reserve(rows * (row.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            out += QStringLiteral(", ");
        out += row;
    }
    return out;
}

QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(qlonglong(*value)) : QVariant(QMetaType::fromType<qlonglong>());
}

// Cut to the column size and without NULs, as SystemLogStore stores text:
// a write must not be refused for an over-long Uniqueid.
QString fit(const QString &text, qsizetype length)
{
    // A null QString binds as SQL NULL; these columns are NOT NULL DEFAULT ''.
    if (text.isNull())
        return QStringLiteral("");
    if (text.size() <= length && !text.contains(QChar(0)))
        return text;
    return SystemLogStore::clean(text, length);
}

void bindCdr(QSqlQuery &q, int &p, const CdrRecord &c)
{
    q.bindValue(p++, nullable(c.customerId));
    q.bindValue(p++, nullable(c.campaignId));
    q.bindValue(p++, nullable(c.numberId));
    q.bindValue(p++, fit(c.phone, 32));
    q.bindValue(p++, nullable(c.trunkId));
    q.bindValue(p++, nullable(c.voiceServerId));
    q.bindValue(p++, fit(c.engineId, 100));
    q.bindValue(p++, fit(c.uniqueId, 64));
    q.bindValue(p++, fit(c.channel, 100));
    q.bindValue(p++, qlonglong(c.startedAtMs));
    q.bindValue(p++, nullable(c.answeredAtMs));
    q.bindValue(p++, nullable(c.endedAtMs));
    q.bindValue(p++, qlonglong(c.durationMs));
    q.bindValue(p++, qlonglong(c.billableMs));
    q.bindValue(p++, fit(c.disposition, 20));
    q.bindValue(p++, c.hangupCause ? QVariant(*c.hangupCause) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(p++, fit(c.amdResult, 20));
    q.bindValue(p++, fit(c.pressed, 8));
    q.bindValue(p++, qlonglong(c.costMicros));
}

void bindPacing(QSqlQuery &q, int &p, const PacingSampleRecord &s)
{
    q.bindValue(p++, qlonglong(s.campaignId));
    q.bindValue(p++, fit(s.engineId, 100));
    q.bindValue(p++, qlonglong(s.sampledAtMs));
    q.bindValue(p++, QString::fromUtf8(QJsonDocument(s.figures).toJson(QJsonDocument::Compact)));
}

void bindLog(QSqlQuery &q, int &p, const SystemLogEntry &l)
{
    // Funnel log lines get their time when accepted; this is a fallback.
    const qint64 at = l.createdAt.isValid() ? l.createdAt.toMSecsSinceEpoch()
                                            : QDateTime::currentMSecsSinceEpoch();
    q.bindValue(p++, qlonglong(at));
    q.bindValue(p++, fit(l.level, SystemLogStore::MaxLevelLength));
    q.bindValue(p++, fit(l.category, SystemLogStore::MaxCategoryLength));
    q.bindValue(p++, fit(l.username, SystemLogStore::MaxUsernameLength));
    q.bindValue(p++, fit(l.address, SystemLogStore::MaxAddressLength));
    q.bindValue(p++, fit(l.message, SystemLogStore::MaxMessageLength));
}

} // namespace

DbBatchWriter::DbBatchWriter(QSqlDatabase db, QString funnel)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
    , m_funnel(std::move(funnel))
    , m_thread(QThread::currentThread())
    , m_rowsPerStatement(m_dialect.backend() == SqlDialect::Backend::SQLite ? 1 : ServerRowsPerStatement)
{
}

DbBatchWriter::~DbBatchWriter() = default;

bool DbBatchWriter::onOwnThread(Outcome *outcome) const
{
    if (QThread::currentThread() == m_thread)
        return true;
    // A QSqlDatabase may only be used by the thread that opened it.
    qCCritical(lcDb) << "DbBatchWriter used from a thread that does not own its connection";
    if (outcome)
        *outcome = {false, false, QStringLiteral("database connection used from the wrong thread")};
    return false;
}

Result<Done> DbBatchWriter::prepareSession()
{
    if (!onOwnThread(nullptr))
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("wrong thread"));
    if (m_dialect.backend() == SqlDialect::Backend::PostgreSQL) {
        // Every statement of this connection reaches rows by primary key, but
        // for a 1,000-row UPDATE ... FROM (VALUES ...) on a table of a few
        // hundred thousand numbers the planner prefers a hash join over a
        // full scan of numbers (53 ms against 19 ms measured). This session
        // only: the engine's other connections plan as usual.
        return DbQuery::execute(m_db, QStringLiteral("SET enable_seqscan = off"));
    }
    if (m_dialect.backend() != SqlDialect::Backend::MariaDB)
        return Result<Done>::success({});
    // Session-private and in memory: nothing to clean up, nothing to log.
    return DbQuery::execute(m_db, QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS %1 ("
                                                 "id BIGINT NOT NULL PRIMARY KEY, "
                                                 "status VARCHAR(20) NOT NULL, "
                                                 "attempts INT NOT NULL, "
                                                 "last_update BIGINT NOT NULL"
                                                 ") ENGINE=MEMORY DEFAULT CHARSET=utf8mb4")
                                      .arg(StagingTable));
}

bool DbBatchWriter::ping()
{
    if (!onOwnThread(nullptr))
        return false;
    QSqlQuery query(m_db);
    const bool alive = query.exec(QStringLiteral("SELECT 1")) && query.next();
    query.finish();
    return alive;
}

bool DbBatchWriter::isDataError(const QSqlError &error, SqlDialect::Backend backend)
{
    const QString code = error.nativeErrorCode();
    switch (backend) {
    case SqlDialect::Backend::SQLite: {
        // Primary or extended result code; the low byte is the primary one:
        // TOOBIG, CONSTRAINT, MISMATCH, RANGE.
        const int primary = code.toInt() & 0xff;
        return primary == 18 || primary == 19 || primary == 20 || primary == 25;
    }
    case SqlDialect::Backend::MariaDB: {
        // Bad null, duplicate, out of range, truncated, bad value, foreign
        // key, CHECK constraint.
        static const QList<int> codes = {1048, 1062, 1216, 1217, 1263, 1264, 1265, 1292, 1366,
                                         1406, 1451, 1452, 1586, 1690, 3819, 4025};
        return codes.contains(code.toInt());
    }
    case SqlDialect::Backend::PostgreSQL:
        // SQLSTATE classes 22 (data exception) and 23 (integrity constraint).
        return code.startsWith(QLatin1String("22")) || code.startsWith(QLatin1String("23"));
    }
    return false;
}

QString DbBatchWriter::sqlFor(Statement which, int rows) const
{
    const bool pg = m_dialect.backend() == SqlDialect::Backend::PostgreSQL;
    switch (which) {
    case Statement::Numbers:
        if (pg)
            return QStringLiteral("UPDATE numbers AS n SET status = v.status, attempts = v.attempts, "
                                  "last_update = v.last_update FROM (VALUES ")
                + repeatRows(QStringLiteral("(CAST(? AS BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS INTEGER), "
                                            "CAST(? AS BIGINT))"),
                             rows)
                + QStringLiteral(") AS v (id, status, attempts, last_update) WHERE n.id = v.id");
        return QStringLiteral("UPDATE numbers SET status = ?, attempts = ?, last_update = ? WHERE id = ?");
    case Statement::NumbersClear:
        return QStringLiteral("DELETE FROM ") + StagingTable;
    case Statement::NumbersStage:
        return QStringLiteral("INSERT INTO %1 (id, status, attempts, last_update) VALUES ").arg(StagingTable)
            + repeatRows(rowOf(4), rows);
    case Statement::NumbersApply:
        return QStringLiteral("UPDATE numbers AS n JOIN %1 AS v ON n.id = v.id SET n.status = v.status, "
                              "n.attempts = v.attempts, n.last_update = v.last_update")
            .arg(StagingTable);
    case Statement::Cdr:
        return QStringLiteral("INSERT INTO cdr (%1) VALUES ").arg(CdrColumns)
            + repeatRows(rowOf(CdrColumnCount), rows);
    case Statement::Pacing:
        return QStringLiteral("INSERT INTO pacing_samples (%1) VALUES ").arg(PacingColumns)
            + repeatRows(rowOf(PacingColumnCount), rows);
    case Statement::Log:
        return QStringLiteral("INSERT INTO system_log (%1) VALUES ").arg(LogColumns)
            + repeatRows(rowOf(LogColumnCount), rows);
    case Statement::State:
        return FunnelStateStore::upsertSql(m_dialect.backend());
    }
    return {};
}

QSqlQuery *DbBatchWriter::statement(Statement which, int rows)
{
    // Full-size and single-row statements are kept prepared; other sizes
    // (the tail of a batch) are prepared for the occasion.
    const bool keep = rows == 1 || rows == m_rowsPerStatement;
    const quint64 key = (quint64(which) << 32) | quint32(rows);
    if (keep) {
        const auto found = m_statements.find(key);
        if (found != m_statements.end())
            return found->second.get();
    }
    auto query = std::make_unique<QSqlQuery>(m_db);
    if (!query->prepare(sqlFor(which, rows))) {
        m_adhoc = std::move(query);
        return m_adhoc.get();  // exec() fails and reports the prepare error
    }
    QSqlQuery *raw = query.get();
    if (keep)
        m_statements.emplace(key, std::move(query));
    else
        m_adhoc = std::move(query);
    return raw;
}

DbBatchWriter::Outcome DbBatchWriter::failure(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    return {false, isDataError(error, m_dialect.backend()), DbError::report(error, what)};
}

DbBatchWriter::Outcome DbBatchWriter::writeNumbers()
{
    if (m_numbers.empty())
        return {};
    const int total = int(m_numbers.size());
    if (m_dialect.backend() == SqlDialect::Backend::SQLite) {
        QSqlQuery *q = statement(Statement::Numbers, 1);
        for (const NumberStatusUpdate *n : m_numbers) {
            q->bindValue(0, fit(n->status, 20));
            q->bindValue(1, n->attempts);
            q->bindValue(2, qlonglong(n->lastUpdateMs));
            q->bindValue(3, qlonglong(n->numberId));
            if (!q->exec())
                return failure(*q, QStringLiteral("UPDATE numbers"));
        }
        return {};
    }
    const bool maria = m_dialect.backend() == SqlDialect::Backend::MariaDB;
    if (maria) {
        QSqlQuery *clear = statement(Statement::NumbersClear, 1);
        if (!clear->exec()) {
            Outcome failed = failure(*clear, QStringLiteral("DELETE FROM ") + StagingTable);
            failed.dataError = false;
            return failed;
        }
    }
    const Statement which = maria ? Statement::NumbersStage : Statement::Numbers;
    for (int start = 0; start < total; start += m_rowsPerStatement) {
        const int rows = std::min(m_rowsPerStatement, total - start);
        QSqlQuery *q = statement(which, rows);
        int p = 0;
        for (int i = start; i < start + rows; ++i) {
            const NumberStatusUpdate *n = m_numbers[i];
            q->bindValue(p++, qlonglong(n->numberId));
            q->bindValue(p++, fit(n->status, 20));
            q->bindValue(p++, n->attempts);
            q->bindValue(p++, qlonglong(n->lastUpdateMs));
        }
        if (!q->exec())
            return failure(*q, QStringLiteral("%1 numbers (%2 rows)")
                                   .arg(maria ? QStringLiteral("stage") : QStringLiteral("UPDATE"))
                                   .arg(rows));
    }
    if (maria) {
        QSqlQuery *apply = statement(Statement::NumbersApply, 1);
        if (!apply->exec())
            return failure(*apply, QStringLiteral("UPDATE numbers JOIN ") + StagingTable);
    }
    return {};
}

template <typename Row, typename Bind>
DbBatchWriter::Outcome DbBatchWriter::insertRows(Statement which, const std::vector<const Row *> &rows, Bind bind,
                                                 const char *table)
{
    const int total = int(rows.size());
    for (int start = 0; start < total; start += m_rowsPerStatement) {
        const int count = std::min(m_rowsPerStatement, total - start);
        QSqlQuery *q = statement(which, count);
        int p = 0;
        for (int i = start; i < start + count; ++i)
            bind(*q, p, *rows[i]);
        if (!q->exec())
            return failure(*q, QStringLiteral("INSERT INTO %1 (%2 rows)").arg(QLatin1String(table)).arg(count));
    }
    return {};
}

DbBatchWriter::Outcome DbBatchWriter::recordState(qint64 runId, qint64 appliedSeq)
{
    QSqlQuery *q = statement(Statement::State, 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    q->bindValue(0, qlonglong(runId));
    q->bindValue(1, m_funnel);
    q->bindValue(2, qlonglong(appliedSeq));
    q->bindValue(3, qlonglong(now));
    q->bindValue(4, qlonglong(now));
    if (!q->exec()) {
        // Never the rows' fault: must not make the funnel reject them.
        Outcome failed = failure(*q, QStringLiteral("upsert funnel_state"));
        failed.dataError = false;
        return failed;
    }
    return {};
}

DbBatchWriter::Outcome DbBatchWriter::write(qint64 runId, const std::vector<const DbWrite *> &writes,
                                            qint64 appliedSeq)
{
    Outcome outcome;
    if (!onOwnThread(&outcome))
        return outcome;

    m_numbers.clear();
    m_numberIndex.clear();
    m_cdrs.clear();
    m_pacing.clear();
    m_logs.clear();
    for (const DbWrite *write : writes) {
        switch (write->kind()) {
        case DbWrite::Kind::NumberStatus: {
            const NumberStatusUpdate &n = std::get<NumberStatusUpdate>(write->payload);
            const auto [it, inserted] = m_numberIndex.try_emplace(n.numberId, m_numbers.size());
            if (inserted)
                m_numbers.push_back(&n);
            else
                m_numbers[it->second] = &n;  // later in sequence: it wins
            break;
        }
        case DbWrite::Kind::Cdr:
            m_cdrs.push_back(std::get<std::shared_ptr<const CdrRecord>>(write->payload).get());
            break;
        case DbWrite::Kind::PacingSample:
            m_pacing.push_back(std::get<std::shared_ptr<const PacingSampleRecord>>(write->payload).get());
            break;
        case DbWrite::Kind::SystemLog:
            m_logs.push_back(std::get<std::shared_ptr<const SystemLogEntry>>(write->payload).get());
            break;
        case DbWrite::Kind::None:
            break;
        }
    }

    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return {false, false, begun.detail()};
    if (outcome = writeNumbers(); !outcome.ok)
        return outcome;
    if (outcome = insertRows(Statement::Cdr, m_cdrs, bindCdr, "cdr"); !outcome.ok)
        return outcome;
    if (outcome = insertRows(Statement::Pacing, m_pacing, bindPacing, "pacing_samples"); !outcome.ok)
        return outcome;
    if (outcome = insertRows(Statement::Log, m_logs, bindLog, "system_log"); !outcome.ok)
        return outcome;
    if (outcome = recordState(runId, appliedSeq); !outcome.ok)
        return outcome;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return {false, false, committed.detail()};
    return {};
}
