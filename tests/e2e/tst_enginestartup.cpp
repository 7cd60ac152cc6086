#include "common/protocol.h"
#include "tests/support/testclient.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The torque-engine executable itself: options, bad configuration, and a
// graceful shutdown on SIGTERM / SIGINT.
class TestEngineStartup final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static void startEngine(QProcess &engine, const QStringList &arguments)
    {
        engine.setProcessChannelMode(QProcess::MergedChannels);
        engine.start(QStringLiteral(TORQUE_ENGINE_BINARY), arguments);
        QVERIFY(engine.waitForStarted(30000));
    }

    static bool waitForOutput(QProcess &engine, const QByteArray &text, QByteArray &seen)
    {
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            seen += engine.readAll();
            if (seen.contains(text))
                return true;
            if (engine.state() == QProcess::NotRunning)
                return false;
            engine.waitForReadyRead(200);
        }
        return false;
    }

private slots:
    void badSettingsExitWithCode2_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("listen") << QStringList{QStringLiteral("--listen"), QStringLiteral("nowhere")} << QByteArray("api/listen");
        QTest::newRow("log level") << QStringList{QStringLiteral("--log-level"), QStringLiteral("chatty")} << QByteArray("log/level");
        QTest::newRow("config") << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/engine.conf")} << QByteArray("cannot read");
    }

    void badSettingsExitWithCode2()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QProcess engine;
        startEngine(engine, arguments);
        QVERIFY(engine.waitForFinished(60000));
        QCOMPARE(engine.exitCode(), 2);
        QVERIFY2(engine.readAll().contains(message), message.constData());
    }

    void badDatabaseUrlFailsToStart()
    {
        QProcess engine;
        startEngine(engine, {QStringLiteral("--database"), QStringLiteral("oracle://x"),
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(engine.waitForFinished(60000));
        QCOMPARE(engine.exitCode(), 3);
    }

    void servesAndStopsOnSignals_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void servesAndStopsOnSignals()
    {
        QFETCH(int, signalNumber);
        const quint16 port = freePort();
        const QString db = m_dir.filePath(QStringLiteral("engine-%1.db").arg(signalNumber));
        QProcess engine;
        startEngine(engine, {QStringLiteral("--database"), QStringLiteral("sqlite://") + db,
                             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                             QStringLiteral("--log-level"), QStringLiteral("info")});
        QByteArray seen;
        QVERIFY2(waitForOutput(engine, "ready on", seen), seen.constData());

        TestClient client;
        QVERIFY(client.connectTo(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port))));
        const ProtocolMessage hello = client.request(Protocol::Type::Hello, {{Protocol::Key::Protocol, 1}});
        QVERIFY(hello.isOk());
        QCOMPARE(hello.data().value(Protocol::Key::Engine).toString(), QStringLiteral("torque-engine"));

        ::kill(pid_t(engine.processId()), signalNumber);
        QVERIFY(engine.waitForFinished(60000));
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QCOMPARE(engine.exitCode(), 0);
        seen += engine.readAll();
        QVERIFY2(seen.contains("shutting down"), seen.constData());
        QVERIFY(client.waitForDisconnect());
    }
};

QTEST_GUILESS_MAIN(TestEngineStartup)
#include "tst_enginestartup.moc"
