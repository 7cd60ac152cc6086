#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"
#include "engine/ami/calltracker.h"

#include <QFile>
#include <QTest>

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
        QCOMPARE(ended.at(0).outcome, CallOutcome::Failed);
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
        const auto lost = tracker.fail(9, QStringLiteral("node lost"), 50);
        QVERIFY(lost);
        QCOMPARE(lost->outcome, CallOutcome::Failed);
        QCOMPARE(lost->detail, QStringLiteral("node lost"));
        QVERIFY(!tracker.fail(9, QStringLiteral("again"), 60));
        QCOMPARE(tracker.activeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCallTracker)
#include "tst_calltracker.moc"
