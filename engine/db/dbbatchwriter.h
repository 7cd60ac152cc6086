#pragma once

#include "common/result.h"
#include "engine/db/dbwrite.h"
#include "engine/db/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>
#include <vector>

class QThread;

// Writes one batch of funnel writes, and the funnel_state row that records
// it, in one transaction, with as few statements as each backend allows:
// - SQLite: one prepared statement per row (in one transaction that is what
//   SQLite is fast at);
// - PostgreSQL: UPDATE numbers ... FROM (VALUES ...) and multi-row INSERTs
//   (with sequential scans off for the session: see prepareSession());
// - MariaDB: multi-row INSERTs, and the number updates staged in a session
//   temporary table and applied with one UPDATE ... JOIN (an INSERT ... ON
//   DUPLICATE KEY UPDATE into numbers would create rows for numbers deleted
//   meanwhile).
// Updates of the same number within a batch are reduced to the last one.
// Values are always bound; prepared statements are kept for the common row
// counts. Belongs to the thread that created it, which must be the thread of
// the connection (checked on every call, as Mumble's DBWrapper does).
class DbBatchWriter final
{
public:
    struct Outcome
    {
        bool ok = true;
        // The database refused the data (a constraint, a bad value) rather
        // than failing to work: retrying the same rows will not help.
        bool dataError = false;
        QString detail;
    };

    DbBatchWriter(QSqlDatabase db, QString funnel);
    ~DbBatchWriter();
    Q_DISABLE_COPY_MOVE(DbBatchWriter)

    // Per-connection set-up (MariaDB's staging table, PostgreSQL's planner
    // setting); run after connecting.
    Result<Done> prepareSession();
    // writes are in sequence order, none older than the run's applied_seq;
    // appliedSeq (>= the last write's seq) is recorded for the run.
    Outcome write(qint64 runId, const std::vector<const DbWrite *> &writes, qint64 appliedSeq);
    // Is the connection still working? Used after a failure to tell a lost
    // server from refused data.
    bool ping();

    static bool isDataError(const QSqlError &error, SqlDialect::Backend backend);

private:
    enum class Statement : quint8 { Numbers, NumbersClear, NumbersStage, NumbersApply, Cdr, Pacing, Log, State };

    bool onOwnThread(Outcome *outcome) const;
    QSqlQuery *statement(Statement which, int rows);
    QString sqlFor(Statement which, int rows) const;
    Outcome failure(const QSqlQuery &query, const QString &what) const;
    Outcome writeNumbers();
    template <typename Row, typename Bind>
    Outcome insertRows(Statement which, const std::vector<const Row *> &rows, Bind bind, const char *table);
    Outcome recordState(qint64 runId, qint64 appliedSeq);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    QString m_funnel;
    QThread *m_thread;
    int m_rowsPerStatement;
    std::unordered_map<quint64, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_adhoc;

    // Reused from batch to batch.
    std::vector<const NumberStatusUpdate *> m_numbers;
    std::unordered_map<qint64, size_t> m_numberIndex;
    std::vector<const CdrRecord *> m_cdrs;
    std::vector<const PacingSampleRecord *> m_pacing;
    std::vector<const SystemLogEntry *> m_logs;
};
