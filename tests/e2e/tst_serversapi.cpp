#include "common/protocol.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

using namespace Protocol;

// Voice servers through a real WebSocket to a real engine.
class TestServersApi final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;
    const QString m_secret = QStringLiteral("Sup3r-Secret-AMI");

    void adminClient(TestClient &c)
    {
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("root"), QStringLiteral("root-password")).isOk());
    }

    QJsonObject server(const QString &name, quint16 port, bool enabled) const
    {
        return {{Key::Name, name}, {Key::Host, QStringLiteral("127.0.0.1")}, {Key::AmiPort, port},
                {Key::AmiUser, QStringLiteral("dialer")}, {Key::AmiSecret, m_secret},
                {Key::MaxChannels, 50}, {Key::Enabled, enabled}};
    }

    static QJsonObject firstServer(TestClient &c)
    {
        return c.request(Type::ServersList).data().value(Key::Servers).toArray().at(0).toObject();
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort(); // closed again when probe goes
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<TestEngine>();
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        m_engine->addUser(QStringLiteral("root"), QStringLiteral("root-password"), Role::Admin);
    }

    void cleanup() { m_engine.reset(); }

    void crudWithoutEverShowingTheSecret()
    {
        TestClient c;
        adminClient(c);
        const ProtocolMessage added = c.request(Type::ServersAdd, server(QStringLiteral("voice-1"), 5038, false));
        QVERIFY2(added.isOk(), qPrintable(added.errorMessage()));
        const QJsonObject stored = added.data().value(Key::Server).toObject();
        QVERIFY(stored.value(Key::HasSecret).toBool());
        QVERIFY(!stored.contains(Key::AmiSecret));
        const qint64 id = stored.value(Key::Id).toInteger();

        const QJsonObject listed = firstServer(c);
        QCOMPARE(listed.value(Key::State).toString(), QStringLiteral("inactive"));
        QVERIFY(!QJsonDocument(listed).toJson().contains(m_secret.toUtf8()));

        QJsonObject edit = server(QStringLiteral("voice-1b"), 5039, false);
        edit.insert(Key::Id, id);
        edit.remove(Key::AmiSecret); // keep the stored secret
        const ProtocolMessage updated = c.request(Type::ServersUpdate, edit);
        QVERIFY2(updated.isOk(), qPrintable(updated.errorMessage()));
        QCOMPARE(updated.data().value(Key::Server).toObject().value(Key::AmiPort).toInt(), 5039);
        QVERIFY(updated.data().value(Key::Server).toObject().value(Key::HasSecret).toBool());

        QCOMPARE(c.request(Type::ServersAdd, server(QStringLiteral("voice-1b"), 5038, false)).error(),
                 ErrorCode::Conflict);
        QVERIFY(c.request(Type::ServersRemove, {{Key::Id, id}}).isOk());
        QCOMPARE(c.request(Type::ServersRemove, {{Key::Id, id}}).error(), ErrorCode::NotFound);
    }

    void badFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("host spaces") << QString(Key::Host) << QJsonValue(QStringLiteral("bad host"));
        QTest::newRow("port 0") << QString(Key::AmiPort) << QJsonValue(0);
        QTest::newRow("port 70000") << QString(Key::AmiPort) << QJsonValue(70000);
        QTest::newRow("user CRLF") << QString(Key::AmiUser) << QJsonValue(QStringLiteral("a\r\nAction: Logoff"));
        QTest::newRow("channels -1") << QString(Key::MaxChannels) << QJsonValue(-1);
        QTest::newRow("enabled text") << QString(Key::Enabled) << QJsonValue(QStringLiteral("yes"));
    }

    void badFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        TestClient c;
        adminClient(c);
        QJsonObject data = server(QStringLiteral("x"), 5038, false);
        data.insert(field, value);
        const ProtocolMessage r = c.request(Type::ServersAdd, data);
        QCOMPARE(r.error(), ErrorCode::InvalidField);
        QCOMPARE(r.errorField(), field);
        QCOMPARE(m_engine->rowCount(QStringLiteral("voice_servers")), 0);
    }

    void unreachableServerTimesOutAndStopGoesInactive()
    {
        TestClient c;
        adminClient(c);
        TestClient watcher;
        adminClient(watcher);
        QVERIFY(watcher.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("servers")}}}).isOk());

        const ProtocolMessage added = c.request(Type::ServersAdd, server(QStringLiteral("dead"), closedPort(), false));
        QVERIFY(added.isOk());
        const qint64 id = added.data().value(Key::Server).toObject().value(Key::Id).toInteger();
        QVERIFY(c.request(Type::ServersStart, {{Key::Id, id}}).data().value(Key::Server).toObject()
                    .value(Key::Enabled).toBool());
        QTRY_COMPARE_WITH_TIMEOUT(firstServer(c).value(Key::State).toString(), QStringLiteral("timeout"), 30000);
        QVERIFY(!firstServer(c).value(Key::StateDetail).toString().isEmpty());
        // Followers heard about it, and never saw the secret.
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.events().isEmpty(), 10000);
        for (const ProtocolMessage &event : watcher.events())
            QVERIFY(!event.toJson().contains(m_secret.toUtf8()));

        QVERIFY(c.request(Type::ServersStop, {{Key::Id, id}}).isOk());
        QCOMPARE(firstServer(c).value(Key::State).toString(), QStringLiteral("inactive"));
    }

    void onlyAdminsManageServers()
    {
        m_engine->addUser(QStringLiteral("money"), QStringLiteral("money-password"), Role::AccountsManager);
        TestClient c;
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("money"), QStringLiteral("money-password")).isOk());
        QCOMPARE(c.request(Type::ServersList).error(), ErrorCode::Forbidden);
        QCOMPARE(c.request(Type::ServersAdd, server(QStringLiteral("x"), 5038, false)).error(), ErrorCode::Forbidden);
        QCOMPARE(c.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("servers")}}}).error(),
                 ErrorCode::Forbidden);
    }
};

QTEST_GUILESS_MAIN(TestServersApi)
#include "tst_serversapi.moc"
