#include "engine/db/dbfunnel.h"
#include "engine/db/schemamigrator.h"
#include "tests/engine/dbfunnelstream.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real thing: the database server is killed (MariaDB: SIGKILL to
// mariadbd; PostgreSQL: an immediate stop, which is a crash without
// cleanup) in the middle of a stream of 100,000 writes and started again;
// every write must be in the database exactly once. The server is put back
// even when the test fails. Runs under RESOURCE_LOCK <backend>_server: other
// tests of that server must not run meanwhile.
class TestDbFunnelServerLoss final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedServerMidStreamLosesNothing();

private:
    QStringList downCommand() const;
    QStringList upCommand() const;
    bool serverUp();
    static void reopenConnections();

    std::unique_ptr<TestDatabase> m_database;
};

QStringList TestDbFunnelServerLoss::downCommand() const
{
    if (m_database->backendName() == QLatin1String("mariadb"))
        return {QStringLiteral("kill"), QStringLiteral("mariadb")};
    return {QStringLiteral("stop"), QStringLiteral("postgresql")};
}

QStringList TestDbFunnelServerLoss::upCommand() const
{
    return {QStringLiteral("start"), m_database->backendName()};
}

bool TestDbFunnelServerLoss::serverUp()
{
    return QProcess::execute(QStringLiteral(TORQUE_DB_SERVER_CONTROL), upCommand()) == 0;
}

void TestDbFunnelServerLoss::reopenConnections()
{
    // TestDatabase's (torque_test_*), to read the result and to drop the
    // database afterwards. Same parameters, a new session. Not the funnel's:
    // it belongs to the funnel's thread, which reconnects by itself.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (!name.startsWith(QLatin1String("torque_test_")))
            continue;
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
        if (!db.open())
            QWARN(qPrintable(QStringLiteral("cannot reopen %1: %2").arg(name, db.lastError().text())));
    }
}

void TestDbFunnelServerLoss::initTestCase()
{
    const QString backend = qEnvironmentVariable("TORQUE_TEST_BACKEND");
    QVERIFY2(backend == QLatin1String("mariadb") || backend == QLatin1String("postgresql"),
             "set TORQUE_TEST_BACKEND to mariadb or postgresql: this test kills a database server");
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    const Result<Done> seeded = DbFunnelStream::seed(m_database->db());
    QVERIFY2(seeded.ok(), qPrintable(seeded.detail()));
}

void TestDbFunnelServerLoss::cleanupTestCase()
{
    if (!m_database)
        return;
    QVERIFY2(serverUp(), "could not start the database server again");
    reopenConnections();
}

void TestDbFunnelServerLoss::killedServerMidStreamLosesNothing()
{
    const auto restore = qScopeGuard([this] { serverUp(); });
    QTemporaryDir journal;
    QVERIFY(journal.isValid());
    DbFunnelOptions options;
    options.url = m_database->url();
    options.funnelName = QStringLiteral("tst_dbfunnelserverloss");
    options.journalDirectory = journal.path();
    options.flushIntervalMs = 10;
    options.reconnectMinMs = 100;
    options.reconnectMaxMs = 500;
    DbFunnel funnel(options);
    QSignalSpy changed(&funnel, &DbFunnel::statusChanged);
    funnel.start();
    QTRY_COMPARE(funnel.status().connection, DbFunnelStatus::Connection::Connected);

    constexpr qint64 Total = 100000;
    constexpr qint64 Rate = 20000;  // writes per second, a busy engine
    constexpr qint64 KillAfterApplied = 30000;
    constexpr qint64 OutageMs = 2000;
    enum class Phase { Before, Killing, Down, Starting, Up } phase = Phase::Before;
    QProcess control;
    control.setProcessChannelMode(QProcess::ForwardedChannels);
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer outage;
    qint64 next = 1;
    qint64 appliedAtKill = 0;
    // Time spent in enqueue(), in all and while the server was down.
    qint64 enqueueNs = 0;
    qint64 downEnqueueNs = 0;
    qint64 downWrites = 0;
    while (phase != Phase::Up || next <= Total) {
        QVERIFY2(clock.elapsed() < 180000, "the stream did not finish within 3 minutes");
        const qint64 due = std::min(Total, Rate * clock.elapsed() / 1000);
        QElapsedTimer slice;
        slice.start();
        const qint64 sliceFirst = next;
        for (; next <= due; ++next)
            QVERIFY(DbFunnelStream::enqueue(funnel, next));
        enqueueNs += slice.nsecsElapsed();
        if (phase == Phase::Down || phase == Phase::Starting) {
            downEnqueueNs += slice.nsecsElapsed();
            downWrites += next - sliceFirst;
        }

        const DbFunnelStatus status = funnel.status();
        switch (phase) {
        case Phase::Before:
            if (status.applied >= KillAfterApplied) {
                appliedAtKill = status.applied;
                control.start(QStringLiteral(TORQUE_DB_SERVER_CONTROL), downCommand());
                phase = Phase::Killing;
            }
            break;
        case Phase::Killing:
            if (control.state() == QProcess::NotRunning) {
                QCOMPARE(control.exitCode(), 0);
                outage.start();
                phase = Phase::Down;
            }
            break;
        case Phase::Down:
            if (outage.elapsed() >= OutageMs) {
                QCOMPARE(status.connection, DbFunnelStatus::Connection::Disconnected);
                control.start(QStringLiteral(TORQUE_DB_SERVER_CONTROL), upCommand());
                phase = Phase::Starting;
            }
            break;
        case Phase::Starting:
            if (control.state() == QProcess::NotRunning) {
                QCOMPARE(control.exitCode(), 0);
                phase = Phase::Up;
            }
            break;
        case Phase::Up:
            break;
        }
        QCoreApplication::processEvents();
        QThread::msleep(2);
    }
    const double nsPerWrite = double(enqueueNs) / Total;
    const double downNsPerWrite = downWrites ? double(downEnqueueNs) / downWrites : 0;
    qInfo("server killed after %lld writes were in; enqueued all %lld in %lld ms; enqueue %.0f ns/write, "
          "%.0f ns/write over the %lld enqueued while the server was down",
          static_cast<long long>(appliedAtKill), static_cast<long long>(Total),
          static_cast<long long>(clock.elapsed()), nsPerWrite, downNsPerWrite, static_cast<long long>(downWrites));
    QVERIFY(appliedAtKill < Total);
    QVERIFY(downWrites > 10000);
    QVERIFY2(nsPerWrite < 5000 && downNsPerWrite < 5000, "enqueue costs more than 5 us per write");

    QVERIFY2(funnel.waitForDrained(120000), "the backlog did not drain within 2 minutes of the restart");
    qInfo("drained %lld ms after the start", static_cast<long long>(clock.elapsed()));
    const DbFunnelStatus status = funnel.status();
    QCOMPARE(status.connection, DbFunnelStatus::Connection::Connected);
    QCOMPARE(status.dropped, 0u);
    QCOMPARE(status.rejected, 0u);
    bool sawDisconnected = false;
    for (const QList<QVariant> &signal : std::as_const(changed))
        sawDisconnected = sawDisconnected
            || signal.first().value<DbFunnelStatus>().connection == DbFunnelStatus::Connection::Disconnected;
    QVERIFY(sawDisconnected);

    // The test's own connections died with the server.
    reopenConnections();
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), Total);
}

QTEST_GUILESS_MAIN(TestDbFunnelServerLoss)
#include "tst_dbfunnelserverloss.moc"
