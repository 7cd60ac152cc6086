#include "engine/ami/amimessage.h"
#include "engine/sim/voicesimconfig.h"
#include "engine/sim/voicesimserver.h"
#include "tests/support/amitestclient.h"

#include <QTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 30000;

AmiMessage action(std::initializer_list<std::pair<const char *, QByteArray>> fields)
{
    AmiMessage m;
    for (const auto &[key, value] : fields)
        m.add(QByteArray(key), value);
    return m;
}

// A human answers after 1 s; AMD says HUMAN 2.3 s after the answer.
AmiMessage originate(const QByteArray &lead, const QByteArray &mode, const QByteArray &talkSeconds)
{
    AmiMessage m = action({{"Action", "Originate"},
                           {"ActionID", "orig-" + lead},
                           {"Channel", "Local/5550001@simnet"},
                           {"Context", "dialer-out"},
                           {"Exten", "s"},
                           {"Priority", "1"},
                           {"Timeout", "30000"},
                           {"ChannelId", "lead-" + lead + "-a"},
                           {"OtherChannelId", "lead-" + lead + "-b"},
                           {"Async", "true"}});
    const QList<QByteArray> variables{"LEAD_ID=" + lead, "CAMPAIGN=camp7", "SIM_OUTCOME=human", "SIM_RING_MIN=1",
                                      "SIM_RING_MAX=1", "DIALER_MODE=" + mode, "SIM_TALK_MIN=" + talkSeconds,
                                      "SIM_TALK_MAX=" + talkSeconds};
    for (const QByteArray &v : variables)
        m.add(QByteArrayLiteral("Variable"), v);
    return m;
}

double timestampOf(const AmiMessage &m)
{
    return m.value("Timestamp").toDouble();
}

} // namespace

// AMI Redirect and Setvar on torque-voicesim, the safe-harbour context and
// hold mode (DIALER_MODE=hold), on the simulated clock at 100x.
class TestVoiceSimRedirect final : public QObject
{
    Q_OBJECT

    std::unique_ptr<VoiceSimServer> m_server;
    std::unique_ptr<AmiTestClient> m_client;

    AmiTestClient &client() { return *m_client; }

    // Index of the Newexten of `application` on that leg, or -1.
    qsizetype newexten(const QByteArray &uniqueId, const QByteArray &application, qsizetype from = 0) const
    {
        const QList<AmiMessage> &all = m_client->messages();
        for (qsizetype i = std::max<qsizetype>(0, from); i < all.size(); ++i) {
            const AmiMessage &m = all.at(i);
            if (m.isType("Newexten") && m.value("Uniqueid") == uniqueId && m.value("Application") == application)
                return i;
        }
        return -1;
    }

    // Originates a held human and waits until it is on hold.
    bool holdCall(const QByteArray &lead, const QByteArray &talk = "600")
    {
        client().send(originate(lead, "hold", talk));
        return QTest::qWaitFor([&] { return newexten("lead-" + lead + "-a", "Wait") >= 0; }, kTimeoutMs);
    }

private slots:
    void init()
    {
        VoiceSimConfig config;
        config.user = QByteArrayLiteral("dialer");
        config.secret = QByteArrayLiteral("dialerpass");
        config.speed = 100;
        config.seed = 77;
        config.agents = 0; // nobody answers the queue: a queued caller stays there
        config.safeHarbourSeconds = 4;
        m_server = std::make_unique<VoiceSimServer>(config);
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_client = std::make_unique<AmiTestClient>(m_server->port());
        QVERIFY(m_client->login("dialer", "dialerpass"));
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void holdKeepsAHumanUntilTheTalkEnds()
    {
        QVERIFY(holdCall("h1", "6"));
        const QByteArray a = "lead-h1-a";
        const qsizetype wait = newexten(a, "Wait");
        QCOMPARE(client().messages().at(wait).value("Priority"), QByteArray("10"));
        QCOMPARE(client().messages().at(wait).value("AppData"), QByteArray("3600"));
        QCOMPARE(client().eventsOn("UserEvent", a).constFirst().value("AMDStatus"), QByteArray("HUMAN"));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", a).isEmpty(), kTimeoutMs);
        // The far end hangs up first, greeting (1 s) + talk (6 s) after the answer.
        const AmiMessage hangup = client().eventsOn("Hangup", a).constFirst();
        QCOMPARE(hangup.value("Cause"), QByteArray("16"));
        const double held = timestampOf(hangup) - timestampOf(client().eventsOn("Newstate", a).last());
        QVERIFY2(held >= 6.9 && held < 8.0, qPrintable(QString::number(held)));
        QVERIFY(client().indexOf("HangupRequest", "Uniqueid", a) < client().indexOf("Hangup", "Uniqueid", a));
        // Never queued, never hung up by the dialplan.
        QCOMPARE(client().eventsOn("QueueCallerJoin", a).size(), 0);
        QCOMPARE(newexten(a, "Hangup"), -1);
    }

    void redirectPlaysTheSafeHarbourMessage()
    {
        QVERIFY(holdCall("s1"));
        const QByteArray a = "lead-s1-a";
        client().send(action({{"Action", "Setvar"}, {"ActionID", "v1"}, {"Channel", a},
                              {"Variable", "SAFE_HARBOUR_MESSAGE"}, {"Value", "custom/abandoned-call"}}));
        client().send(action({{"Action", "Redirect"}, {"ActionID", "r1"}, {"Channel", a},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client().response("r1").has_value(), kTimeoutMs);
        QCOMPARE(client().response("v1")->value("Response"), QByteArray("Success"));
        QCOMPARE(client().response("v1")->value("Message"), QByteArray("Variable Set"));
        QCOMPARE(client().response("r1")->value("Response"), QByteArray("Success"));
        QCOMPARE(client().response("r1")->value("Message"), QByteArray("Redirect successful"));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", a).isEmpty(), kTimeoutMs);

        // Setvar's VarSet, then the new context from the top, after the Response.
        const qsizetype varSet = client().indexOf("VarSet", "Variable", "SAFE_HARBOUR_MESSAGE");
        QVERIFY(varSet >= 0);
        QCOMPARE(client().messages().at(varSet).value("Value"), QByteArray("custom/abandoned-call"));
        const qsizetype noop = newexten(a, "NoOp", client().responseIndex("r1"));
        QVERIFY(noop > client().responseIndex("r1"));
        QCOMPARE(client().messages().at(noop).value("Context"), QByteArray("torque-safe-harbour"));
        QCOMPARE(client().messages().at(noop).value("Priority"), QByteArray("1"));
        const qsizetype playback = newexten(a, "Playback", noop);
        QVERIFY(playback > noop);
        QCOMPARE(client().messages().at(playback).value("AppData"), QByteArray("custom/abandoned-call"));
        QCOMPARE(client().messages().at(playback).value("Priority"), QByteArray("4"));
        const qsizetype hangupApp = newexten(a, "Hangup", playback);
        QVERIFY(hangupApp > playback);
        QCOMPARE(client().messages().at(hangupApp).value("Priority"), QByteArray("5"));

        // Our side hangs up, Cause 16, once the 4 s message has played.
        const AmiMessage hangup = client().eventsOn("Hangup", a).constFirst();
        QCOMPARE(hangup.value("Cause"), QByteArray("16"));
        const double played = timestampOf(hangup) - timestampOf(client().messages().at(playback));
        QVERIFY2(played >= 3.9 && played < 4.5, qPrintable(QString::number(played)));
        const qsizetype hExten = client().indexOf("Newexten", "Exten", "h", playback);
        QVERIFY(hExten > 0);
        QVERIFY(client().messages().at(hExten).value("AppData").startsWith("safe-harbour hangup lead=s1 cause=16"));
        QVERIFY(client().indexOf("Hangup", "Uniqueid", a) < client().indexOf("Hangup", "Uniqueid", "lead-s1-b"));
    }

    void redirectWithoutTheMessageSetUsesTheDefault()
    {
        QVERIFY(holdCall("s2"));
        const QByteArray a = "lead-s2-a";
        client().send(action({{"Action", "Redirect"}, {"ActionID", "r2"}, {"Channel", "lead-s2-a"},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", a).isEmpty(), kTimeoutMs);
        const qsizetype playback = newexten(a, "Playback", client().responseIndex("r2"));
        QCOMPARE(client().messages().at(playback).value("AppData"), QByteArray("custom/safe-harbour"));
    }

    void redirectOutOfTheQueueAbandonsIt()
    {
        // Not in hold mode: the human is queued, and no agent is there.
        client().send(originate("q1", "", "600"));
        const QByteArray a = "lead-q1-a";
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("QueueCallerJoin", a).isEmpty(), kTimeoutMs);
        // By channel name this time.
        const QByteArray name = client().eventsOn("QueueCallerJoin", a).constFirst().value("Channel");
        client().send(action({{"Action", "Redirect"}, {"ActionID", "r3"}, {"Channel", name},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", a).isEmpty(), kTimeoutMs);
        QCOMPARE(client().response("r3")->value("Response"), QByteArray("Success"));
        const qsizetype abandon = client().indexOf("QueueCallerAbandon", "Uniqueid", a);
        const qsizetype leave = client().indexOf("QueueCallerLeave", "Uniqueid", a);
        QVERIFY(abandon > client().responseIndex("r3"));
        QVERIFY(leave > abandon);
        QVERIFY(newexten(a, "Playback", leave) > leave);
        QCOMPARE(client().eventsOn("Hangup", a).constFirst().value("Cause"), QByteArray("16"));
    }

    void redirectElsewhereHangsUp()
    {
        QVERIFY(holdCall("o1"));
        const QByteArray a = "lead-o1-a";
        client().send(action({{"Action", "Redirect"}, {"ActionID", "r4"}, {"Channel", a}, {"Context", "nowhere"},
                              {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", a).isEmpty(), kTimeoutMs);
        QCOMPARE(client().response("r4")->value("Message"), QByteArray("Redirect successful"));
        const qsizetype hangupApp = newexten(a, "Hangup", client().responseIndex("r4"));
        QCOMPARE(client().messages().at(hangupApp).value("Context"), QByteArray("nowhere"));
        QCOMPARE(client().eventsOn("Hangup", a).constFirst().value("Cause"), QByteArray("16"));
    }

    void badRedirectsAndSetvars()
    {
        client().send(action({{"Action", "Redirect"}, {"ActionID", "u"}, {"Channel", "Local/none-0001;1"},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        client().send(action({{"Action", "Redirect"}, {"ActionID", "c"}, {"Channel", "x"}, {"Exten", "s"},
                              {"Priority", "1"}}));
        client().send(action({{"Action", "Redirect"}, {"ActionID", "p"}, {"Channel", "x"}, {"Context", "c"},
                              {"Exten", "s"}, {"Priority", "first"}}));
        client().send(action({{"Action", "Setvar"}, {"ActionID", "sv"}, {"Channel", "nope"}, {"Variable", "A"},
                              {"Value", "1"}}));
        client().send(action({{"Action", "Setvar"}, {"ActionID", "nv"}, {"Channel", "nope"}}));
        client().send(action({{"Action", "Setvar"}, {"ActionID", "g"}, {"Variable", "SAFE_HARBOUR_MESSAGE"},
                              {"Value", "custom/global"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client().response("g").has_value(), kTimeoutMs);
        QCOMPARE(client().response("u")->value("Response"), QByteArray("Error"));
        QCOMPARE(client().response("u")->value("Message"), QByteArray("Channel does not exist: Local/none-0001;1"));
        QCOMPARE(client().response("c")->value("Message"), QByteArray("Context not specified"));
        QCOMPARE(client().response("p")->value("Message"), QByteArray("Priority is invalid"));
        QCOMPARE(client().response("sv")->value("Response"), QByteArray("Error"));
        QCOMPARE(client().response("sv")->value("Message"), QByteArray("No such channel"));
        QCOMPARE(client().response("nv")->value("Message"), QByteArray("No variable specified"));
        QCOMPARE(client().response("g")->value("Message"), QByteArray("Variable Set"));

        // A ringing channel cannot be redirected here; the global message is used later.
        client().send(originate("g1", "hold", "600"));
        client().send(action({{"Action", "Redirect"}, {"ActionID", "ring"}, {"Channel", "lead-g1-a"},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(client().response("ring").has_value(), kTimeoutMs);
        QCOMPARE(client().response("ring")->value("Message"), QByteArray("Redirect failed"));
        QTRY_VERIFY_WITH_TIMEOUT(newexten("lead-g1-a", "Wait") >= 0, kTimeoutMs);
        client().send(action({{"Action", "Redirect"}, {"ActionID", "ok"}, {"Channel", "lead-g1-a"},
                              {"Context", "torque-safe-harbour"}, {"Exten", "s"}, {"Priority", "1"}}));
        QTRY_VERIFY_WITH_TIMEOUT(!client().eventsOn("Hangup", "lead-g1-a").isEmpty(), kTimeoutMs);
        const qsizetype playback = newexten("lead-g1-a", "Playback", client().responseIndex("ok"));
        QCOMPARE(client().messages().at(playback).value("AppData"), QByteArray("custom/global"));
        QVERIFY(!client().parserFailed());
    }
};

QTEST_GUILESS_MAIN(TestVoiceSimRedirect)
#include "tst_voicesimredirect.moc"
