#include "engine/db/dbfunnel.h"
#include "engine/db/schemamigrator.h"
#include "tests/engine/dbfunnelstream.h"
#include "tests/support/tcpproxy.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QStringList journalFiles(const QString &directory)
{
    return QDir(directory).entryList({QStringLiteral("journal-*")}, QDir::Files | QDir::System);
}

} // namespace

class TestDbFunnel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void writesOfEveryKindLand();
    void lastUpdateOfANumberWins();
    void streamIsWrittenExactlyOnce();
    void statusReportsStateAndCounters();
    void refusedRowIsRejectedOthersWritten();
    void unreachableDatabaseKeepsAccepting();
    void journalCarriesWritesAcrossRestart();
    void replayedWritesAreNotAppliedTwice();
    void outageMidStreamLosesNothing();

private:
    DbFunnelOptions options(const QString &journal = {}) const;
    DatabaseUrl unreachableUrl() const;
    bool isSqlite() const { return m_database->backendName() == QLatin1String("sqlite"); }

    std::unique_ptr<TestDatabase> m_database;
};

DbFunnelOptions TestDbFunnel::options(const QString &journal) const
{
    DbFunnelOptions options;
    options.url = m_database->url();
    options.funnelName = QStringLiteral("tst_dbfunnel");
    options.journalDirectory = journal;
    options.flushIntervalMs = 10;
    options.reconnectMinMs = 50;
    options.reconnectMaxMs = 200;
    return options;
}

DatabaseUrl TestDbFunnel::unreachableUrl() const
{
    // SQLite: a directory that cannot exist; servers: a closed port.
    QString text = QStringLiteral("sqlite:///dev/null/torque/unreachable.db");
    if (m_database->backendName() == QLatin1String("mariadb"))
        text = QStringLiteral("mysql://torque_test:torque_test@127.0.0.1:1/torque_test");
    else if (m_database->backendName() == QLatin1String("postgresql"))
        text = QStringLiteral("postgresql://torque_test:torque_test@127.0.0.1:1/torque_test");
    return DatabaseUrl::parse(text).value();
}

void TestDbFunnel::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    const Result<Done> seeded = DbFunnelStream::seed(m_database->db());
    QVERIFY2(seeded.ok(), qPrintable(seeded.detail()));
}

void TestDbFunnel::init()
{
    const Result<Done> reset = DbFunnelStream::reset(m_database->db());
    QVERIFY2(reset.ok(), qPrintable(reset.detail()));
}

void TestDbFunnel::writesOfEveryKindLand()
{
    DbFunnel funnel(options());
    funnel.start();

    CdrRecord full;
    full.customerId = 100;
    full.campaignId = 100;
    full.numberId = 7;
    full.phone = QStringLiteral("+390612345678");
    full.trunkId = 3;
    full.voiceServerId = 4;
    full.engineId = QStringLiteral("engine-a");
    full.uniqueId = QStringLiteral("1700000000.42");
    full.channel = QStringLiteral("SIP/trunk-0000002a");
    full.startedAtMs = 1700000000000;
    full.answeredAtMs = 1700000004000;
    full.endedAtMs = 1700000034000;
    full.durationMs = 34000;
    full.billableMs = 30000;
    full.disposition = QStringLiteral("answered");
    full.hangupCause = 16;
    full.amdResult = QStringLiteral("human");
    full.pressed = QStringLiteral("1");
    full.costMicros = 12345;
    CdrRecord bare;
    bare.uniqueId = QStringLiteral("bare");
    bare.startedAtMs = 5;
    // Too long for its column: cut, not refused.
    bare.channel = QString(300, QLatin1Char('c'));
    QVERIFY(funnel.enqueue(full));
    QVERIFY(funnel.enqueue(bare));

    PacingSampleRecord sample;
    sample.campaignId = 100;
    sample.engineId = QStringLiteral("engine-a");
    sample.sampledAtMs = 1700000001000;
    sample.figures = QJsonObject{{QStringLiteral("dialRatio"), 2.5}, {QStringLiteral("agents"), 12}};
    QVERIFY(funnel.enqueue(sample));

    SystemLogEntry entry;
    entry.level = QStringLiteral("warning");
    entry.category = QStringLiteral("campaign");
    entry.username = QStringLiteral("admin");
    entry.address = QStringLiteral("10.0.0.1");
    entry.message = QStringLiteral("nul\u0000inside and accents àèìòù");
    QVERIFY(funnel.enqueue(entry));
    QVERIFY(funnel.updateNumberStatus(9, QStringLiteral("busy"), 3, 1700000002000));

    QVERIFY(funnel.waitForDrained(10000));
    const QSqlDatabase db = m_database->db();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT customer_id, campaign_id, number_id, phone, trunk_id, voice_server_id, "
                                  "engine_id, channel, started_at, answered_at, ended_at, duration_ms, billable_ms, "
                                  "disposition, hangup_cause, amd_result, pressed, cost_micros FROM cdr "
                                  "WHERE unique_id = '1700000000.42'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 100);
    QCOMPARE(q.value(2).toLongLong(), 7);
    QCOMPARE(q.value(3).toString(), full.phone);
    QCOMPARE(q.value(4).toLongLong(), 3);
    QCOMPARE(q.value(5).toLongLong(), 4);
    QCOMPARE(q.value(6).toString(), full.engineId);
    QCOMPARE(q.value(7).toString(), full.channel);
    QCOMPARE(q.value(8).toLongLong(), full.startedAtMs);
    QCOMPARE(q.value(9).toLongLong(), *full.answeredAtMs);
    QCOMPARE(q.value(10).toLongLong(), *full.endedAtMs);
    QCOMPARE(q.value(11).toLongLong(), 34000);
    QCOMPARE(q.value(12).toLongLong(), 30000);
    QCOMPARE(q.value(13).toString(), full.disposition);
    QCOMPARE(q.value(14).toInt(), 16);
    QCOMPARE(q.value(15).toString(), full.amdResult);
    QCOMPARE(q.value(16).toString(), full.pressed);
    QCOMPARE(q.value(17).toLongLong(), 12345);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT customer_id, answered_at, hangup_cause, channel FROM cdr "
                                  "WHERE unique_id = 'bare'")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).isNull());
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.value(2).isNull());
    QCOMPARE(q.value(3).toString(), QString(100, QLatin1Char('c')));
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT engine_id, sampled_at, figures FROM pacing_samples WHERE campaign_id = 100")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), sample.engineId);
    QCOMPARE(q.value(1).toLongLong(), sample.sampledAtMs);
    QCOMPARE(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), sample.figures);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT level, category, username, address, message, created_at FROM system_log "
                                  "WHERE category = 'campaign'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), entry.level);
    QCOMPARE(q.value(3).toString(), entry.address);
    QCOMPARE(q.value(4).toString(), QStringLiteral("nul\uFFFDinside and accents àèìòù"));
    // The time of enqueue(), not of the write.
    QVERIFY(q.value(5).toLongLong() > 1700000000000);
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT status, attempts, last_update FROM numbers WHERE id = 9")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("busy"));
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(q.value(2).toLongLong(), 1700000002000);
}

void TestDbFunnel::lastUpdateOfANumberWins()
{
    DbFunnelOptions opts = options();
    opts.flushIntervalMs = 200;  // all of them in one batch
    DbFunnel funnel(opts);
    // Queued before start: one batch, where the reduction to the last matters.
    for (int attempt = 1; attempt <= 50; ++attempt) {
        QVERIFY(funnel.updateNumberStatus(1, QStringLiteral("s%1").arg(attempt), attempt, attempt));
        QVERIFY(funnel.updateNumberStatus(2 + attempt % 3, QStringLiteral("t%1").arg(attempt), attempt, attempt));
    }
    funnel.start();
    QVERIFY(funnel.waitForDrained(10000));
    // Then across batches.
    QVERIFY(funnel.updateNumberStatus(1, QStringLiteral("final"), 51, 51));
    QVERIFY(funnel.waitForDrained(10000));
    const QSqlDatabase db = m_database->db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM numbers WHERE id = 1")), 51);
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM numbers WHERE id = 2")), 48);
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM numbers WHERE id = 3")), 49);
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts FROM numbers WHERE id = 4")), 50);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE id = 1 AND status = 'final'")), 1);
}

void TestDbFunnel::streamIsWrittenExactlyOnce()
{
    DbFunnel funnel(options());
    funnel.start();
    constexpr qint64 Total = 20000;
    for (qint64 i = 1; i <= Total; ++i)
        QCOMPARE(DbFunnelStream::enqueue(funnel, i), i);
    QVERIFY(funnel.waitForDrained(60000));
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), Total);
    const DbFunnelStatus status = funnel.status();
    QCOMPARE(status.applied, Total);
    QCOMPARE(status.accepted, Total);
    QCOMPARE(status.durable, Total);
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT applied_seq FROM funnel_state WHERE run_id = ?"),
                    {funnel.runId()}),
             Total);
}

void TestDbFunnel::statusReportsStateAndCounters()
{
    DbFunnel funnel(options());
    QSignalSpy changed(&funnel, &DbFunnel::statusChanged);
    QCOMPARE(funnel.status().connection, DbFunnelStatus::Connection::Stopped);
    QCOMPARE(funnel.status().journal, DbFunnelStatus::Journal::Disabled);
    funnel.start();
    QTRY_VERIFY(!changed.isEmpty()
                && changed.last().at(0).value<DbFunnelStatus>().connection
                       == DbFunnelStatus::Connection::Connected);
    for (qint64 i = 1; i <= 5000; ++i)
        DbFunnelStream::enqueue(funnel, i);
    QVERIFY(funnel.waitForDrained(30000));
    QTRY_VERIFY(funnel.status().rowsPerSecond > 0);
    const DbFunnelStatus status = funnel.status();
    QCOMPARE(status.backlog, 0);
    QCOMPARE(status.accepted, 5000);
    QCOMPARE(status.applied, 5000);
    QCOMPARE(status.rejected, 0u);
    QCOMPARE(status.dropped, 0u);
    QCOMPARE(status.runId, funnel.runId());
    funnel.stop();
    QCOMPARE(funnel.status().connection, DbFunnelStatus::Connection::Stopped);
    // After stop() writes are refused, and counted.
    QCOMPARE(DbFunnelStream::enqueue(funnel, 5001), 0);
    QCOMPARE(funnel.status().dropped, 1u);
}

void TestDbFunnel::refusedRowIsRejectedOthersWritten()
{
    DbFunnel funnel(options());
    QSignalSpy rejected(&funnel, &DbFunnel::writesRejected);
    // A sample for a campaign that does not exist breaks its foreign key,
    // in the middle of a batch of good writes.
    for (qint64 i = 1; i <= 1000; ++i)
        DbFunnelStream::enqueue(funnel, i);
    PacingSampleRecord orphan;
    orphan.campaignId = 999999;
    orphan.sampledAtMs = 1;
    QVERIFY(funnel.enqueue(orphan));
    for (qint64 i = 1001; i <= 2000; ++i)
        DbFunnelStream::enqueue(funnel, i);
    funnel.start();
    QVERIFY(funnel.waitForDrained(30000));
    QCOMPARE(funnel.status().rejected, 1u);
    QVERIFY2(funnel.status().lastError.contains(QLatin1String("pacing sample of campaign 999999")),
             qPrintable(funnel.status().lastError));
    QTRY_COMPARE(rejected.size(), 1);
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM cdr")), 1000);
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM system_log WHERE category = 'funnel-test'")),
             500);
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT COUNT(*) FROM pacing_samples")), 0);
    // The rejected write is recorded as done: not retried after a restart.
    QCOMPARE(scalar(m_database->db(), QStringLiteral("SELECT applied_seq FROM funnel_state WHERE run_id = ?"),
                    {funnel.runId()}),
             2001);
}

void TestDbFunnel::unreachableDatabaseKeepsAccepting()
{
    DbFunnelOptions opts = options();
    opts.url = unreachableUrl();
    DbFunnel funnel(opts);
    QSignalSpy changed(&funnel, &DbFunnel::statusChanged);
    funnel.start();
    QTRY_COMPARE(funnel.status().connection, DbFunnelStatus::Connection::Disconnected);
    QVERIFY(!funnel.status().lastError.isEmpty());
    QTRY_VERIFY(!changed.isEmpty());

    constexpr int Writes = 100000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 1; i <= Writes; ++i)
        funnel.updateNumberStatus(i % 1000 + 1, QStringLiteral("busy"), i, i);
    const double nsPerWrite = double(timer.nsecsElapsed()) / Writes;
    qInfo("enqueue while the database is down: %.0f ns per write", nsPerWrite);
    QVERIFY2(nsPerWrite < 5000, qPrintable(QString::number(nsPerWrite)));
    const DbFunnelStatus status = funnel.status();
    QCOMPARE(status.accepted, Writes);
    QCOMPARE(status.backlog, Writes);
    QCOMPARE(status.memoryBacklog, Writes);
    QCOMPARE(status.dropped, 0u);
    // No journal: what is in memory at stop is lost, and says so.
    funnel.stop();
    QCOMPARE(funnel.status().dropped, quint64(Writes));
    QVERIFY(funnel.status().lastError.contains(QLatin1String("lost")));
}

void TestDbFunnel::journalCarriesWritesAcrossRestart()
{
    QTemporaryDir journal;
    QVERIFY(journal.isValid());
    constexpr qint64 Total = 5000;
    {
        DbFunnelOptions opts = options(journal.path());
        opts.url = unreachableUrl();
        opts.memoryLimit = 1000;
        DbFunnel funnel(opts);
        funnel.start();
        for (qint64 i = 1; i <= Total; ++i)
            QVERIFY(DbFunnelStream::enqueue(funnel, i));
        QTRY_COMPARE(funnel.status().journalBacklog, Total);
        QTRY_COMPARE(funnel.status().durable, Total);
        QCOMPARE(funnel.status().journal, DbFunnelStatus::Journal::Active);
    }
    QVERIFY(!journalFiles(journal.path()).isEmpty());
    {
        DbFunnel funnel(options(journal.path()));
        funnel.start();
        QTRY_COMPARE(funnel.status().journalBacklog, 0);
        // New writes of this run come after the replayed ones.
        for (qint64 i = Total + 1; i <= Total + 1000; ++i)
            QVERIFY(DbFunnelStream::enqueue(funnel, i));
        QVERIFY(funnel.waitForDrained(30000));
        QCOMPARE(funnel.status().journal, DbFunnelStatus::Journal::Idle);
    }
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), Total + 1000);
    QVERIFY2(journalFiles(journal.path()).isEmpty(), qPrintable(journalFiles(journal.path()).join(u' ')));
}

void TestDbFunnel::replayedWritesAreNotAppliedTwice()
{
    // A crash after a commit and before the journal is cleaned up leaves
    // writes in the journal that are also in the database. Simulated by
    // copying the journal of a write-ahead run once everything is written.
    QTemporaryDir journal;
    QTemporaryDir copy;
    QVERIFY(journal.isValid() && copy.isValid());
    constexpr qint64 Total = 3000;
    qint64 runId = 0;
    {
        DbFunnelOptions opts = options(journal.path());
        opts.writeAhead = true;
        DbFunnel funnel(opts);
        runId = funnel.runId();
        funnel.start();
        for (qint64 i = 1; i <= Total; ++i)
            QVERIFY(DbFunnelStream::enqueue(funnel, i));
        QVERIFY(funnel.waitForDrained(30000));
        QTRY_COMPARE(funnel.status().durable, Total);
        const QStringList files = journalFiles(journal.path());
        QCOMPARE(files.size(), 1);
        QVERIFY(QFile::copy(journal.filePath(files.first()), copy.filePath(files.first())));
    }
    // And the last third's commit "was lost": the rows are not there and
    // funnel_state says 2000.
    const QSqlDatabase db = m_database->db();
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM cdr WHERE started_at > 2000")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM system_log WHERE created_at > 2000 AND category = 'funnel-test'")));
    QVERIFY(q.prepare(QStringLiteral("UPDATE funnel_state SET applied_seq = 2000 WHERE run_id = ?")));
    q.addBindValue(runId);
    QVERIFY(q.exec());
    q.finish();
    {
        DbFunnel funnel(options(copy.path()));
        funnel.start();
        QVERIFY(funnel.waitForDrained(30000));
        QCOMPARE(funnel.status().applied, Total - 2000);
    }
    const Result<qint64> verified = DbFunnelStream::verify(db);
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), Total);
    QCOMPARE(scalar(db, QStringLiteral("SELECT applied_seq FROM funnel_state WHERE run_id = ?"), {runId}), Total);
    QVERIFY(journalFiles(copy.path()).isEmpty());
}

void TestDbFunnel::outageMidStreamLosesNothing()
{
    // The server goes away under the funnel in the middle of a stream and
    // comes back; every write must be there once. Servers: through a proxy
    // that drops every connection. SQLite: another connection holds the
    // write lock for a while.
    QTemporaryDir journal;
    QVERIFY(journal.isValid());
    DbFunnelOptions opts = options(journal.path());
    std::unique_ptr<TcpProxy> proxy;
    if (!isSqlite()) {
        proxy = std::make_unique<TcpProxy>(m_database->url().host(), quint16(m_database->url().port()));
        QString error;
        QVERIFY2(proxy->start(&error), qPrintable(error));
        QUrl url(m_database->url().toString());
        url.setPort(proxy->port());
        opts.url = DatabaseUrl::parse(url.toString()).value();
    }
    DbFunnel funnel(opts);
    funnel.start();
    QTRY_COMPARE(funnel.status().connection, DbFunnelStatus::Connection::Connected);

    constexpr qint64 Total = 20000;
    qint64 i = 1;
    const auto feed = [&](qint64 upTo) {
        for (; i <= upTo; ++i)
            QVERIFY(DbFunnelStream::enqueue(funnel, i));
    };
    // In slices, so that the funnel is busy writing when the outage comes.
    for (qint64 slice = 1000; slice <= 6000; slice += 1000) {
        feed(slice);
        QTest::qWait(5);
    }
    QSqlQuery lock(m_database->db());
    if (proxy)
        proxy->cut();
    else
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QElapsedTimer timer;
    timer.start();
    feed(14000);
    const double nsPerWrite = double(timer.nsecsElapsed()) / 8000;
    qInfo("enqueue during the outage: %.0f ns per write", nsPerWrite);
    QVERIFY2(nsPerWrite < 5000, qPrintable(QString::number(nsPerWrite)));
    if (proxy)
        QTRY_COMPARE(funnel.status().connection, DbFunnelStatus::Connection::Disconnected);
    QTest::qWait(1500);
    if (proxy)
        proxy->restore();
    else
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    feed(Total);
    QVERIFY(funnel.waitForDrained(60000));
    QCOMPARE(funnel.status().connection, DbFunnelStatus::Connection::Connected);
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), Total);
    QCOMPARE(funnel.status().applied, Total);
}

QTEST_GUILESS_MAIN(TestDbFunnel)
#include "tst_dbfunnel.moc"
