#include "engine/pacing/abandonmeter.h"

#include <QTest>

class TestAbandonMeter final : public QObject
{
    Q_OBJECT

private slots:
    void wholeRunRate()
    {
        AbandonMeter meter(0.03);
        QCOMPARE(meter.rate(), 0.0);
        for (int i = 0; i < 100; ++i)
            meter.recordHuman(i);
        meter.recordAbandon(50);
        meter.recordAbandon(60);
        QCOMPARE(meter.humans(), 100);
        QCOMPARE(meter.abandons(), 2);
        QCOMPARE(meter.rate(), 0.02);
        // 3% of 100 humans is 3 abandons: one left.
        QVERIFY(qAbs(meter.budget(100) - 1.0) < 1e-9);
        QVERIFY(qAbs(meter.budget(100, 0.025) - 0.5) < 1e-9);
    }

    // UK rules: a 24 h window. Yesterday's abandons fall out of it, not out
    // of the whole-run figure.
    void rollingWindowForgets()
    {
        AbandonMeter meter(0.03, AbandonMeter::kOneDay);
        for (int i = 0; i < 10; ++i) {
            meter.recordHuman(100 + i);
            meter.recordAbandon(100 + i);
        }
        const double tomorrow = 100 + 2 * AbandonMeter::kOneDay;
        for (int i = 0; i < 100; ++i)
            meter.recordHuman(tomorrow + i);
        QCOMPARE(meter.windowHumans(tomorrow + 100), 100);
        QCOMPARE(meter.windowAbandons(tomorrow + 100), 0);
        QCOMPARE(meter.windowRate(tomorrow + 100), 0.0);
        QVERIFY(meter.rate() > 0.09);
        // The budget is the smaller of the two: the whole run is behind.
        QVERIFY(meter.budget(tomorrow + 100) < 0);
    }

    void windowKeepsRecentBuckets()
    {
        AbandonMeter meter(0.03, AbandonMeter::kOneDay);
        meter.recordHuman(0);
        meter.recordAbandon(0);
        QCOMPARE(meter.windowAbandons(AbandonMeter::kOneDay / 2), 1);
        QCOMPARE(meter.windowAbandons(AbandonMeter::kOneDay + 600), 0);
    }
};

QTEST_GUILESS_MAIN(TestAbandonMeter)
#include "tst_abandonmeter.moc"
