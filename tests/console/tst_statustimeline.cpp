#include "common/protocol.h"
#include "console/status/statustimeline.h"

#include <QJsonArray>
#include <QTest>

using namespace Protocol;

namespace {

constexpr qint64 kStart = Q_INT64_C(1700000000000);

QJsonObject sampleAt(qint64 second, double msBetweenCalls = -1)
{
    QJsonObject s{{StatusKey::Time, double(kStart + second * 1000)}, {StatusKey::Dialed, double(second)}};
    if (msBetweenCalls >= 0)
        s.insert(StatusKey::MsBetweenCalls, msBetweenCalls);
    return s;
}

qint64 secondOf(const QJsonObject &sample)
{
    return (*StatusTimeline::timeOf(sample) - kStart) / 1000;
}

} // namespace

// The Engine Status page's 720-second buffer: what it keeps, what it drops,
// and the scale of the yellow line.
class TestStatusTimeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheLast720Seconds();
    void dropsEverythingOlderAfterAGap();
    void keepsEachTimeOnceAndInOrder();
    void refusesSamplesWithoutTimeOrTooOld();
    void mergesAHistoryWithLiveSamples();
    void scaleIsTheRangeOfTheWindow();
    void scaleIsEmptyWithoutTheFigure();
    void measuresTimeFromTheNewestSample();
};

void TestStatusTimeline::keepsTheLast720Seconds()
{
    StatusTimeline history;
    for (qint64 s = 0; s < 800; ++s)
        QVERIFY(history.append(sampleAt(s)));
    // 79..799: the newest and the 720 seconds before it.
    QCOMPARE(history.size(), 721);
    QCOMPARE(secondOf(history.samples().constFirst()), 79);
    QCOMPARE(secondOf(history.latest()), 799);
    QCOMPARE(history.newestTime(), kStart + 799 * 1000);
}

void TestStatusTimeline::dropsEverythingOlderAfterAGap()
{
    StatusTimeline history;
    for (qint64 s = 0; s < 10; ++s)
        history.append(sampleAt(s));
    QVERIFY(history.append(sampleAt(9 + 721)));
    QCOMPARE(history.size(), 1);
    QCOMPARE(secondOf(history.latest()), 730);
}

void TestStatusTimeline::keepsEachTimeOnceAndInOrder()
{
    StatusTimeline history;
    history.append(sampleAt(5));
    history.append(sampleAt(7));
    QVERIFY(!history.append(sampleAt(7)));
    QVERIFY(history.append(sampleAt(6))); // late, but inside the window
    QCOMPARE(history.size(), 3);
    QCOMPARE(secondOf(history.samples().at(0)), 5);
    QCOMPARE(secondOf(history.samples().at(1)), 6);
    QCOMPARE(secondOf(history.samples().at(2)), 7);
}

void TestStatusTimeline::refusesSamplesWithoutTimeOrTooOld()
{
    StatusTimeline history;
    QVERIFY(!history.append(QJsonObject{{StatusKey::Dialed, 3}}));
    QVERIFY(!history.append(QJsonObject{{StatusKey::Time, QStringLiteral("soon")}}));
    QVERIFY(history.isEmpty());
    history.append(sampleAt(1000));
    QVERIFY(!history.append(sampleAt(1000 - 721)));
    QVERIFY(history.append(sampleAt(1000 - 720)));
    QCOMPARE(history.size(), 2);
    history.clear();
    QVERIFY(history.isEmpty());
    QCOMPARE(history.newestTime(), 0);
    QVERIFY(history.latest().isEmpty());
}

void TestStatusTimeline::mergesAHistoryWithLiveSamples()
{
    StatusTimeline history;
    // Live samples came first; the history reply overlaps them.
    history.append(sampleAt(100));
    history.append(sampleAt(101));
    QJsonArray reply;
    for (qint64 s = 90; s <= 100; ++s)
        reply.append(sampleAt(s));
    reply.append(QStringLiteral("not a sample"));
    history.merge(reply);
    QCOMPARE(history.size(), 12);
    QCOMPARE(secondOf(history.samples().constFirst()), 90);
    QCOMPARE(secondOf(history.latest()), 101);
}

void TestStatusTimeline::scaleIsTheRangeOfTheWindow()
{
    StatusTimeline history;
    history.append(sampleAt(0, 20.0));   // the fastest, but it will leave the window
    history.append(sampleAt(100, 187.19));
    history.append(sampleAt(200, 33.33));
    history.append(sampleAt(300));        // no figure: not part of the scale
    QCOMPARE(history.scaleMinMs().value(), 20.0);
    QCOMPARE(history.scaleMaxMs().value(), 187.19);
    history.append(sampleAt(721, 50.0));
    QCOMPARE(history.scaleMinMs().value(), 33.33);
    QCOMPARE(history.scaleMaxMs().value(), 187.19);
    QCOMPARE(history.maximum(StatusKey::Dialed).value(), 721.0);
    QCOMPARE(history.minimum(StatusKey::Dialed).value(), 100.0);
}

void TestStatusTimeline::scaleIsEmptyWithoutTheFigure()
{
    StatusTimeline history;
    QVERIFY(!history.scaleMinMs());
    history.append(sampleAt(1));
    QVERIFY(!history.scaleMinMs());
    QVERIFY(!history.scaleMaxMs());
}

void TestStatusTimeline::measuresTimeFromTheNewestSample()
{
    StatusTimeline history;
    history.append(sampleAt(10));
    history.append(sampleAt(70));
    QCOMPARE(history.secondsBeforeNewest(history.samples().at(0)), -60.0);
    QCOMPARE(history.secondsBeforeNewest(history.latest()), 0.0);
}

QTEST_GUILESS_MAIN(TestStatusTimeline)
#include "tst_statustimeline.moc"
