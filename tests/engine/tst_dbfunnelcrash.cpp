#include "engine/db/schemamigrator.h"
#include "tests/engine/dbfunnelstream.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// An engine killed with SIGKILL and started again: every write it had made
// durable (committed, or fsynced in its journal) must end up in the
// database exactly once. The engine is dbfunnelwriter, run as a real process.
class TestDbFunnelCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void killedWhileWritingAheadLosesNothingDurable();
    void killedDuringAnOutageLosesNothingJournaled();

private:
    // Runs the writer until a "durable" line reaches killAt, then SIGKILLs
    // it; returns the last durable index it reported.
    qint64 runAndKill(const QStringList &arguments, qint64 killAt);
    // Runs the writer with --wait-drained to the end.
    void runToEnd(const QStringList &arguments);
    QString unreachableUrl() const;

    std::unique_ptr<TestDatabase> m_database;
};

void TestDbFunnelCrash::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    const Result<Done> seeded = DbFunnelStream::seed(m_database->db());
    QVERIFY2(seeded.ok(), qPrintable(seeded.detail()));
}

void TestDbFunnelCrash::init()
{
    const Result<Done> reset = DbFunnelStream::reset(m_database->db());
    QVERIFY2(reset.ok(), qPrintable(reset.detail()));
}

QString TestDbFunnelCrash::unreachableUrl() const
{
    if (m_database->backendName() == QLatin1String("mariadb"))
        return QStringLiteral("mysql://torque_test:torque_test@127.0.0.1:1/torque_test");
    if (m_database->backendName() == QLatin1String("postgresql"))
        return QStringLiteral("postgresql://torque_test:torque_test@127.0.0.1:1/torque_test");
    return QStringLiteral("sqlite:///dev/null/torque/unreachable.db");
}

qint64 TestDbFunnelCrash::runAndKill(const QStringList &arguments, qint64 killAt)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(TORQUE_DBFUNNEL_WRITER), arguments);
    if (!writer.waitForStarted(10000)) {
        QWARN(qPrintable(QStringLiteral("cannot start the writer: ") + writer.errorString()));
        return -1;
    }
    qint64 durable = 0;
    bool done = false;
    QElapsedTimer timer;
    timer.start();
    while (durable < killAt && timer.elapsed() < 120000 && writer.state() == QProcess::Running) {
        writer.waitForReadyRead(100);
        while (writer.canReadLine()) {
            const QByteArray line = writer.readLine().trimmed();
            if (line.startsWith("durable "))
                durable = line.mid(8).toLongLong();
            else if (line == "done")
                done = true;
        }
    }
    if (writer.state() != QProcess::Running) {
        QWARN(qPrintable(QStringLiteral("the writer ended before it could be killed: %1").arg(writer.exitCode())));
        return -1;
    }
    writer.kill();  // SIGKILL: no destructor, no stop(), no final sync
    writer.waitForFinished(10000);
    // Lines it wrote just before dying still count: they were true then.
    while (writer.canReadLine()) {
        const QByteArray line = writer.readLine().trimmed();
        if (line.startsWith("durable "))
            durable = std::max(durable, line.mid(8).toLongLong());
    }
    qInfo("killed the writer at durable write %lld%s", static_cast<long long>(durable),
          done ? " (after it had enqueued everything)" : " (mid-stream)");
    return durable;
}

void TestDbFunnelCrash::runToEnd(const QStringList &arguments)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(TORQUE_DBFUNNEL_WRITER), arguments + QStringList{QStringLiteral("--wait-drained")});
    QVERIFY2(writer.waitForFinished(120000), "the replaying writer did not finish within 2 minutes");
    QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
    QCOMPARE(writer.exitCode(), 0);
    QVERIFY(writer.readAllStandardOutput().contains("drained"));
}

void TestDbFunnelCrash::killedWhileWritingAheadLosesNothingDurable()
{
    QTemporaryDir journal;
    QVERIFY(journal.isValid());
    const QString url = m_database->url().toString();
    const qint64 durable = runAndKill({QStringLiteral("--url"), url, QStringLiteral("--journal"), journal.path(),
                                       QStringLiteral("--count"), QStringLiteral("60000"), QStringLiteral("--rate"),
                                       QStringLiteral("30000"), QStringLiteral("--write-ahead")},
                                      20000);
    QVERIFY(durable >= 20000);
    QVERIFY(!QDir(journal.path()).entryList({QStringLiteral("journal-*.tjl")}).isEmpty());
    const Result<qint64> before = DbFunnelStream::verify(m_database->db());
    QVERIFY2(before.ok(), qPrintable(before.detail()));

    // Started again, it replays the journal; it enqueues nothing new.
    runToEnd({QStringLiteral("--url"), url, QStringLiteral("--journal"), journal.path(), QStringLiteral("--first"),
              QStringLiteral("60001")});
    const Result<qint64> after = DbFunnelStream::verify(m_database->db());
    QVERIFY2(after.ok(), qPrintable(after.detail()));
    qInfo("in the database before the replay: 1..%lld, after: 1..%lld", static_cast<long long>(before.value()),
          static_cast<long long>(after.value()));
    QVERIFY2(after.value() >= durable, qPrintable(QStringLiteral("write %1 was durable but is missing")
                                                      .arg(after.value() + 1)));
    QVERIFY(after.value() <= 60000);
    QVERIFY(QDir(journal.path()).entryList({QStringLiteral("journal-*.tjl")}).isEmpty());
}

void TestDbFunnelCrash::killedDuringAnOutageLosesNothingJournaled()
{
    QTemporaryDir journal;
    QVERIFY(journal.isValid());
    // The database is unreachable the whole time: everything is journaled.
    const qint64 durable = runAndKill({QStringLiteral("--url"), unreachableUrl(), QStringLiteral("--journal"),
                                       journal.path(), QStringLiteral("--count"), QStringLiteral("30000"),
                                       QStringLiteral("--rate"), QStringLiteral("100000")},
                                      30000);
    QCOMPARE(durable, 30000);
    // The next run writes the old run's writes first, then its own.
    runToEnd({QStringLiteral("--url"), m_database->url().toString(), QStringLiteral("--journal"), journal.path(),
              QStringLiteral("--first"), QStringLiteral("30001"), QStringLiteral("--count"), QStringLiteral("10000")});
    const Result<qint64> after = DbFunnelStream::verify(m_database->db());
    QVERIFY2(after.ok(), qPrintable(after.detail()));
    QCOMPARE(after.value(), 40000);
    QVERIFY(QDir(journal.path()).entryList({QStringLiteral("journal-*.tjl")}).isEmpty());
}

QTEST_GUILESS_MAIN(TestDbFunnelCrash)
#include "tst_dbfunnelcrash.moc"
