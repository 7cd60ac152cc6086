#include "common/protocol.h"
#include "console/net/engineclient.h"
#include "tests/console/fakeengineserver.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Protocol;
using namespace std::chrono_literals;

namespace {

constexpr int kTimeout = 15000;

// Keeps the last reply a handler received.
struct ReplyCatcher
{
    std::optional<ProtocolMessage> reply;
    EngineClient::ReplyHandler handler()
    {
        return [this](const ProtocolMessage &m) { reply = m; };
    }
};

} // namespace

class TestEngineClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saysHelloFirstAndReportsConnected();
    void matchesRepliesById();
    void timesOutUnansweredRequests();
    void ignoresMalformedFrames();
    void refusesAnotherProtocolVersion();
    void reportsAnUnsupportedVersionReply();
    void reportsARefusedConnection();
    void failsRequestsWhileDisconnected();
    void failsPendingRequestsOnADrop();
    void reconnectsWithBackoffAndRestoresTheSession();
    void losesTheSessionWhenTheLoginIsRefusedAfterReconnecting();
    void forgetsCredentialsOnLogout();
    void showsTlsErrorsInsteadOfIgnoringThem();

private:
    void connectClient();
    void loginClient();

    FakeEngineServer *m_server = nullptr;
    EngineClient *m_client = nullptr;
};

void TestEngineClient::init()
{
    m_server = new FakeEngineServer(this);
    QVERIFY(m_server->listen());
    m_client = new EngineClient(this);
}

void TestEngineClient::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestEngineClient::connectClient()
{
    QSignalSpy connected(m_client, &EngineClient::connected);
    m_client->connectTo(m_server->url());
    QCOMPARE(m_client->state(), EngineClient::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
    QCOMPARE(m_client->state(), EngineClient::State::Connected);
}

void TestEngineClient::loginClient()
{
    ReplyCatcher login;
    m_client->login(QStringLiteral("alice"), QStringLiteral("secret123"), nullptr, login.handler());
    QTRY_VERIFY_WITH_TIMEOUT(login.reply.has_value(), kTimeout);
    QVERIFY(login.reply->isOk());
    QVERIFY(m_client->isLoggedIn());
    QCOMPARE(m_client->userName(), QStringLiteral("alice"));
    QCOMPARE(m_client->role(), std::optional<Role>(Role::Admin));
}

void TestEngineClient::saysHelloFirstAndReportsConnected()
{
    QSignalSpy states(m_client, &EngineClient::stateChanged);
    connectClient();
    QCOMPARE(m_server->requestTypes(), QStringList{QString(Type::Hello)});
    const ProtocolMessage hello = m_server->requests().constFirst();
    QCOMPARE(hello.data().value(Key::Protocol).toInt(), Protocol::Version);
    QVERIFY(hello.data().value(Key::Client).toString().startsWith(QStringLiteral("torque-console")));
    QCOMPARE(m_client->engineVersion(), QStringLiteral("fake"));
    QCOMPARE(states.count(), 2);
    QCOMPARE(states.at(0).at(0).value<EngineClient::State>(), EngineClient::State::Connecting);
    QCOMPARE(states.at(1).at(0).value<EngineClient::State>(), EngineClient::State::Connected);
}

void TestEngineClient::matchesRepliesById()
{
    connectClient();
    ReplyCatcher first, second;
    const qint64 id1 = m_client->request(FakeEngineServer::LaterType, {{Key::Name, 1}}, first.handler());
    const qint64 id2 = m_client->request(FakeEngineServer::LaterType, {{Key::Name, 2}}, second.handler());
    QVERIFY(id1 != id2);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, kTimeout);
    m_server->flushLater(); // answers the second request first
    QTRY_VERIFY_WITH_TIMEOUT(first.reply && second.reply, kTimeout);
    QCOMPARE(first.reply->id(), id1);
    QCOMPARE(first.reply->data().value(Key::Name).toInt(), 1);
    QCOMPARE(second.reply->id(), id2);
    QCOMPARE(second.reply->data().value(Key::Name).toInt(), 2);
}

void TestEngineClient::timesOutUnansweredRequests()
{
    connectClient();
    m_client->setRequestTimeout(500ms);
    ReplyCatcher silent;
    m_client->request(FakeEngineServer::SilentType, {}, silent.handler());
    QTRY_VERIFY_WITH_TIMEOUT(silent.reply.has_value(), kTimeout);
    QCOMPARE(silent.reply->error(), ErrorCode::Internal);
    QVERIFY2(silent.reply->errorMessage().contains(QStringLiteral("did not answer")),
             qPrintable(silent.reply->errorMessage()));
    // The connection itself is fine.
    QCOMPARE(m_client->state(), EngineClient::State::Connected);
    ReplyCatcher echo;
    m_client->request(FakeEngineServer::EchoType, {}, echo.handler());
    QTRY_VERIFY_WITH_TIMEOUT(echo.reply.has_value(), kTimeout);
    QVERIFY(echo.reply->isOk());
}

void TestEngineClient::ignoresMalformedFrames()
{
    connectClient();
    QSignalSpy events(m_client, &EngineClient::eventReceived);
    m_server->sendText(QStringLiteral("this is not json"));
    m_server->sendText(QStringLiteral("[1, 2, 3]"));
    m_server->sendText(QStringLiteral("{\"re\": \"x\", \"ok\": true}"));
    m_server->sendText(QStringLiteral("{\"event\": 42}"));
    m_server->sendText(QStringLiteral("{\"re\": 999999, \"ok\": true, \"data\": {}}"));
    m_server->sendText(QStringLiteral("{\"event\": \"trunks.changed\", \"data\": {\"trunks\": []}}"));
    QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, kTimeout);
    QCOMPARE(events.at(0).at(0).toString(), QString(Event::TrunksChanged));
    QCOMPARE(m_client->state(), EngineClient::State::Connected);
    ReplyCatcher echo;
    m_client->request(FakeEngineServer::EchoType, {{Key::Name, QStringLiteral("x")}}, echo.handler());
    QTRY_VERIFY_WITH_TIMEOUT(echo.reply.has_value(), kTimeout);
    QCOMPARE(echo.reply->data().value(Key::Name).toString(), QStringLiteral("x"));
}

void TestEngineClient::refusesAnotherProtocolVersion()
{
    m_server->setHelloProtocol(2);
    QSignalSpy errors(m_client, &EngineClient::errorOccurred);
    QSignalSpy connected(m_client, &EngineClient::connected);
    m_client->connectTo(m_server->url());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeout);
    const QString text = errors.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("Protocol mismatch")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("version 2")), qPrintable(text));
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
    QCOMPARE(connected.count(), 0);
}

void TestEngineClient::reportsAnUnsupportedVersionReply()
{
    m_server->setHelloError(ErrorCode::UnsupportedVersion);
    QSignalSpy errors(m_client, &EngineClient::errorOccurred);
    m_client->connectTo(m_server->url());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeout);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("Protocol mismatch")),
             qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
}

void TestEngineClient::reportsARefusedConnection()
{
    const QUrl url = m_server->url();
    m_server->stop();
    QSignalSpy errors(m_client, &EngineClient::errorOccurred);
    QSignalSpy states(m_client, &EngineClient::stateChanged);
    m_client->connectTo(url);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeout);
    const QString text = errors.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("Could not connect")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(text));
    // A wrong address is not retried behind the user's back: straight to
    // Disconnected, never Reconnecting.
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
    for (const QList<QVariant> &args : std::as_const(states))
        QVERIFY(args.at(0).value<EngineClient::State>() != EngineClient::State::Reconnecting);
}

void TestEngineClient::failsRequestsWhileDisconnected()
{
    ReplyCatcher reply;
    m_client->request(FakeEngineServer::EchoType, {}, reply.handler());
    QVERIFY(!reply.reply.has_value()); // never from inside request()
    QTRY_VERIFY_WITH_TIMEOUT(reply.reply.has_value(), kTimeout);
    QCOMPARE(reply.reply->error(), ErrorCode::Internal);
    QVERIFY(reply.reply->errorMessage().contains(QStringLiteral("Not connected")));
}

void TestEngineClient::failsPendingRequestsOnADrop()
{
    connectClient();
    ReplyCatcher silent;
    // A handler whose context is gone is never called.
    auto context = new QObject;
    bool calledDead = false;
    m_client->request(FakeEngineServer::SilentType, {}, silent.handler());
    m_client->request(FakeEngineServer::SilentType, {}, context,
                      [&calledDead](const ProtocolMessage &) { calledDead = true; });
    delete context;
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, kTimeout);
    m_server->dropClients();
    QTRY_VERIFY_WITH_TIMEOUT(silent.reply.has_value(), kTimeout);
    QCOMPARE(silent.reply->error(), ErrorCode::Internal);
    QVERIFY2(silent.reply->errorMessage().contains(QStringLiteral("lost")),
             qPrintable(silent.reply->errorMessage()));
    QVERIFY(!calledDead);
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), EngineClient::State::Connected, kTimeout);
}

void TestEngineClient::reconnectsWithBackoffAndRestoresTheSession()
{
    connectClient();
    loginClient();
    ReplyCatcher subscribed;
    m_client->subscribe(QString(Topic::Trunks), nullptr, subscribed.handler());
    QTRY_VERIFY_WITH_TIMEOUT(subscribed.reply.has_value(), kTimeout);
    QVERIFY(subscribed.reply->isOk());

    QSignalSpy countdown(m_client, &EngineClient::reconnectCountdownChanged);
    QSignalSpy restored(m_client, &EngineClient::sessionRestored);
    QSignalSpy lost(m_client, &EngineClient::sessionLost);
    m_server->stop();
    m_server->clearRequests();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), EngineClient::State::Reconnecting, kTimeout);
    QCOMPARE(countdown.value(0).value(0).toInt(), 1); // first wait: 1 s

    // The first attempt fails (nobody listens): the next wait doubles.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(countdown.cbegin(), countdown.cend(),
                    [](const QList<QVariant> &args) { return args.at(0).toInt() == 2; }),
        kTimeout);
    QCOMPARE(m_client->state(), EngineClient::State::Reconnecting);

    QVERIFY(m_server->restart());
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kTimeout);
    QCOMPARE(m_client->state(), EngineClient::State::Connected);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(m_server->requestTypes(),
             (QStringList{QString(Type::Hello), QString(Type::Login), QString(Type::Subscribe)}));
    const ProtocolMessage login = m_server->requests().at(1);
    QCOMPARE(login.data().value(Key::User).toString(), QStringLiteral("alice"));
    QCOMPARE(login.data().value(Key::Password).toString(), QStringLiteral("secret123"));
    QCOMPARE(m_server->requests().at(2).data().value(Key::Topics).toArray(),
             QJsonArray{QString(Topic::Trunks)});

    // After a good reconnection the back-off starts again from 1 s.
    countdown.clear();
    m_server->dropClients();
    QTRY_VERIFY_WITH_TIMEOUT(!countdown.isEmpty(), kTimeout);
    QCOMPARE(countdown.at(0).at(0).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 2, kTimeout);
}

void TestEngineClient::losesTheSessionWhenTheLoginIsRefusedAfterReconnecting()
{
    connectClient();
    loginClient();
    QSignalSpy lost(m_client, &EngineClient::sessionLost);
    m_server->setPassword(QStringLiteral("changed-elsewhere"));
    m_server->dropClients();
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, kTimeout);
    QVERIFY2(lost.at(0).at(0).toString().contains(QStringLiteral("Wrong user name or password")),
             qPrintable(lost.at(0).at(0).toString()));
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
    QVERIFY(!m_client->isLoggedIn());
}

void TestEngineClient::forgetsCredentialsOnLogout()
{
    connectClient();
    loginClient();
    m_client->logout();
    QVERIFY(!m_client->isLoggedIn());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestTypes().contains(QString(Type::Logout)), kTimeout);
    QSignalSpy restored(m_client, &EngineClient::sessionRestored);
    m_server->clearRequests();
    m_server->dropClients();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kTimeout);
    QCOMPARE(m_server->requestTypes(), QStringList{QString(Type::Hello)});
}

void TestEngineClient::showsTlsErrorsInsteadOfIgnoringThem()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is needed to make a self-signed certificate");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    QProcess process;
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"),
                            QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QFile keyFile(keyPath);
    QFile certFile(certPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    delete m_server;
    m_server = new FakeEngineServer(this);
    QVERIFY(m_server->listen(tls));
    QCOMPARE(m_server->url().scheme(), QStringLiteral("wss"));
    QSignalSpy errors(m_client, &EngineClient::errorOccurred);
    m_client->connectTo(m_server->url());
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kTimeout);
    const QString text = errors.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("certificate is not trusted")), qPrintable(text));
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
    QVERIFY(m_server->requests().isEmpty());
}

QTEST_MAIN(TestEngineClient)
#include "tst_engineclient.moc"
