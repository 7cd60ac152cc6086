#include "engine/ami/amiauth.h"
#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/voicesimconfig.h"
#include "engine/sim/voicesimserver.h"

#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace {

constexpr int kTimeoutMs = 30000;

using Fields = std::initializer_list<std::pair<const char *, QByteArray>>;

AmiMessage message(Fields fields, const QList<QByteArray> &variables = {})
{
    AmiMessage m;
    for (const auto &[key, value] : fields)
        m.add(QByteArray(key), value);
    for (const QByteArray &v : variables)
        m.add(QByteArrayLiteral("Variable"), v);
    return m;
}

// Is this message about the call whose Uniqueids/ActionID contain `id`?
bool mentions(const AmiMessage &m, const QByteArray &id)
{
    for (const auto &[key, value] : m.fields()) {
        const QByteArray k = key.toLower();
        if ((k.endsWith("uniqueid") || k.endsWith("linkedid") || k == "actionid") && value.contains(id))
            return true;
    }
    return false;
}

// ";1", ";2", "ag;1", "ag;2" or "" (the leg an event is about).
QByteArray legOf(const AmiMessage &m)
{
    QByteArray channel = m.value("Channel");
    if (channel.isEmpty())
        channel = m.value("DestChannel");
    if (channel.isEmpty())
        channel = m.value("LocalOneChannel");
    if (!channel.endsWith(";1") && !channel.endsWith(";2"))
        return {};
    return (channel.contains("@agents") ? QByteArray("ag") : QByteArray()) + channel.right(2);
}

// A plain AMI client, as the engine would be: a socket and a client-side parser.
class AmiTestClient final
{
public:
    explicit AmiTestClient(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
            if (!m_parser.feed(m_socket.readAll(), m_messages))
                m_parserFailed = true;
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket &socket() { return m_socket; }
    QByteArray banner() const { return m_parser.banner(); }
    bool parserFailed() const { return m_parserFailed; }
    const QList<AmiMessage> &messages() const { return m_messages; }

    void send(const AmiMessage &m) { m_socket.write(m.serialize()); }
    void sendRaw(const QByteArray &bytes) { m_socket.write(bytes); }

    qsizetype responseIndex(const QByteArray &actionId) const
    {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            const AmiMessage &m = m_messages.at(i);
            if (m.kind() == AmiMessage::Kind::Response && m.value("ActionID") == actionId)
                return i;
        }
        return -1;
    }
    std::optional<AmiMessage> response(const QByteArray &actionId) const
    {
        const qsizetype i = responseIndex(actionId);
        return i < 0 ? std::nullopt : std::optional<AmiMessage>(m_messages.at(i));
    }
    QList<AmiMessage> events(QByteArrayView name, const QByteArray &about = {}) const
    {
        QList<AmiMessage> out;
        for (const AmiMessage &m : m_messages) {
            if (m.kind() == AmiMessage::Kind::Event && m.isType(name) && (about.isEmpty() || mentions(m, about)))
                out.append(m);
        }
        return out;
    }
    qsizetype indexOf(QByteArrayView event, QByteArrayView key, const QByteArray &value) const
    {
        for (qsizetype i = 0; i < m_messages.size(); ++i) {
            if (m_messages.at(i).isType(event) && m_messages.at(i).value(key) == value)
                return i;
        }
        return -1;
    }
    // Has the first leg (Uniqueid `uniqueA`) hung up?
    bool hungUp(const QByteArray &uniqueA) const { return indexOf("Hangup", "Uniqueid", uniqueA) >= 0; }

private:
    QTcpSocket m_socket;
    AmiParser m_parser{AmiParser::Side::Client};
    QList<AmiMessage> m_messages;
    bool m_parserFailed = false;
};

VoiceSimConfig baseConfig()
{
    VoiceSimConfig c;
    c.user = QByteArrayLiteral("dialer");
    c.secret = QByteArrayLiteral("dialerpass");
    c.speed = 100;
    c.seed = 1234;
    c.agents = 1;
    return c;
}

// One of the captures' Originates (sent-actions.txt), plus what the test wants.
AmiMessage originate(const QByteArray &lead, const QByteArray &number, QList<QByteArray> extraVariables = {},
                     bool async = true, const QByteArray &channel = {})
{
    AmiMessage m = message({{"Action", "Originate"},
                            {"ActionID", "orig-" + lead},
                            {"Channel", channel.isEmpty() ? "Local/" + number + "@simnet" : channel},
                            {"Context", "dialer-out"},
                            {"Exten", "s"},
                            {"Priority", "1"},
                            {"Timeout", "10000"},
                            {"CallerID", "\"Campaign 7\" <8005550100>"},
                            {"ChannelId", "lead-" + lead + "-a"},
                            {"OtherChannelId", "lead-" + lead + "-b"}},
                           QList<QByteArray>{"LEAD_ID=" + lead, "CAMPAIGN=camp7", "_SIM_TALK_MIN=4", "_SIM_TALK_MAX=8"}
                               + extraVariables);
    if (async)
        m.add(QByteArrayLiteral("Async"), QByteArrayLiteral("true"));
    return m;
}

// The shape of each call in capture-local-channels.txt: its events in order
// with the leg they are about, leaving out what depends on timing alone
// (DeviceStateChange, the Originate's DialBegin/DialState, OriginateResponse).
const QHash<QByteArray, QList<QByteArray>> &capturedShapes()
{
    static const QHash<QByteArray, QList<QByteArray>> shapes = {
        {"1001", {
            "Newchannel ;1", "Newchannel ;2", "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "NewCallerid ;1", "NewConnectedLine ;1", "VarSet ;2", "VarSet ;2", "VarSet ;2", "VarSet ;2",
            "NewCallerid ;2", "NewConnectedLine ;2", "LocalBridge ;1", "Newexten ;2", "VarSet ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2", "Newstate ;2",
            "Newstate ;1", "DialEnd ;1", "Newexten ;1", "Newexten ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2",
            "Newexten ;2", "VarSet ;1", "VarSet ;1", "Newexten ;1", "UserEvent ;1", "Newexten ;1", "Newexten ;1",
            "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "QueueCallerJoin ;1", "MusicOnHoldStart ;1", "Newchannel ag;1", "Newchannel ag;2", "Newexten ag;1",
            "NewCallerid ag;1", "VarSet ag;1", "VarSet ag;1", "VarSet ag;1", "VarSet ag;2", "VarSet ag;2",
            "VarSet ag;2", "NewCallerid ag;2", "NewConnectedLine ag;2", "LocalBridge ag;1", "AgentCalled ;1",
            "DialBegin ;1", "Newexten ag;2", "Newexten ag;2", "Newstate ag;1", "Newexten ag;1",
            "NewConnectedLine ag;1", "DialEnd ;1", "Newstate ag;2", "MusicOnHoldStop ;1", "QueueCallerLeave ;1",
            "VarSet ;1", "VarSet ;1", "VarSet ;1", "AgentConnect ;1", "BridgeEnter ag;1", "BridgeEnter ;1",
            "VarSet ag;1", "VarSet ;1", "Newexten ag;2", "Newexten ;2", "SoftHangupRequest ;2", "HangupRequest ;1",
            "AgentComplete ;1", "VarSet ;1", "VarSet ag;1", "BridgeLeave ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "VarSet ;1", "SoftHangupRequest ;1", "Newexten ;1", "BridgeLeave ag;1", "HangupRequest ag;2",
            "Hangup ag;1", "Cdr ;1", "Hangup ;1", "Cdr ;2", "SoftHangupRequest ag;2", "Hangup ag;2", "Hangup ;2"}},
        {"1002", {
            "Newchannel ;1", "Newchannel ;2", "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "NewCallerid ;1", "NewConnectedLine ;1", "VarSet ;2", "VarSet ;2", "VarSet ;2", "VarSet ;2",
            "NewCallerid ;2", "NewConnectedLine ;2", "LocalBridge ;1", "Newexten ;2", "VarSet ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2", "Newexten ;2",
            "Newstate ;2", "Newstate ;1", "DialEnd ;1", "Newexten ;1", "Newexten ;1", "Newexten ;2", "Newexten ;2",
            "VarSet ;1", "VarSet ;1", "Newexten ;1", "UserEvent ;1", "Newexten ;1", "Newexten ;1", "Newexten ;2",
            "Newexten ;2", "VarSet ;1", "Newexten ;1", "SoftHangupRequest ;1", "Newexten ;1", "HangupRequest ;2",
            "Hangup ;1", "Cdr ;1", "SoftHangupRequest ;2", "Hangup ;2", "Cdr ;2"}},
        {"1003", {
            "Newchannel ;1", "Newchannel ;2", "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "NewCallerid ;1", "NewConnectedLine ;1", "VarSet ;2", "VarSet ;2", "VarSet ;2", "VarSet ;2",
            "NewCallerid ;2", "NewConnectedLine ;2", "LocalBridge ;1", "Newexten ;2", "VarSet ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2", "Newexten ;2",
            "Newexten ;2", "Newstate ;2", "DialEnd ;1", "HangupRequest ;2", "SoftHangupRequest ;2", "Hangup ;2",
            "Cdr ;2", "Hangup ;1", "Cdr ;1"}},
        {"1004", {
            "Newchannel ;1", "Newchannel ;2", "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "NewCallerid ;1", "NewConnectedLine ;1", "VarSet ;2", "VarSet ;2", "VarSet ;2", "VarSet ;2",
            "NewCallerid ;2", "NewConnectedLine ;2", "LocalBridge ;1", "Newexten ;2", "VarSet ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;2", "Cdr ;2", "DialEnd ;1", "HangupRequest ;2",
            "SoftHangupRequest ;2", "Hangup ;2", "Hangup ;1", "Cdr ;1"}},
        {"1005", {
            "Newchannel ;1", "Newchannel ;2", "Newexten ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1", "VarSet ;1",
            "NewCallerid ;1", "NewConnectedLine ;1", "VarSet ;2", "VarSet ;2", "VarSet ;2", "VarSet ;2",
            "NewCallerid ;2", "NewConnectedLine ;2", "LocalBridge ;1", "Newexten ;2", "VarSet ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newstate ;1", "Newexten ;2", "Newexten ;2", "Newexten ;2", "Newexten ;2",
            "Newexten ;2", "Newexten ;2", "Newexten ;2", "HangupRequest ;2", "SoftHangupRequest ;2", "Hangup ;2",
            "Hangup ;1", "Cdr ;2", "Cdr ;1"}},
    };
    return shapes;
}

} // namespace

class TestVoiceSim final : public QObject
{
    Q_OBJECT

    std::unique_ptr<VoiceSimServer> startServer(const VoiceSimConfig &config)
    {
        auto server = std::make_unique<VoiceSimServer>(config);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

    // Connects, checks the banner and logs in with the plain secret.
    static bool login(AmiTestClient &client, const QByteArray &events = "on")
    {
        if (!QTest::qWaitFor([&client] { return client.banner() == "Asterisk Call Manager/9.0.0"; }, kTimeoutMs))
            return false;
        client.send(message({{"Action", "Login"}, {"ActionID", "login-1"}, {"Username", "dialer"},
                             {"Secret", "dialerpass"}, {"Events", events}}));
        if (!QTest::qWaitFor([&client] { return client.response("login-1").has_value(); }, kTimeoutMs))
            return false;
        return client.response("login-1")->value("Message") == "Authentication accepted";
    }

    // The call's events as "<Event> <leg>", in order, without what depends on
    // timing only (see capturedShapes()) and without the test's own SIM_ variables.
    static QList<QByteArray> shapeOf(const AmiTestClient &client, const QByteArray &lead)
    {
        QList<QByteArray> shape;
        for (const AmiMessage &m : client.messages()) {
            if (m.kind() != AmiMessage::Kind::Event || !mentions(m, "lead-" + lead + '-'))
                continue;
            const QByteArray type = m.type();
            if (type == "DeviceStateChange" || type == "DialState" || type == "OriginateResponse")
                continue;
            if (type == "DialBegin" && !m.has("Channel"))
                continue;
            if (type == "VarSet" && m.value("Variable").contains("SIM_OUTCOME"))
                continue;
            shape.append(type + ' ' + legOf(m));
        }
        return shape;
    }

private slots:
    void bannerAndFailedLogin()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QTRY_COMPARE_WITH_TIMEOUT(client.banner(), QByteArray("Asterisk Call Manager/9.0.0"), kTimeoutMs);
        client.send(message({{"Action", "Login"}, {"ActionID", "bad"}, {"Username", "dialer"}, {"Secret", "nope"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("bad").has_value(), kTimeoutMs);
        QCOMPARE(client.response("bad")->value("Response"), QByteArray("Error"));
        QCOMPARE(client.response("bad")->value("Message"), QByteArray("Authentication failed"));
        // Asterisk ends the session after a failed login.
        QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    }

    void actionsNeedLogin()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        client.send(message({{"Action", "Ping"}, {"ActionID", "p"}}));
        client.send(message({{"ActionID", "none"}, {"Foo", "bar"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("none").has_value(), kTimeoutMs);
        QCOMPARE(client.response("p")->value("Message"), QByteArray("Permission denied"));
        QCOMPARE(client.response("none")->value("Message"), QByteArray("Missing action in request"));
        QVERIFY(login(client));
        client.send(message({{"Action", "Frobnicate"}, {"ActionID", "f"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("f").has_value(), kTimeoutMs);
        QCOMPARE(client.response("f")->value("Response"), QByteArray("Error"));
        QVERIFY(client.response("f")->value("Message").startsWith("Invalid/unknown command: Frobnicate."));
    }

    void md5Login()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QTRY_COMPARE_WITH_TIMEOUT(client.banner(), QByteArray("Asterisk Call Manager/9.0.0"), kTimeoutMs);
        client.send(message({{"Action", "Challenge"}, {"ActionID", "c"}, {"AuthType", "MD5"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("c").has_value(), kTimeoutMs);
        const QByteArray challenge = client.response("c")->value("Challenge");
        QCOMPARE(client.response("c")->value("Response"), QByteArray("Success"));
        QVERIFY(!challenge.isEmpty());
        client.send(message({{"Action", "Login"}, {"ActionID", "l"}, {"AuthType", "md5"}, {"Username", "dialer"},
                             {"Key", AmiAuth::md5Key(challenge, "dialerpass")}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("l").has_value(), kTimeoutMs);
        QCOMPARE(client.response("l")->value("Message"), QByteArray("Authentication accepted"));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("SuccessfulAuth").size(), 1, kTimeoutMs);
        QCOMPARE(client.events("FullyBooted").size(), 1);
        QCOMPARE(client.events("SuccessfulAuth").constFirst().value("AccountID"), QByteArray("dialer"));

        // A wrong key is refused like a wrong secret.
        AmiTestClient other(server->port());
        QTRY_COMPARE_WITH_TIMEOUT(other.banner(), QByteArray("Asterisk Call Manager/9.0.0"), kTimeoutMs);
        other.send(message({{"Action", "Challenge"}, {"ActionID", "c"}, {"AuthType", "MD5"}}));
        other.send(message({{"Action", "Login"}, {"ActionID", "l"}, {"AuthType", "MD5"}, {"Username", "dialer"},
                            {"Key", AmiAuth::md5Key("0", "dialerpass")}}));
        QTRY_VERIFY_WITH_TIMEOUT(other.response("l").has_value(), kTimeoutMs);
        QCOMPARE(other.response("l")->value("Message"), QByteArray("Authentication failed"));
    }

    void pingAndLogoff()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(message({{"Action", "Ping"}, {"ActionID", "ping-1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("ping-1").has_value(), kTimeoutMs);
        const AmiMessage pong = *client.response("ping-1");
        QCOMPARE(pong.value("Response"), QByteArray("Success"));
        QCOMPARE(pong.value("Ping"), QByteArray("Pong"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d{6}$"))
                    .match(QString::fromLatin1(pong.value("Timestamp"))).hasMatch());
        client.send(message({{"Action", "Logoff"}, {"ActionID", "bye"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("bye").has_value(), kTimeoutMs);
        QCOMPARE(client.response("bye")->value("Response"), QByteArray("Goodbye"));
        QCOMPARE(client.response("bye")->value("Message"), QByteArray("Thanks for all the fish."));
        QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    }

    void outcomeEvents_data()
    {
        QTest::addColumn<QByteArray>("outcome");
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("causeA");
        QTest::addColumn<int>("causeB");
        QTest::addColumn<QByteArray>("dialStatus"); // empty: no DialEnd
        QTest::addColumn<QByteArray>("amd");
        QTest::addColumn<QByteArray>("dispositionA");
        QTest::addColumn<QByteArray>("order"); // SIM_EVENT_ORDER
        // Values from capture-local-channels.txt (calls 1001-1005) and capture-sip-channel.txt (2002).
        QTest::newRow("human") << QByteArray("human") << QByteArray("Success") << 4 << 16 << 16
                               << QByteArray("ANSWER") << QByteArray("HUMAN") << QByteArray("ANSWERED") << QByteArray("capture");
        QTest::newRow("machine") << QByteArray("machine") << QByteArray("Success") << 4 << 16 << 16
                                 << QByteArray("ANSWER") << QByteArray("MACHINE") << QByteArray("ANSWERED") << QByteArray("capture");
        QTest::newRow("busy") << QByteArray("busy") << QByteArray("Failure") << 5 << 0 << 17
                              << QByteArray("BUSY") << QByteArray() << QByteArray("BUSY") << QByteArray("capture");
        QTest::newRow("congestion") << QByteArray("congestion") << QByteArray("Failure") << 8 << 0 << 34
                                    << QByteArray("CONGESTION") << QByteArray() << QByteArray("FAILED") << QByteArray("capture");
        QTest::newRow("no answer") << QByteArray("noanswer") << QByteArray("Failure") << 3 << 19 << 19
                                   << QByteArray() << QByteArray() << QByteArray("NO ANSWER") << QByteArray("capture");
        QTest::newRow("unallocated") << QByteArray("failed") << QByteArray("Failure") << 0 << 1 << 1
                                     << QByteArray("NOANSWER") << QByteArray() << QByteArray("NO ANSWER") << QByteArray("capture");
        QTest::newRow("busy, dialend>response>far>dialer") << QByteArray("busy") << QByteArray("Failure") << 5 << 0 << 17
                              << QByteArray("BUSY") << QByteArray() << QByteArray("BUSY") << QByteArray("dialend>response>far>dialer");
        QTest::newRow("busy, response>dialend>dialer>far") << QByteArray("busy") << QByteArray("Failure") << 5 << 0 << 17
                              << QByteArray("BUSY") << QByteArray() << QByteArray("BUSY") << QByteArray("response>dialend>dialer>far");
        QTest::newRow("busy, far>dialend>dialer>response") << QByteArray("busy") << QByteArray("Failure") << 5 << 0 << 17
                              << QByteArray("BUSY") << QByteArray() << QByteArray("BUSY") << QByteArray("far>dialend>dialer>response");
        QTest::newRow("congestion, dialend>response>far>dialer") << QByteArray("congestion") << QByteArray("Failure") << 8 << 0 << 34
                                    << QByteArray("CONGESTION") << QByteArray() << QByteArray("FAILED") << QByteArray("dialend>response>far>dialer");
        QTest::newRow("congestion, response>dialend>dialer>far") << QByteArray("congestion") << QByteArray("Failure") << 8 << 0 << 34
                                    << QByteArray("CONGESTION") << QByteArray() << QByteArray("FAILED") << QByteArray("response>dialend>dialer>far");
        QTest::newRow("congestion, far>dialend>dialer>response") << QByteArray("congestion") << QByteArray("Failure") << 8 << 0 << 34
                                    << QByteArray("CONGESTION") << QByteArray() << QByteArray("FAILED") << QByteArray("far>dialend>dialer>response");
        QTest::newRow("no answer, dialend>response>far>dialer") << QByteArray("noanswer") << QByteArray("Failure") << 3 << 19 << 19
                                   << QByteArray() << QByteArray() << QByteArray("NO ANSWER") << QByteArray("dialend>response>far>dialer");
        QTest::newRow("no answer, response>dialend>dialer>far") << QByteArray("noanswer") << QByteArray("Failure") << 3 << 19 << 19
                                   << QByteArray() << QByteArray() << QByteArray("NO ANSWER") << QByteArray("response>dialend>dialer>far");
        QTest::newRow("no answer, far>dialend>dialer>response") << QByteArray("noanswer") << QByteArray("Failure") << 3 << 19 << 19
                                   << QByteArray() << QByteArray() << QByteArray("NO ANSWER") << QByteArray("far>dialend>dialer>response");
        QTest::newRow("unallocated, dialend>response>far>dialer") << QByteArray("failed") << QByteArray("Failure") << 0 << 1 << 1
                                     << QByteArray("NOANSWER") << QByteArray() << QByteArray("NO ANSWER") << QByteArray("dialend>response>far>dialer");
        QTest::newRow("unallocated, response>dialend>dialer>far") << QByteArray("failed") << QByteArray("Failure") << 0 << 1 << 1
                                     << QByteArray("NOANSWER") << QByteArray() << QByteArray("NO ANSWER") << QByteArray("response>dialend>dialer>far");
        QTest::newRow("unallocated, far>dialend>dialer>response") << QByteArray("failed") << QByteArray("Failure") << 0 << 1 << 1
                                     << QByteArray("NOANSWER") << QByteArray() << QByteArray("NO ANSWER") << QByteArray("far>dialend>dialer>response");
    }

    void outcomeEvents()
    {
        QFETCH(QByteArray, outcome);
        QFETCH(QByteArray, response);
        QFETCH(int, reason);
        QFETCH(int, causeA);
        QFETCH(int, causeB);
        QFETCH(QByteArray, dialStatus);
        QFETCH(QByteArray, amd);
        QFETCH(QByteArray, dispositionA);
        QFETCH(QByteArray, order);
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(originate("7001", "5550001", {"SIM_OUTCOME=" + outcome, "SIM_EVENT_ORDER=" + order}));
        QTRY_VERIFY_WITH_TIMEOUT(client.hungUp("lead-7001-a") && client.hungUp("lead-7001-b")
                                     && client.events("Cdr", "lead-7001-").size() == 2,
                                 kTimeoutMs);

        const qsizetype accepted = client.responseIndex("orig-7001");
        QVERIFY(accepted >= 0);
        QCOMPARE(client.messages().at(accepted).value("Message"), QByteArray("Originate successfully queued"));
        const qsizetype firstEvent = client.indexOf("Newchannel", "Uniqueid", "lead-7001-a");
        QVERIFY2(accepted < firstEvent, "the Response comes before the call's events");
        QCOMPARE(client.indexOf("Newchannel", "Uniqueid", "lead-7001-b"), firstEvent + 1);
        QVERIFY(client.messages().at(firstEvent).value("Channel").endsWith(";1"));

        const QList<AmiMessage> responses = client.events("OriginateResponse", "orig-7001");
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.constFirst().value("Response"), response);
        QCOMPARE(responses.constFirst().value("Reason").toInt(), reason);
        QCOMPARE(responses.constFirst().value("Uniqueid"), QByteArray("lead-7001-a"));
        QCOMPARE(responses.constFirst().value("CallerIDNum"), QByteArray("8005550100"));

        const qsizetype hangupA = client.indexOf("Hangup", "Uniqueid", "lead-7001-a");
        const qsizetype hangupB = client.indexOf("Hangup", "Uniqueid", "lead-7001-b");
        QCOMPARE(client.messages().at(hangupA).value("Cause").toInt(), causeA);
        QCOMPARE(client.messages().at(hangupB).value("Cause").toInt(), causeB);
        QVERIFY(!client.messages().at(hangupA).value("Cause-txt").isEmpty());
        const qsizetype originateResponse = client.indexOf("OriginateResponse", "ActionID", "orig-7001");
        const qsizetype dialEnd = client.indexOf("DialEnd", "DestUniqueid", "lead-7001-a");
        if (dialStatus.isEmpty()) {
            QCOMPARE(dialEnd, qsizetype(-1));
        } else {
            QVERIFY(dialEnd >= 0);
            QCOMPARE(client.messages().at(dialEnd).value("DialStatus"), dialStatus);
        }
        if (response == "Failure" && order == "capture") {
            QVERIFY2(hangupB < originateResponse, "the far leg hangs up before the OriginateResponse");
            if (dialEnd >= 0)
                QVERIFY2(dialEnd < originateResponse, "DialEnd comes before the OriginateResponse");
        } else if (response == "Failure") {
            // A real Asterisk's orders: each step where the order puts it.
            const QHash<QByteArray, qsizetype> at = {
                {"dialend", dialEnd}, {"response", originateResponse}, {"far", hangupB}, {"dialer", hangupA}};
            qsizetype previous = -1;
            for (const QByteArray &step : order.split('>')) {
                if (at.value(step) < 0)
                    continue; // no DialEnd for a no answer
                QVERIFY2(at.value(step) > previous, step.constData());
                previous = at.value(step);
            }
        }
        const QList<AmiMessage> amdEvents = client.events("UserEvent", "lead-7001-a");
        if (amd.isEmpty()) {
            QVERIFY(amdEvents.isEmpty());
        } else {
            QCOMPARE(amdEvents.size(), 1);
            QCOMPARE(amdEvents.constFirst().value("UserEvent"), QByteArray("DialerAMD"));
            QCOMPARE(amdEvents.constFirst().value("AMDStatus"), amd);
            QCOMPARE(amdEvents.constFirst().value("LeadID"), QByteArray("7001"));
            QCOMPARE(amdEvents.constFirst().value("Campaign"), QByteArray("camp7"));
        }
        const qsizetype cdrA = client.indexOf("Cdr", "UniqueID", "lead-7001-a");
        QVERIFY(cdrA >= 0);
        QCOMPARE(client.messages().at(cdrA).value("Disposition"), dispositionA);
    }

    void sequencesMatchCaptures()
    {
        // The five Originates of sent-actions.txt, the outcome each had in the capture.
        VoiceSimConfig config = baseConfig();
        config.failedOrder = VoiceSimConfig::EventOrder::Capture;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        const QList<std::pair<QByteArray, QByteArray>> calls = {
            {"1001", "human"}, {"1002", "machine"}, {"1003", "busy"}, {"1004", "congestion"}, {"1005", "noanswer"}};
        for (const auto &[lead, outcome] : calls)
            client.send(originate(lead, "555000" + lead.right(1), {"SIM_OUTCOME=" + outcome}));
        QTRY_VERIFY_WITH_TIMEOUT(client.hungUp("lead-1001-b") && client.hungUp("lead-1002-b")
                                     && client.hungUp("lead-1003-a") && client.hungUp("lead-1004-a")
                                     && client.hungUp("lead-1005-a"),
                                 kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.events("Cdr", "lead-1005").size(), 2, kTimeoutMs);
        for (const auto &[lead, outcome] : calls) {
            const QList<QByteArray> actual = shapeOf(client, lead);
            const QList<QByteArray> expected = capturedShapes().value(lead);
            if (actual != expected) {
                for (qsizetype i = 0; i < std::max(actual.size(), expected.size()); ++i) {
                    const QByteArray a = actual.value(i);
                    const QByteArray e = expected.value(i);
                    if (a != e) {
                        qWarning("call %s differs at event %lld: got \"%s\", capture has \"%s\"", lead.constData(),
                                 qlonglong(i), a.constData(), e.constData());
                        break;
                    }
                }
            }
            QCOMPARE(actual, expected);
        }
    }

    void pressOneAndTwo_data()
    {
        QTest::addColumn<QByteArray>("press");
        QTest::addColumn<QByteArray>("digit");
        QTest::addColumn<QByteArray>("readStatus");
        QTest::addColumn<bool>("toQueue");
        QTest::newRow("1") << QByteArray("1") << QByteArray("1") << QByteArray("OK") << true;
        QTest::newRow("2") << QByteArray("2") << QByteArray("2") << QByteArray("OK") << false;
        QTest::newRow("none") << QByteArray("none") << QByteArray() << QByteArray("TIMEOUT") << false;
    }

    void pressOneAndTwo()
    {
        QFETCH(QByteArray, press);
        QFETCH(QByteArray, digit);
        QFETCH(QByteArray, readStatus);
        QFETCH(bool, toQueue);
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(originate("7100", "5550100", {"SIM_OUTCOME=human", "DIALER_MODE=press1", "SIM_PRESS=" + press}));
        QTRY_VERIFY_WITH_TIMEOUT(client.hungUp("lead-7100-a"), kTimeoutMs);
        QList<AmiMessage> dtmf;
        for (const AmiMessage &m : client.events("UserEvent", "lead-7100-a")) {
            if (m.value("UserEvent") == "DialerDTMF")
                dtmf.append(m);
        }
        QCOMPARE(dtmf.size(), 1);
        QCOMPARE(dtmf.constFirst().value("Digit"), digit);
        QCOMPARE(dtmf.constFirst().value("ReadStatus"), readStatus);
        QCOMPARE(dtmf.constFirst().value("LeadID"), QByteArray("7100"));
        QCOMPARE(client.events("QueueCallerJoin", "lead-7100-a").isEmpty(), !toQueue);
        // The AMD result comes first, the key press after it.
        QVERIFY(client.indexOf("UserEvent", "UserEvent", "DialerAMD")
                < client.indexOf("UserEvent", "UserEvent", "DialerDTMF"));

        // A press rate applies to every human when the campaign says nothing.
        VoiceSimConfig config = baseConfig();
        config.press1Rate = 1.0;
        auto rated = startServer(config);
        QVERIFY(rated);
        AmiTestClient other(rated->port());
        QVERIFY(login(other, "user"));
        other.send(originate("7101", "5550101", {"SIM_OUTCOME=human"}));
        QTRY_COMPARE_WITH_TIMEOUT(other.events("UserEvent", "lead-7101-a").size(), 2, kTimeoutMs);
        QCOMPARE(other.events("UserEvent", "lead-7101-a").at(1).value("Digit"), QByteArray("1"));
    }

    void syncOriginate()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(originate("7200", "5550200", {"SIM_OUTCOME=human", "DIALER_MODE=bench"}, false));
        client.send(message({{"Action", "Ping"}, {"ActionID", "after"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("orig-7200").has_value(), kTimeoutMs);
        QCOMPARE(client.response("orig-7200")->value("Response"), QByteArray("Success"));
        // The Response waits for the answer; the Ping waits for the Response.
        QVERIFY(client.indexOf("Newstate", "ChannelStateDesc", "Ringing") < client.responseIndex("orig-7200"));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("after").has_value(), kTimeoutMs);
        QVERIFY(client.responseIndex("orig-7200") < client.responseIndex("after"));
        QVERIFY(client.events("OriginateResponse").isEmpty());

        client.send(originate("7201", "5550201", {"SIM_OUTCOME=busy"}, false));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("orig-7201").has_value(), kTimeoutMs);
        QCOMPARE(client.response("orig-7201")->value("Response"), QByteArray("Error"));
        QCOMPARE(client.response("orig-7201")->value("Message"), QByteArray("Originate failed"));
    }

    void sipChannel()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        AmiMessage sip = originate("2001", "5551234", {"DIALER_MODE=bench", "SIM_OUTCOME=human", "SIM_AMD=NOTSURE"},
                                   true, "SIP/5551234@sipp-uas");
        client.send(sip);
        QTRY_VERIFY_WITH_TIMEOUT(client.hungUp("lead-2001-a"), kTimeoutMs);
        const QList<AmiMessage> created = client.events("Newchannel", "lead-2001-a");
        QCOMPARE(created.size(), 1); // one leg only
        QVERIFY(created.constFirst().value("Channel").startsWith("SIP/sipp-uas-"));
        const AmiMessage response = client.events("OriginateResponse", "orig-2001").constFirst();
        QCOMPARE(response.value("Reason"), QByteArray("4"));
        QCOMPARE(response.value("Channel"), created.constFirst().value("Channel"));
        const AmiMessage amd = client.events("UserEvent", "lead-2001-a").constFirst();
        QCOMPARE(amd.value("AMDStatus"), QByteArray("NOTSURE"));
        QCOMPARE(amd.value("AMDCause"), QByteArray("TOOLONG-4900"));
        QCOMPARE(client.events("Hangup", "lead-2001-a").constFirst().value("Cause"), QByteArray("16"));

        client.send(originate("2003", "5551235", {"SIM_OUTCOME=busy"}, true, "SIP/5551235@sipp-uas"));
        QTRY_VERIFY_WITH_TIMEOUT(client.hungUp("lead-2003-a"), kTimeoutMs);
        QCOMPARE(client.events("Hangup", "lead-2003-a").constFirst().value("Cause"), QByteArray("17"));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse", "orig-2003").size(), 1, kTimeoutMs);
        QCOMPARE(client.events("OriginateResponse", "orig-2003").constFirst().value("Reason"), QByteArray("5"));
    }

    // Drawn per failed call with a real Asterisk's shares (docs/voicesim.md,
    // "Event orders"), always with DialEnd before the dialer leg's Hangup.
    void failedCallsEndInTheOrdersOfARealAsterisk()
    {
        VoiceSimConfig config = baseConfig();
        config.speed = 1000;
        config.seed = 77;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client, "call"));
        constexpr int kCalls = 400;
        QByteArray batch;
        for (int i = 0; i < kCalls; ++i) {
            const QByteArray lead = QByteArray::number(300000 + i);
            batch += originate(lead, "555" + lead, {"SIM_OUTCOME=busy"}).serialize();
        }
        client.sendRaw(batch);
        QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse").size(), kCalls, kTimeoutMs * 2);
        QTRY_COMPARE_WITH_TIMEOUT(client.events("Hangup").size(), 2 * kCalls, kTimeoutMs * 2);
        int first = 0;
        int last = 0;
        int dialerFirst = 0;
        for (int i = 0; i < kCalls; ++i) {
            const QByteArray lead = QByteArray::number(300000 + i);
            const qsizetype response = client.indexOf("OriginateResponse", "ActionID", "orig-" + lead);
            const qsizetype hangupA = client.indexOf("Hangup", "Uniqueid", "lead-" + lead + "-a");
            const qsizetype hangupB = client.indexOf("Hangup", "Uniqueid", "lead-" + lead + "-b");
            const qsizetype dialEnd = client.indexOf("DialEnd", "DestUniqueid", "lead-" + lead + "-a");
            QVERIFY(response >= 0 && hangupA >= 0 && hangupB >= 0 && dialEnd >= 0);
            QVERIFY2(dialEnd < hangupA, lead.constData());
            first += response < std::min(hangupA, hangupB);
            last += response > std::max(hangupA, hangupB);
            dialerFirst += hangupA < hangupB;
        }
        // 0.67, 0.07 and 0.5 of 400: well inside these bounds for any seed.
        QVERIFY2(first > 0.57 * kCalls && first < 0.77 * kCalls, qPrintable(QString::number(first)));
        QVERIFY2(last > 0.02 * kCalls && last < 0.13 * kCalls, qPrintable(QString::number(last)));
        QVERIFY2(dialerFirst > 0.4 * kCalls && dialerFirst < 0.6 * kCalls, qPrintable(QString::number(dialerFirst)));
    }

    void ratesFollowConfiguration()
    {
        VoiceSimConfig config = baseConfig();
        config.speed = 1000;
        config.seed = 42;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client, "call,user"));
        constexpr int kCalls = 1000;
        QByteArray batch;
        for (int i = 0; i < kCalls; ++i) {
            const QByteArray lead = QByteArray::number(100000 + i);
            batch += originate(lead, "555" + lead, {"DIALER_MODE=bench"}).serialize();
        }
        client.sendRaw(batch);
        QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse").size(), kCalls, kTimeoutMs * 2);
        QHash<QByteArray, int> counts;
        for (const AmiMessage &r : client.events("OriginateResponse")) {
            switch (r.value("Reason").toInt()) {
            case 4: break; // the AMD result says which
            case 5: ++counts["busy"]; break;
            case 8: ++counts["congestion"]; break;
            case 3: ++counts["noanswer"]; break;
            case 0: ++counts["failed"]; break;
            default: QFAIL("unexpected Reason");
            }
        }
        const int answered = kCalls - counts["busy"] - counts["congestion"] - counts["noanswer"] - counts["failed"];
        QTRY_COMPARE_WITH_TIMEOUT(client.events("UserEvent").size(), answered, kTimeoutMs);
        for (const AmiMessage &u : client.events("UserEvent"))
            ++counts[u.value("AMDStatus") == "MACHINE" ? "machine" : "human"];
        const QList<std::pair<QByteArray, double>> expected = {
            {"human", config.humanRate}, {"machine", config.machineRate}, {"busy", config.busyRate},
            {"noanswer", config.noAnswerRate}, {"congestion", config.congestionRate}, {"failed", config.failedRate()}};
        for (const auto &[name, rate] : expected) {
            const double seen = double(counts.value(name)) / kCalls;
            // 4 standard deviations of a binomial at 1,000 calls.
            const double tolerance = 4 * std::sqrt(rate * (1 - rate) / kCalls) + 0.005;
            QVERIFY2(std::abs(seen - rate) <= tolerance,
                     qPrintable(QStringLiteral("%1: %2 seen, %3 configured")
                                    .arg(QString::fromLatin1(name)).arg(seen).arg(rate)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->node().activeCalls(), 0, kTimeoutMs);
    }

    void sameSeedSameCalls()
    {
        QList<QByteArray> runs[2];
        for (QList<QByteArray> &run : runs) {
            auto server = startServer(baseConfig());
            QVERIFY(server);
            AmiTestClient client(server->port());
            QVERIFY(login(client, "call"));
            for (int i = 0; i < 40; ++i)
                client.send(originate(QByteArray::number(300 + i), "5550300", {"DIALER_MODE=bench"}));
            QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse").size(), 40, kTimeoutMs);
            QHash<QByteArray, QByteArray> byAction;
            for (const AmiMessage &r : client.events("OriginateResponse"))
                byAction.insert(r.value("ActionID"), r.value("Reason"));
            for (int i = 0; i < 40; ++i)
                run.append(byAction.value("orig-" + QByteArray::number(300 + i)));
        }
        QCOMPARE(runs[0], runs[1]);
    }

    void capacityLimit()
    {
        // Beyond capacity an async Originate is still queued, then fails at
        // once with Reason 0 and no channel, as a real node at its limit.
        VoiceSimConfig config = baseConfig();
        config.channels = 3;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        for (int i = 1; i <= 5; ++i) {
            AmiMessage m = originate("cap" + QByteArray::number(i), "5550400", {"SIM_OUTCOME=noanswer"});
            m.set(QByteArrayLiteral("Timeout"), QByteArrayLiteral("3600000"));
            client.send(m);
        }
        QTRY_VERIFY_WITH_TIMEOUT(client.events("OriginateResponse").size() == 2 && client.response("orig-cap5"),
                                 kTimeoutMs);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(client.response("orig-cap" + QByteArray::number(i))->value("Response"), QByteArray("Success"));
        for (const QByteArray &lead : {QByteArray("cap4"), QByteArray("cap5")}) {
            const QList<AmiMessage> failed = client.events("OriginateResponse", "orig-" + lead);
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.constFirst().value("Response"), QByteArray("Failure"));
            QCOMPARE(failed.constFirst().value("Reason"), QByteArray("0"));
            QCOMPARE(failed.constFirst().value("Uniqueid"), "lead-" + lead + "-a");
            QVERIFY(client.events("Newchannel", "lead-" + lead).isEmpty());
        }
        QCOMPARE(server->node().activeCalls(), 3);

        // CoreShowChannels: both legs of the three live calls, as an EventList.
        client.send(message({{"Action", "CoreShowChannels"}, {"ActionID", "show"}}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("CoreShowChannelsComplete").size(), 1, kTimeoutMs);
        const AmiMessage ack = *client.response("show");
        QCOMPARE(ack.value("EventList"), QByteArray("start"));
        QCOMPARE(ack.value("Message"), QByteArray("Channels will follow"));
        QList<AmiMessage> listed;
        for (const AmiMessage &m : client.events("CoreShowChannel")) {
            if (m.value("ActionID") == "show")
                listed.append(m);
        }
        QCOMPARE(listed.size(), 6);
        QCOMPARE(listed.constFirst().value("Uniqueid"), QByteArray("lead-cap1-a"));
        QCOMPARE(listed.constFirst().value("Application"), QByteArray("AppDial2"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d$"))
                    .match(QString::fromLatin1(listed.constFirst().value("Duration"))).hasMatch());
        const AmiMessage complete = client.events("CoreShowChannelsComplete").constFirst();
        QCOMPARE(complete.value("EventList"), QByteArray("Complete"));
        QCOMPARE(complete.value("ListItems"), QByteArray("6"));
        QCOMPARE(complete.value("ActionID"), QByteArray("show"));

        // Status of one channel, by name.
        client.send(message({{"Action", "Status"}, {"ActionID", "st"}, {"Channel", listed.at(1).value("Channel")}}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("StatusComplete").size(), 1, kTimeoutMs);
        QCOMPARE(client.events("Status").size(), 1);
        QCOMPARE(client.events("Status").constFirst().value("Uniqueid"), QByteArray("lead-cap1-b"));
        QCOMPARE(client.events("StatusComplete").constFirst().value("Items"), QByteArray("1"));

        // Hanging one up frees a channel for the next Originate.
        client.send(message({{"Action", "Hangup"}, {"ActionID", "h"}, {"Channel", "lead-cap1-a"}}));
        client.send(message({{"Action", "Hangup"}, {"ActionID", "h2"}, {"Channel", "Local/nothing-1;1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("h2").has_value(), kTimeoutMs);
        QCOMPARE(client.response("h")->value("Message"), QByteArray("Channel Hungup"));
        QCOMPARE(client.response("h2")->value("Message"), QByteArray("No such channel"));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse", "orig-cap1").size(), 1, kTimeoutMs);
        QCOMPARE(client.events("OriginateResponse", "orig-cap1").constFirst().value("Response"), QByteArray("Failure"));
        QCOMPARE(server->node().activeCalls(), 2);
        client.send(originate("cap6", "5550400", {"SIM_OUTCOME=human"}));
        QTRY_VERIFY_WITH_TIMEOUT(client.indexOf("Newchannel", "Uniqueid", "lead-cap6-b") >= 0, kTimeoutMs);
    }

    void queueStatus()
    {
        VoiceSimConfig config = baseConfig();
        config.agents = 2;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(message({{"Action", "QueueStatus"}, {"ActionID", "q"}}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("QueueStatusComplete").size(), 1, kTimeoutMs);
        QCOMPARE(client.response("q")->value("Message"), QByteArray("Queue status will follow"));
        QCOMPARE(client.response("q")->value("EventList"), QByteArray("start"));
        const QList<AmiMessage> params = client.events("QueueParams");
        QCOMPARE(params.size(), 1);
        QCOMPARE(params.constFirst().value("Queue"), QByteArray("dialer-agents"));
        QCOMPARE(params.constFirst().value("Calls"), QByteArray("0"));
        const QList<AmiMessage> members = client.events("QueueMember");
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.constFirst().value("Name"), QByteArray("Agent 6001"));
        QCOMPARE(members.constFirst().value("Location"), QByteArray("Local/6001@agents/n"));
        QCOMPARE(members.constFirst().value("Status"), QByteArray("1"));
        QCOMPARE(client.events("QueueStatusComplete").constFirst().value("ListItems"), QByteArray("3"));

        // An answered human is put through to an agent, who becomes busy.
        client.send(originate("7300", "5550300", {"SIM_OUTCOME=human", "SIM_TALK_MIN=600", "SIM_TALK_MAX=600"}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("AgentConnect", "lead-7300-a").size(), 1, kTimeoutMs);
        const AmiMessage busy = client.events("QueueMemberStatus").constLast();
        QCOMPARE(busy.value("InCall"), QByteArray("1"));
        client.send(message({{"Action", "QueueStatus"}, {"ActionID", "q2"}, {"Member", "Agent 6001"}}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("QueueStatusComplete").size(), 2, kTimeoutMs);
        const AmiMessage member = client.events("QueueMember").constLast();
        QCOMPARE(member.value("ActionID"), QByteArray("q2"));
        QCOMPARE(member.value("InCall"), QByteArray("1"));
        QCOMPARE(client.events("QueueStatusComplete").constLast().value("ListItems"), QByteArray("2"));
    }

    void queueWaitAbandonAndTimeout()
    {
        VoiceSimConfig config = baseConfig();
        // Calls of their own timelines meet here: slower, so a busy machine cannot reorder them.
        config.speed = 25;
        config.agents = 1;
        config.wrapupSeconds = 1;
        config.queueTimeoutSeconds = 120;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        const auto human = [](const char *talk) {
            return QList<QByteArray>{"SIM_OUTCOME=human", "SIM_RING_MIN=1", "SIM_RING_MAX=1",
                                     QByteArray("SIM_TALK_MIN=") + talk, QByteArray("SIM_TALK_MAX=") + talk};
        };
        client.send(originate("q1", "5550601", human("20")));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("AgentConnect", "lead-q1-a").size(), 1, kTimeoutMs);
        client.send(originate("q2", "5550602", human("60")));
        client.send(originate("q3", "5550603", human("5")));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("QueueCallerJoin").size(), 3, kTimeoutMs);
        client.send(message({{"Action", "QueueStatus"}, {"ActionID", "waiting"}}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("QueueStatusComplete").size(), 1, kTimeoutMs);
        QCOMPARE(client.events("QueueParams").constFirst().value("Calls"), QByteArray("2"));
        const QList<AmiMessage> entries = client.events("QueueEntry");
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).value("Uniqueid"), QByteArray("lead-q2-a"));
        QCOMPARE(entries.at(1).value("Position"), QByteArray("2"));

        // q3's far end gives up while waiting: an abandon.
        QTRY_COMPARE_WITH_TIMEOUT(client.events("QueueCallerAbandon", "lead-q3-a").size(), 1, kTimeoutMs);
        const AmiMessage abandon = client.events("QueueCallerAbandon", "lead-q3-a").constFirst();
        QCOMPARE(abandon.value("Position"), QByteArray("2"));
        QCOMPARE(abandon.value("OriginalPosition"), QByteArray("2"));
        QVERIFY(client.hungUp("lead-q3-a"));
        // q2 gets the agent once q1 is over and the agent's wrap-up has passed.
        QTRY_COMPARE_WITH_TIMEOUT(client.events("AgentConnect", "lead-q2-a").size(), 1, kTimeoutMs);
        QVERIFY(client.indexOf("Hangup", "Uniqueid", "lead-q1-a")
                < client.indexOf("AgentConnect", "Uniqueid", "lead-q2-a"));
        const QList<AmiMessage> memberStatus = client.events("QueueMemberStatus");
        QCOMPARE(memberStatus.constLast().value("InCall"), QByteArray("1"));
        QCOMPARE(memberStatus.constLast().value("CallsTaken"), QByteArray("1"));

        // With no agent at all, the queue's timeout ends the call.
        config.agents = 0;
        config.queueTimeoutSeconds = 3;
        auto empty = startServer(config);
        QVERIFY(empty);
        AmiTestClient other(empty->port());
        QVERIFY(login(other));
        other.send(originate("q4", "5550604", human("30")));
        QTRY_VERIFY_WITH_TIMEOUT(other.hungUp("lead-q4-a"), kTimeoutMs);
        QCOMPARE(other.events("QueueCallerLeave", "lead-q4-a").size(), 1);
        QVERIFY(other.events("QueueCallerAbandon").isEmpty());
        QVERIFY(other.indexOf("VarSet", "Variable", "QUEUESTATUS") >= 0);
        QCOMPARE(other.events("Hangup", "lead-q4-a").constFirst().value("Cause"), QByteArray("16"));
        // Our side hung up first: the far end's Hangup comes after ;1's.
        QVERIFY(other.indexOf("Hangup", "Uniqueid", "lead-q4-a") < other.indexOf("Hangup", "Uniqueid", "lead-q4-b"));
    }

    void garbageDropsOnlyThatClient()
    {
        auto server = startServer(baseConfig());
        QVERIFY(server);
        AmiTestClient good(server->port());
        AmiTestClient bad(server->port());
        QVERIFY(login(good));
        QVERIFY(login(bad));
        QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 2, kTimeoutMs);
        static const char garbage[] = "Action: Ping\r\n\0\x01\x02 binary garbage\r\n\r\n";
        bad.sendRaw(QByteArray(garbage, sizeof(garbage) - 1));
        QTRY_COMPARE_WITH_TIMEOUT(bad.socket().state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(server->sessionCount(), 1, kTimeoutMs);

        AmiTestClient longLine(server->port());
        QVERIFY(login(longLine));
        longLine.sendRaw(QByteArray(64 * 1024, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(longLine.socket().state(), QAbstractSocket::UnconnectedState, kTimeoutMs);

        good.send(message({{"Action", "Ping"}, {"ActionID", "still-here"}}));
        QTRY_VERIFY_WITH_TIMEOUT(good.response("still-here").has_value(), kTimeoutMs);
        QCOMPARE(good.response("still-here")->value("Ping"), QByteArray("Pong"));
    }

    void badOriginates()
    {
        VoiceSimConfig config = baseConfig();
        config.acceptRate = 0.0;
        auto server = startServer(config);
        QVERIFY(server);
        AmiTestClient client(server->port());
        QVERIFY(login(client));
        client.send(message({{"Action", "Originate"}, {"ActionID", "nochan"}, {"Context", "x"}, {"Exten", "s"}}));
        client.send(message({{"Action", "Originate"}, {"ActionID", "badchan"}, {"Channel", "nothing"},
                             {"Context", "x"}, {"Exten", "s"}}));
        client.send(originate("7400", "5550400"));
        QTRY_VERIFY_WITH_TIMEOUT(client.response("orig-7400").has_value(), kTimeoutMs);
        QCOMPARE(client.response("nochan")->value("Message"), QByteArray("Channel not specified"));
        QCOMPARE(client.response("badchan")->value("Message"), QByteArray("Invalid channel"));
        // accept rate 0: every Originate is refused outright.
        QCOMPARE(client.response("orig-7400")->value("Response"), QByteArray("Error"));
        QCOMPARE(client.response("orig-7400")->value("Message"), QByteArray("Originate failed"));
    }

    void configValidation()
    {
        VoiceSimConfig config = baseConfig();
        QVERIFY(config.validate());
        config.humanRate = 0.9;
        QCOMPARE(config.validate().field(), QStringLiteral("outcomes/human"));
        config = baseConfig();
        config.secret.clear();
        QCOMPARE(config.validate().field(), QStringLiteral("ami/secret"));

        QTemporaryFile ini;
        QVERIFY(ini.open());
        ini.write("[ami]\nlisten=127.0.0.1:0\nsecret=s3cret\n[outcomes]\nhuman=30%\nbusy=0.2\n"
                  "[timing]\nspeed=10\ntalkDistribution=exponential\ntalkMean=9\n[queue]\nagents=4\n");
        ini.close();
        VoiceSimConfig loaded;
        QVERIFY(loaded.loadFile(ini.fileName()));
        QVERIFY(loaded.validate());
        QCOMPARE(loaded.secret, QByteArray("s3cret"));
        QCOMPARE(loaded.humanRate, 0.3);
        QCOMPARE(loaded.busyRate, 0.2);
        QCOMPARE(loaded.speed, 10.0);
        QCOMPARE(loaded.agents, 4);
        QVERIFY(loaded.talkDistribution == VoiceSimConfig::TalkDistribution::Exponential);
        QVERIFY(!VoiceSimConfig().loadFile(QStringLiteral("/nonexistent/voicesim.conf")));
    }

    void executablePrintsPortAndStops()
    {
        // Two instances side by side, each on a port of its own.
        QProcess first;
        QProcess second;
        quint16 ports[2] = {0, 0};
        QProcess *processes[2] = {&first, &second};
        for (int i = 0; i < 2; ++i) {
            processes[i]->start(QStringLiteral(TORQUE_VOICESIM_BINARY),
                                {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--user"),
                                 QStringLiteral("dialer"), QStringLiteral("--secret"), QStringLiteral("dialerpass"),
                                 QStringLiteral("--speed"), QStringLiteral("50"), QStringLiteral("--seed"),
                                 QStringLiteral("5")});
            QVERIFY(processes[i]->waitForStarted(kTimeoutMs));
            QTRY_VERIFY_WITH_TIMEOUT(processes[i]->canReadLine(), kTimeoutMs);
            const QString line = QString::fromLatin1(processes[i]->readLine()).trimmed();
            const QRegularExpressionMatch match =
                QRegularExpression(QStringLiteral("^listening 127\\.0\\.0\\.1:(\\d+)$")).match(line);
            QVERIFY2(match.hasMatch(), qPrintable(line));
            ports[i] = quint16(match.captured(1).toUInt());
            QVERIFY(ports[i] > 0);
        }
        QVERIFY(ports[0] != ports[1]);

        AmiTestClient client(ports[0]);
        QVERIFY(login(client));
        client.send(originate("7500", "5550500", {"SIM_OUTCOME=busy"}));
        QTRY_COMPARE_WITH_TIMEOUT(client.events("OriginateResponse", "orig-7500").size(), 1, kTimeoutMs);

        for (QProcess *process : processes) {
            process->terminate(); // SIGTERM
            QVERIFY(process->waitForFinished(kTimeoutMs));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        QTRY_COMPARE_WITH_TIMEOUT(client.socket().state(), QAbstractSocket::UnconnectedState, kTimeoutMs);

        QProcess bad;
        bad.start(QStringLiteral(TORQUE_VOICESIM_BINARY), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        QVERIFY(bad.waitForFinished(kTimeoutMs));
        QCOMPARE(bad.exitCode(), 2); // no --secret
    }
};

QTEST_GUILESS_MAIN(TestVoiceSim)
#include "tst_voicesim.moc"
