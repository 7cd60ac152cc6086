#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"
#include "engine/ami/calltracker.h"

#include <QFile>
#include <QTest>

#include <initializer_list>

Q_DECLARE_METATYPE(CallOutcome)

namespace {

QList<AmiMessage> parseCapture(const QString &name)
{
    QFile file(QStringLiteral(TORQUE_SOURCE_DIR "/tests/data/ami/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    AmiParser parser(AmiParser::Side::Client);
    QList<AmiMessage> messages;
    parser.feed(file.readAll(), messages);
    return messages;
}

AmiMessage event(std::initializer_list<std::pair<QByteArray, QByteArray>> fields)
{
    AmiMessage m;
    for (const auto &[key, value] : fields)
        m.add(key, value);
    return m;
}

AmiMessage newchannel(const QByteArray &uniqueId, const QByteArray &channel)
{
    return event({{"Event", "Newchannel"}, {"Channel", channel}, {"Uniqueid", uniqueId}});
}

AmiMessage hangup(const QByteArray &uniqueId, const QByteArray &channel, int cause)
{
    return event({{"Event", "Hangup"}, {"Channel", channel}, {"Uniqueid", uniqueId},
                  {"Cause", QByteArray::number(cause)}, {"Cause-txt", "cause text"}});
}

AmiMessage response(const QByteArray &actionId, bool answered, int reason)
{
    return event({{"Event", "OriginateResponse"}, {"ActionID", actionId},
                  {"Response", answered ? "Success" : "Failure"}, {"Reason", QByteArray::number(reason)}});
}

} // namespace

// The outcome of every call in the real Asterisk captures.
class TestCallTracker final : public QObject
{
    Q_OBJECT

    static QHash<qint64, CallResult> replay(const QList<AmiMessage> &messages, CallTracker &tracker,
                                            QList<qint64> *answered = nullptr)
    {
        QHash<qint64, CallResult> ended;
        qint64 now = 0;
        for (const AmiMessage &m : messages) {
            now += 10;
            const auto update = tracker.onEvent(m, now);
            if (!update)
                continue;
            if (update->kind == CallUpdate::Kind::Ended) {
                [&] { QVERIFY(!ended.contains(update->result.callId)); }();
                ended.insert(update->result.callId, update->result);
            } else if (update->kind == CallUpdate::Kind::Answered && answered) {
                answered->append(update->result.callId);
            }
        }
        return ended;
    }

private slots:
    void localChannelsCapture()
    {
        const QList<AmiMessage> messages = parseCapture(QStringLiteral("capture-local-channels.txt"));
        QVERIFY(messages.size() > 300);
        CallTracker tracker;
        for (qint64 lead = 1001; lead <= 1005; ++lead) {
            const QByteArray n = QByteArray::number(lead);
            tracker.add(lead, "orig-" + n, "lead-" + n + "-a", "lead-" + n + "-b", 0);
        }
        QList<qint64> answered;
        const auto ended = replay(messages, tracker, &answered);
        QCOMPARE(ended.size(), 5);
        QCOMPARE(tracker.activeCount(), 0);
        QCOMPARE(ended.value(1001).outcome, CallOutcome::HumanAnswer);
        QCOMPARE(ended.value(1001).amdStatus, QByteArray("HUMAN"));
        QCOMPARE(ended.value(1001).hangupCause, 16);
        QVERIFY(ended.value(1001).talkMs > 0);
        QCOMPARE(ended.value(1002).outcome, CallOutcome::AnsweringMachine);
        QCOMPARE(ended.value(1003).outcome, CallOutcome::Busy);
        QCOMPARE(ended.value(1003).hangupCause, 17);
        QCOMPARE(ended.value(1004).outcome, CallOutcome::Congestion);
        QCOMPARE(ended.value(1004).hangupCause, 34);
        QCOMPARE(ended.value(1005).outcome, CallOutcome::NoAnswer);
        std::sort(answered.begin(), answered.end());
        QCOMPARE(answered, (QList<qint64>{1001, 1002}));
    }

    void sipChannelCapture()
    {
        const QList<AmiMessage> messages = parseCapture(QStringLiteral("capture-sip-channel.txt"));
        QVERIFY(!messages.isEmpty());
        CallTracker tracker;
        tracker.add(2001, "orig-sip-2001", "lead-2001-a", "lead-2001-b", 0);
        tracker.add(2002, "orig-2002", "lead-2002-a", QByteArray(), 0); // no OtherChannelId
        const auto ended = replay(messages, tracker);
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended.value(2001).outcome, CallOutcome::HumanAnswer); // AMD NOTSURE counts as human
        QCOMPARE(ended.value(2001).amdStatus, QByteArray("NOTSURE"));
        QCOMPARE(ended.value(2002).outcome, CallOutcome::Failed);
        QCOMPARE(ended.value(2002).hangupCause, 1); // unallocated number
    }

    void pressedDigitsWinOverHuman()
    {
        CallTracker tracker;
        tracker.add(7, "a7", "u7-a", "u7-b", 0);
        AmiMessage answered;
        answered.add("Event", "OriginateResponse");
        answered.add("ActionID", "a7");
        answered.add("Response", "Success");
        answered.add("Reason", "4");
        QCOMPARE(tracker.onEvent(answered, 100)->kind, CallUpdate::Kind::Answered);
        AmiMessage press;
        press.add("Event", "UserEvent");
        press.add("Uniqueid", "u7-a");
        press.add("UserEvent", "DialerDTMF");
        press.add("Digit", "2");
        QCOMPARE(tracker.onEvent(press, 200)->result.outcome, CallOutcome::Pressed2);
        AmiMessage hangup;
        hangup.add("Event", "Hangup");
        hangup.add("Uniqueid", "u7-a");
        hangup.add("Cause", "16");
        const auto end = tracker.onEvent(hangup, 1100);
        QCOMPARE(end->kind, CallUpdate::Kind::Ended);
        QCOMPARE(end->result.outcome, CallOutcome::Pressed2);
        QCOMPARE(end->result.ringMs, 100);
        QCOMPARE(end->result.talkMs, 1000);
    }

    // Real Asterisk 20 sends a failed call's OriginateResponse before or after
    // its legs' Hangups; the call ends on the last of them, with the far leg's cause.
    void failedCallsEndOnTheirLastEvent_data()
    {
        QTest::addColumn<QList<int>>("order"); // 0 response, 1 far leg Hangup, 2 dialer leg Hangup
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("causeB");
        QTest::addColumn<CallOutcome>("outcome");
        const QList<QList<int>> orders = {{0, 1, 2}, {1, 0, 2}, {1, 2, 0}, {0, 2, 1}, {2, 1, 0}};
        for (const QList<int> &order : orders) {
            const QByteArray tag = QByteArray::number(order[0]) + QByteArray::number(order[1])
                                   + QByteArray::number(order[2]);
            QTest::newRow(QByteArray("busy " + tag).constData()) << order << 5 << 17 << CallOutcome::Busy;
            QTest::newRow(QByteArray("congestion " + tag).constData()) << order << 8 << 34 << CallOutcome::Congestion;
            QTest::newRow(QByteArray("no answer " + tag).constData()) << order << 3 << 19 << CallOutcome::NoAnswer;
            QTest::newRow(QByteArray("unallocated " + tag).constData()) << order << 0 << 1 << CallOutcome::Failed;
        }
    }

    void failedCallsEndOnTheirLastEvent()
    {
        QFETCH(QList<int>, order);
        QFETCH(int, reason);
        QFETCH(int, causeB);
        QFETCH(CallOutcome, outcome);
        CallTracker tracker;
        tracker.add(3, "a3", "u3-a", "u3-b", 0);
        QVERIFY(!tracker.onEvent(newchannel("u3-a", "Local/5551@simnet-00000001;1"), 1));
        QVERIFY(!tracker.onEvent(newchannel("u3-b", "Local/5551@simnet-00000001;2"), 2));
        const QList<AmiMessage> events = {response("a3", false, reason),
                                          hangup("u3-b", "Local/5551@simnet-00000001;2", causeB),
                                          hangup("u3-a", "Local/5551@simnet-00000001;1", 0)};
        std::optional<CallUpdate> last;
        for (qsizetype i = 0; i < order.size(); ++i) {
            const auto update = tracker.onEvent(events.at(order.at(i)), 10 + i);
            if (i + 1 < order.size())
                QVERIFY2(!update, "the call ends only with its last event");
            else
                last = update;
        }
        QVERIFY(last);
        QCOMPARE(last->kind, CallUpdate::Kind::Ended);
        QCOMPARE(last->result.outcome, outcome);
        QCOMPARE(last->result.hangupCause, causeB);
        QCOMPARE(last->result.uniqueId, QStringLiteral("u3-a"));
        QCOMPARE(last->result.channel, QStringLiteral("Local/5551@simnet-00000001;1"));
        QCOMPARE(tracker.activeCount(), 0);
    }

    void aShortAnsweredCallMayHangUpBeforeItsResponse()
    {
        CallTracker tracker;
        tracker.add(4, "a4", "u4-a", "u4-b", 0);
        QVERIFY(!tracker.onEvent(newchannel("u4-a", "SIP/trunk-00000004"), 1));
        QVERIFY(!tracker.onEvent(hangup("u4-a", "SIP/trunk-00000004", 16), 500));
        const auto end = tracker.onEvent(response("a4", true, 4), 510);
        QVERIFY(end);
        QCOMPARE(end->kind, CallUpdate::Kind::Ended);
        QCOMPARE(end->result.outcome, CallOutcome::HumanAnswer);
        QCOMPARE(end->result.hangupCause, 16);
        QCOMPARE(end->result.channel, QStringLiteral("SIP/trunk-00000004"));
        QCOMPARE(tracker.activeCount(), 0);
    }

    void aFailedCallWithoutNewchannelEndsOnItsHangup()
    {
        // A node whose event filter leaves Newchannel out still reports Hangups.
        CallTracker tracker;
        tracker.add(8, "a8", "u8-a", "u8-b", 0);
        QVERIFY(!tracker.onEvent(response("a8", false, 5), 10));
        const auto end = tracker.onEvent(hangup("u8-b", "Local/1@x-1;2", 17), 20);
        QVERIFY(end);
        QCOMPARE(end->result.outcome, CallOutcome::Busy);
        QCOMPARE(end->result.hangupCause, 17);
    }

    void failedCallWithoutHangupEndsAfterGrace()
    {
        CallTracker tracker;
        tracker.add(5, "a5", "u5-a", "u5-b", 0);
        AmiMessage failed;
        failed.add("Event", "OriginateResponse");
        failed.add("ActionID", "a5");
        failed.add("Response", "Failure");
        failed.add("Reason", "0");
        QVERIFY(!tracker.onEvent(failed, 10)); // waits for the cause
        QVERIFY(tracker.sweep(10 + CallTracker::CauseGraceMs - 1).isEmpty());
        const QList<CallResult> ended = tracker.sweep(10 + CallTracker::CauseGraceMs);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).outcome, CallOutcome::Failed);
        QCOMPARE(tracker.activeCount(), 0);
    }

    void aCallTheNodeNeverReportsOnEnds()
    {
        CallTracker tracker;
        tracker.add(6, "a6", "u6-a", "u6-b", 0, 5000);
        QVERIFY(tracker.sweep(5000 + CallTracker::ResponseGraceMs - 1).isEmpty());
        const QList<CallResult> ended = tracker.sweep(5000 + CallTracker::ResponseGraceMs);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.at(0).outcome, CallOutcome::NodeLost); // not the callee's doing
        QVERIFY(ended.at(0).detail.contains(QStringLiteral("never reported")));
    }

    void unknownCallsAndNodeLoss()
    {
        CallTracker tracker;
        AmiMessage stray;
        stray.add("Event", "Hangup");
        stray.add("Uniqueid", "nobody");
        QVERIFY(!tracker.onEvent(stray, 1));
        tracker.add(9, "a9", "u9-a", "u9-b", 0);
        const auto lost = tracker.fail(9, QStringLiteral("node lost"), 50, CallOutcome::NodeLost);
        QVERIFY(lost);
        QCOMPARE(lost->outcome, CallOutcome::NodeLost);
        QCOMPARE(lost->detail, QStringLiteral("node lost"));
        QVERIFY(!tracker.fail(9, QStringLiteral("again"), 60));
        QCOMPARE(tracker.activeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallTracker)
#include "tst_calltracker.moc"
