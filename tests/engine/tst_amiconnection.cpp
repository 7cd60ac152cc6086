#include "engine/ami/amiauth.h"
#include "engine/ami/amiconnection.h"
#include "engine/ami/amiparser.h"

#include <QHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int kWait = 5000; // generous: the machine may be busy with other builds

// A scripted AMI peer: banner, Login (plain or MD5), Challenge and Ping the way
// Asterisk answers them; everything else goes to `onAction` (or gets a plain
// Success). Not the voice simulator: each test decides exactly what is sent.
class FakeNode final : public QObject
{
public:
    using Handler = std::function<bool(QTcpSocket *, const AmiMessage &)>;

    FakeNode()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeNode::onNewConnection);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }

    QByteArray username = "dialer";
    QByteArray secret = "s3cret";
    QByteArray challenge = "840912467";
    bool sendBanner = true;
    bool answerPings = true;
    Handler onAction;
    QList<AmiMessage> received;
    int connections = 0;
    int logins = 0;
    QTcpSocket *client = nullptr;

    int count(QByteArrayView action) const
    {
        int n = 0;
        for (const AmiMessage &m : received)
            n += m.isType(action) ? 1 : 0;
        return n;
    }

    void send(const QByteArray &bytes)
    {
        if (client)
            client->write(bytes);
    }

    static QByteArray response(const AmiMessage &action, const QByteArray &type,
                               const QList<AmiMessage::Field> &extra = {})
    {
        AmiMessage r;
        r.add("Response", type);
        r.add("ActionID", action.actionId());
        for (const AmiMessage::Field &f : extra)
            r.add(f.first, f.second);
        return r.serialize();
    }

private:
    void onNewConnection()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            client = socket;
            auto parser = std::make_shared<AmiParser>(AmiParser::Side::Server);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, parser] {
                QList<AmiMessage> actions;
                if (!parser->feed(socket->readAll(), actions))
                    qFatal("client sent bad AMI: %s", qPrintable(parser->error()));
                for (const AmiMessage &a : actions)
                    handle(socket, a);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QObject::destroyed, this, [this, socket] {
                if (client == socket)
                    client = nullptr;
            });
            if (sendBanner)
                socket->write("Asterisk Call Manager/9.0.0\r\n");
        }
    }

    void handle(QTcpSocket *socket, const AmiMessage &a)
    {
        received.append(a);
        if (a.isType("Login")) {
            const bool md5 = a.value("AuthType").compare("md5", Qt::CaseInsensitive) == 0;
            const bool good = a.value("Username") == username
                    && (md5 ? a.value("Key") == AmiAuth::md5Key(challenge, secret)
                            : a.value("Secret") == secret);
            if (!good) {
                // Asterisk answers, then hangs up.
                socket->write(response(a, "Error", {{"Message", "Authentication failed"}}));
                socket->disconnectFromHost();
                return;
            }
            ++logins;
            socket->write(response(a, "Success", {{"Message", "Authentication accepted"}}));
            return;
        }
        if (a.isType("Challenge")) {
            socket->write(response(a, "Success", {{"Challenge", challenge}}));
            return;
        }
        if (a.isType("Ping")) {
            if (answerPings)
                socket->write(response(a, "Success", {{"Ping", "Pong"}, {"Timestamp", "1.0"}}));
            return;
        }
        if (a.isType("Logoff")) {
            socket->write(response(a, "Goodbye", {{"Message", "Thanks for all the fish."}}));
            socket->disconnectFromHost();
            return;
        }
        if (onAction && onAction(socket, a))
            return;
        socket->write(response(a, "Success"));
    }

    QTcpServer m_server;
};

AmiConnection::Config configFor(const FakeNode &node)
{
    AmiConnection::Config c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = node.port();
    c.username = "dialer";
    c.secret = "s3cret";
    c.connectTimeoutMs = 2000;
    c.loginTimeoutMs = 2000;
    c.actionTimeoutMs = 2000;
    c.pingIntervalMs = 100;
    c.pingTimeoutMs = 150;
    c.maxMissedPings = 1000;
    c.reconnectMinMs = 50;
    c.reconnectMaxMs = 200;
    return c;
}

AmiMessage makeEvent(const QByteArray &type, const QList<AmiMessage::Field> &fields)
{
    AmiMessage e;
    e.add("Event", type);
    for (const AmiMessage::Field &f : fields)
        e.add(f.first, f.second);
    return e;
}

} // namespace

class TestAmiConnection final : public QObject
{
    Q_OBJECT

private slots:
    void plainLogin()
    {
        FakeNode node;
        AmiConnection ami(configFor(node));
        QSignalSpy states(&ami, &AmiConnection::stateChanged);
        QCOMPARE(ami.state(), AmiConnection::State::Inactive);
        ami.start();
        QCOMPARE(ami.state(), AmiConnection::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QCOMPARE(states.size(), 2);
        QCOMPARE(ami.banner(), QByteArray("Asterisk Call Manager/9.0.0"));
        const AmiMessage login = node.received.first();
        QVERIFY(login.isType("Login"));
        QCOMPARE(login.value("Username"), QByteArray("dialer"));
        QCOMPARE(login.value("Secret"), QByteArray("s3cret"));
        QCOMPARE(login.value("Events"), QByteArray("on"));
        QVERIFY(ami.ownsActionId(login.actionId()));
        QVERIFY(!ami.ownsActionId("orig-1001"));
    }

    void md5Login()
    {
        FakeNode node;
        AmiConnection::Config config = configFor(node);
        config.useMd5 = true;
        AmiConnection ami(config);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QVERIFY(node.received[0].isType("Challenge"));
        QCOMPARE(node.received[0].value("AuthType"), QByteArray("MD5"));
        const AmiMessage login = node.received[1];
        QVERIFY(login.isType("Login"));
        QVERIFY(!login.has("Secret")); // the secret never crosses the wire
        QCOMPARE(login.value("Key"), QByteArray(QCryptographicHash::hash(
                                             "840912467s3cret", QCryptographicHash::Md5).toHex()));
    }

    void loginRejected()
    {
        FakeNode node;
        node.secret = "other";
        AmiConnection ami(configFor(node));
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::LoginFailed, kWait);
        QVERIFY(!down.isEmpty());
        QVERIFY2(down.first().first().toString().contains(QStringLiteral("Authentication failed")),
                 qPrintable(down.first().first().toString()));
        // It keeps trying with back-off, and gets in once the node agrees.
        QTRY_VERIFY_WITH_TIMEOUT(node.connections >= 3, kWait);
        QCOMPARE(ami.state(), AmiConnection::State::LoginFailed);
        node.secret = "s3cret";
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
    }

    void outOfOrderResponses()
    {
        FakeNode node;
        QList<AmiMessage> held;
        node.onAction = [&](QTcpSocket *, const AmiMessage &a) {
            if (!a.isType("Test"))
                return false;
            held.append(a);
            return true;
        };
        AmiConnection ami(configFor(node));
        QSignalSpy events(&ami, &AmiConnection::eventReceived);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);

        QHash<QByteArray, QByteArray> answers; // ActionID -> the Message it got
        QList<QByteArray> ids;
        for (int i = 0; i < 3; ++i) {
            ids.append(ami.sendAction(AmiMessage::action("Test", {}), [&](const AmiResult &r) {
                QVERIFY(r.ok());
                QVERIFY(!answers.contains(r.actionId));
                answers.insert(r.actionId, r.response.value("Message"));
            }));
        }
        QCOMPARE(ami.pendingActionCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 3, kWait);
        QByteArray burst;
        for (qsizetype i = held.size() - 1; i >= 0; --i)
            burst += FakeNode::response(held[i], "Success", {{"Message", "for " + held[i].actionId()}});
        // Asterisk broadcasts OriginateResponse with our ActionID after the Response.
        burst += makeEvent("OriginateResponse", {{"ActionID", ids[0]}, {"Response", "Success"}})
                         .serialize();
        node.send(burst);
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, kWait);
        for (const QByteArray &id : ids)
            QCOMPARE(answers.value(id), "for " + id);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, kWait);
        const AmiMessage originate = events.first().first().value<AmiMessage>();
        QVERIFY(originate.isType("OriginateResponse"));
        QVERIFY(ami.ownsActionId(originate.actionId()));
        QCOMPARE(ami.pendingActionCount(), 0);
    }

    void actionTimeout()
    {
        FakeNode node;
        QList<AmiMessage> ignored;
        node.onAction = [&](QTcpSocket *, const AmiMessage &a) {
            if (!a.isType("Slow"))
                return false;
            ignored.append(a);
            return true;
        };
        AmiConnection::Config config = configFor(node);
        config.actionTimeoutMs = 200;
        AmiConnection ami(config);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        int calls = 0;
        AmiResult result;
        ami.sendAction(AmiMessage::action("Slow", {}), [&](const AmiResult &r) {
            ++calls;
            result = r;
        });
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, kWait);
        QVERIFY(result.timedOut());
        QVERIFY(!result.ok());
        // A late answer is ignored; the session carries on.
        node.send(FakeNode::response(ignored.first(), "Success"));
        bool fine = false;
        ami.sendAction(AmiMessage::action("Fast", {}), [&](const AmiResult &r) { fine = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(fine, kWait);
        QCOMPARE(calls, 1);
        QCOMPARE(ami.state(), AmiConnection::State::Active);
    }

    void eventListCollected()
    {
        FakeNode node;
        node.onAction = [&](QTcpSocket *socket, const AmiMessage &a) {
            if (!a.isType("CoreShowChannels"))
                return false;
            const QByteArray id = a.actionId();
            QByteArray out = FakeNode::response(a, "Success", {{"EventList", "start"},
                                                               {"Message", "Channels will follow"}});
            out += makeEvent("CoreShowChannel", {{"ActionID", id}, {"Channel", "SIP/1-0001"}}).serialize();
            // Unrelated traffic in the middle of the list.
            out += makeEvent("Newexten", {{"Channel", "SIP/9-0009"}}).serialize();
            out += makeEvent("CoreShowChannel", {{"ActionID", id}, {"Channel", "SIP/2-0002"}}).serialize();
            out += makeEvent("CoreShowChannelsComplete", {{"ActionID", id}, {"EventList", "Complete"},
                                                       {"ListItems", "2"}}).serialize();
            // Split the burst so the list spans reads.
            socket->write(out.left(70));
            socket->flush();
            socket->write(out.mid(70));
            return true;
        };
        AmiConnection ami(configFor(node));
        QSignalSpy events(&ami, &AmiConnection::eventReceived);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        std::optional<AmiResult> result;
        ami.sendAction(AmiMessage::action("CoreShowChannels", {}),
                       [&](const AmiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWait);
        QVERIFY(result->ok());
        QCOMPARE(result->events.size(), 2);
        QCOMPARE(result->events[1].value("Channel"), QByteArray("SIP/2-0002"));
        QVERIFY(result->listEnd.isType("CoreShowChannelsComplete"));
        QCOMPARE(result->listEnd.value("ListItems"), QByteArray("2"));
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().first().value<AmiMessage>().isType("Newexten"));
    }

    void pingTimeoutAndRecovery()
    {
        FakeNode node;
        AmiConnection ami(configFor(node));
        QSignalSpy states(&ami, &AmiConnection::stateChanged);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(node.count("Ping") >= 2, kWait);
        node.answerPings = false;
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Timeout, kWait);
        node.answerPings = true;
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QCOMPARE(node.connections, 1); // the session was kept
        QCOMPARE(node.logins, 1);
    }

    void unansweredPingsDropTheSession()
    {
        FakeNode node;
        AmiConnection::Config config = configFor(node);
        config.maxMissedPings = 2;
        AmiConnection ami(config);
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        node.answerPings = false;
        QTRY_VERIFY_WITH_TIMEOUT(!down.isEmpty(), kWait);
        QCOMPARE(down.first().first().toString(), QStringLiteral("no answer to 2 pings"));
        QCOMPARE(ami.state(), AmiConnection::State::Timeout);
        node.answerPings = true;
        QTRY_COMPARE_WITH_TIMEOUT(node.logins, 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
    }

    void peerClosesMidFrame()
    {
        FakeNode node;
        AmiConnection ami(configFor(node));
        QSignalSpy events(&ami, &AmiConnection::eventReceived);
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        node.send("Event: Hangup\r\nChannel: SIP/1\r\nCause: 16\r\n\r\nEvent: Newchannel\r\nChannel: SIP/2");
        node.client->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(down.size(), 1, kWait);
        QCOMPARE(down.first().first().toString(), QStringLiteral("connection closed by the node"));
        QCOMPARE(events.size(), 1); // the complete event, not the cut one
        QVERIFY(events.first().first().value<AmiMessage>().isType("Hangup"));
        QTRY_COMPARE_WITH_TIMEOUT(node.logins, 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        // The new session parses from a clean slate.
        node.send("Event: Newchannel\r\nChannel: SIP/3\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, kWait);
        QCOMPARE(events.last().first().value<AmiMessage>().value("Channel"), QByteArray("SIP/3"));
    }

    void garbageDropsTheSession()
    {
        FakeNode node;
        AmiConnection ami(configFor(node));
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        node.send(QByteArray(20'000, 'z'));
        QTRY_COMPARE_WITH_TIMEOUT(down.size(), 1, kWait);
        const QString reason = down.first().first().toString();
        QVERIFY2(reason.startsWith(QStringLiteral("protocol error: line longer than")), qPrintable(reason));
        QCOMPARE(ami.state(), AmiConnection::State::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(node.logins, 2, kWait);
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
    }

    void floodArrivesWhole()
    {
        // Reads are sliced (maxBytesPerRead) so one node cannot hog the loop;
        // nothing may be lost or reordered at the slice boundaries.
        FakeNode node;
        AmiConnection::Config config = configFor(node);
        config.maxBytesPerRead = 4096;
        AmiConnection ami(config);
        int received = 0;
        bool inOrder = true;
        connect(&ami, &AmiConnection::eventReceived, this, [&](const AmiMessage &e) {
            inOrder = inOrder && e.value("Seq").toInt() == received;
            ++received;
        });
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        constexpr int kEvents = 20'000;
        QByteArray burst;
        for (int i = 0; i < kEvents; ++i) {
            burst += makeEvent("VarSet", {{"Channel", "Local/5550001@simnet-00000000;1"},
                                          {"Variable", "AMDSTATUS"}, {"Value", "HUMAN"},
                                          {"Seq", QByteArray::number(i)}}).serialize();
        }
        node.send(burst);
        QTRY_COMPARE_WITH_TIMEOUT(received, kEvents, 4 * kWait);
        QVERIFY(inOrder);
    }

    void pendingActionsFailOnDisconnect()
    {
        FakeNode node;
        node.onAction = [&](QTcpSocket *, const AmiMessage &a) { return a.isType("Originate"); };
        AmiConnection ami(configFor(node));
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QList<AmiResult> results;
        for (int i = 0; i < 2; ++i) {
            ami.sendAction(AmiMessage::action("Originate", {}),
                           [&](const AmiResult &r) { results.append(r); });
        }
        QTRY_COMPARE_WITH_TIMEOUT(node.count("Originate"), 2, kWait);
        node.client->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, kWait);
        for (const AmiResult &r : std::as_const(results)) {
            QCOMPARE(r.outcome, AmiResult::Outcome::Unconfirmed); // sent: the node may have dialled
            QVERIFY(r.connectionGone());
            QCOMPARE(r.reason, QStringLiteral("connection closed by the node"));
        }
        // While reconnecting, actions fail at once (but never inside sendAction).
        bool called = false;
        AmiResult offline;
        ami.sendAction(AmiMessage::action("Originate", {}), [&](const AmiResult &r) {
            called = true;
            offline = r;
        });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, kWait);
        QCOMPARE(offline.outcome, AmiResult::Outcome::ConnectionLost);
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        QCOMPARE(results.size(), 2); // each completed exactly once
    }

    void stopIsInactive()
    {
        FakeNode node;
        AmiConnection ami(configFor(node));
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
        std::optional<AmiResult> pending;
        node.onAction = [&](QTcpSocket *, const AmiMessage &) { return true; };
        ami.sendAction(AmiMessage::action("Status", {}), [&](const AmiResult &r) { pending = r; });
        ami.stop();
        QCOMPARE(ami.state(), AmiConnection::State::Inactive);
        QVERIFY(pending.has_value());
        QCOMPARE(pending->outcome, AmiResult::Outcome::Unconfirmed);
        QTRY_COMPARE_WITH_TIMEOUT(node.count("Logoff"), 1, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(node.client == nullptr, kWait);
        // A negative check needs a wait: six back-off periods without a reconnect.
        QTest::qWait(300);
        QCOMPARE(node.connections, 1);
        ami.start();
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
    }

    void unreachableNode()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        AmiConnection::Config config;
        config.port = port;
        config.reconnectMinMs = 50;
        config.reconnectMaxMs = 100;
        AmiConnection ami(config);
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_VERIFY_WITH_TIMEOUT(down.size() >= 3, kWait);
        QVERIFY2(down.first().first().toString().startsWith(QStringLiteral("cannot connect")),
                 qPrintable(down.first().first().toString()));
        QCOMPARE(ami.state(), AmiConnection::State::Timeout);
        ami.stop();
        QCOMPARE(ami.state(), AmiConnection::State::Inactive);
    }

    void silentNodeTimesOutLogin()
    {
        FakeNode node;
        node.sendBanner = false;
        AmiConnection::Config config = configFor(node);
        config.loginTimeoutMs = 200;
        AmiConnection ami(config);
        QSignalSpy down(&ami, &AmiConnection::disconnected);
        ami.start();
        QTRY_VERIFY_WITH_TIMEOUT(!down.isEmpty(), kWait);
        QCOMPARE(down.first().first().toString(), QStringLiteral("no AMI banner within 200 ms"));
        QCOMPARE(ami.state(), AmiConnection::State::Timeout);
        node.sendBanner = true;
        QTRY_COMPARE_WITH_TIMEOUT(ami.state(), AmiConnection::State::Active, kWait);
    }
};

QTEST_GUILESS_MAIN(TestAmiConnection)
#include "tst_amiconnection.moc"
