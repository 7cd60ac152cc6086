#include "common/protocol.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QJsonArray>
#include <QTest>

using namespace Protocol;

// Hostile and malformed frames: each gets a clear error code, the engine
// stays up, and no data changes.
class TestBadInput final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;

    void adminClient(TestClient &c)
    {
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("root"), QStringLiteral("root-password")).isOk());
    }

    // Proves the engine still serves a fresh client, and that nothing was stored.
    void engineStillServes(qint64 expectedTrunks = 0)
    {
        TestClient probe;
        adminClient(probe);
        QVERIFY(probe.request(Type::TrunksList).isOk());
        QCOMPARE(m_engine->rowCount(QStringLiteral("trunks")), expectedTrunks);
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<TestEngine>([](EngineSettings &s) {
            s.setMaxFrameBytes(4096);
            s.setMaxErrorsPerMinute(20);
        });
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        m_engine->addUser(QStringLiteral("root"), QStringLiteral("root-password"), Role::Admin);
    }

    void cleanup() { m_engine.reset(); }

    void malformedFrames_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("not json") << QStringLiteral("{\"v\":1,") << ErrorCode::BadJson;
        QTest::newRow("json array") << QStringLiteral("[]") << ErrorCode::BadJson;
        QTest::newRow("no id") << QStringLiteral("{\"v\":1,\"type\":\"trunks.list\"}") << ErrorCode::BadEnvelope;
        QTest::newRow("id text") << QStringLiteral("{\"v\":1,\"id\":\"7\",\"type\":\"trunks.list\"}") << ErrorCode::BadEnvelope;
        QTest::newRow("wrong version") << QStringLiteral("{\"v\":7,\"id\":7,\"type\":\"trunks.list\"}") << ErrorCode::UnsupportedVersion;
        QTest::newRow("unknown type") << QStringLiteral("{\"v\":1,\"id\":7,\"type\":\"trunks.explode\"}") << ErrorCode::UnknownType;
        QTest::newRow("data is list") << QStringLiteral("{\"v\":1,\"id\":7,\"type\":\"trunks.add\",\"data\":[1]}") << ErrorCode::BadEnvelope;
        QTest::newRow("a reply") << QStringLiteral("{\"re\":1,\"ok\":true}") << ErrorCode::BadEnvelope;
        QTest::newRow("nul bytes") << QStringLiteral("{\"v\":1,\u0000}") << ErrorCode::BadJson;
    }

    void malformedFrames()
    {
        QFETCH(QString, frame);
        QFETCH(ErrorCode, expected);
        TestClient c;
        adminClient(c);
        const ProtocolMessage r = c.sendRaw(frame);
        QCOMPARE(r.error(), expected);
        QVERIFY(!r.errorMessage().isEmpty());
        QVERIFY(c.isConnected());
        QVERIFY(c.request(Type::TrunksList).isOk()); // the same connection goes on
        engineStillServes();
    }

    void errorRepliesEchoTheIdWhenReadable()
    {
        TestClient c;
        adminClient(c);
        const ProtocolMessage r = c.sendRaw(QStringLiteral("{\"v\":1,\"id\":77,\"type\":\"no.such\"}"));
        QVERIFY(r.hasId());
        QCOMPARE(r.id(), 77);
        const ProtocolMessage bad = c.sendRaw(QStringLiteral("nonsense"));
        QVERIFY(!bad.hasId());
    }

    void wrongFieldTypes()
    {
        TestClient c;
        adminClient(c);
        const QJsonObject data{{Key::Name, QJsonArray{1, 2}}, {Key::DialString, 5},
                               {Key::MaxCps, QJsonObject{}}, {Key::MaxChannels, QStringLiteral("x")}};
        const ProtocolMessage r = c.request(Type::TrunksAdd, data);
        QCOMPARE(r.error(), ErrorCode::InvalidField);
        QCOMPARE(r.errorField(), QString(Key::Name));
        QCOMPARE(c.request(Type::TrunksRemove, {{Key::Id, QStringLiteral("1 OR 1=1")}}).error(),
                 ErrorCode::InvalidField);
        QCOMPARE(c.request(Type::Login, {{Key::User, 5}, {Key::Password, true}}).error(),
                 ErrorCode::InvalidField);
        engineStillServes();
    }

    void hostileStrings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("100 kB") << QString(100 * 1024 / 8, u'x'); // 12.8k chars; frame over 4096 bytes
        QTest::newRow("1000 chars") << QString(1000, u'y');
        QTest::newRow("control") << QStringLiteral("bad\u0007bell");
        QTest::newRow("newline") << QStringLiteral("two\r\nlines");
        QTest::newRow("bidi override") << QStringLiteral("abc\u202Edef");
    }

    void hostileStrings()
    {
        QFETCH(QString, name);
        TestClient c;
        adminClient(c);
        // sendRaw waits for any reply: a frame over the limit is answered with "re":null.
        const QJsonObject data{{Key::Name, name}, {Key::DialString, QStringLiteral("SIP/${EXTEN}@p")},
                               {Key::MaxCps, 1}, {Key::MaxChannels, 1}};
        const ProtocolMessage r = c.sendRaw(
            QString::fromUtf8(ProtocolMessage::request(99, Type::TrunksAdd, data).toJson()));
        QVERIFY(!r.isOk());
        QVERIFY(r.error() == ErrorCode::InvalidField || r.error() == ErrorCode::FrameTooLarge);
        engineStillServes();
    }

    void oversizedFrameIsRefusedWithAnError()
    {
        TestClient c;
        adminClient(c);
        const ProtocolMessage r = c.sendRaw(QStringLiteral("{\"v\":1,\"id\":1,\"type\":\"trunks.list\",\"data\":{\"pad\":\"%1\"}}")
                                                .arg(QString(10000, u'a')));
        QCOMPARE(r.error(), ErrorCode::FrameTooLarge);
        QVERIFY(c.isConnected());
        QVERIFY(c.request(Type::TrunksList).isOk());
    }

    void absurdFrameDropsOnlyThatConnection()
    {
        TestClient c;
        adminClient(c);
        c.sendRaw(QString(1024 * 1024, u'{'));
        QVERIFY(c.waitForDisconnect());
        engineStillServes();
    }

    void binaryFramesAreRefused()
    {
        TestClient c;
        adminClient(c);
        QCOMPARE(c.sendBinary(QByteArray("\x00\x01\x02", 3)).error(), ErrorCode::BinaryNotAccepted);
        QVERIFY(c.request(Type::TrunksList).isOk());
    }

    void aFloodOfBadFramesIsCutOff()
    {
        TestClient c;
        adminClient(c);
        for (int i = 0; i < 25 && c.isConnected(); ++i)
            c.sendRaw(QStringLiteral("garbage %1").arg(i));
        QVERIFY(c.waitForDisconnect());
        engineStillServes();
    }

    void unauthenticatedWritesChangeNothing()
    {
        TestClient c;
        QVERIFY(c.connectTo(m_engine->url()));
        QCOMPARE(c.request(Type::Hello, {{Key::Protocol, Version}}).isOk(), true);
        QCOMPARE(c.request(Type::TrunksAdd, {{Key::Name, QStringLiteral("sneaky")},
                                             {Key::DialString, QStringLiteral("SIP/${EXTEN}@p")},
                                             {Key::MaxCps, 1}, {Key::MaxChannels, 1}}).error(),
                 ErrorCode::NotAuthenticated);
        engineStillServes();
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
