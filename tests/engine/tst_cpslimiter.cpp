#include "engine/ami/cpslimiter.h"

#include <QTest>

class TestCpsLimiter final : public QObject
{
    Q_OBJECT

    // Calls taken over `seconds` when asked every millisecond.
    static int callsOver(CpsLimiter &limiter, int seconds)
    {
        int taken = 0;
        for (qint64 ms = 0; ms < seconds * 1000LL; ++ms)
            taken += limiter.tryTake(ms) ? 1 : 0;
        return taken;
    }

private slots:
    void fractionalRate()
    {
        CpsLimiter limiter(0.1);
        QCOMPARE(callsOver(limiter, 60), 6); // one at once, then one every 10 s
    }

    void wholeRates_data()
    {
        QTest::addColumn<double>("rate");
        QTest::newRow("1") << 1.0;
        QTest::newRow("5") << 5.0;
        QTest::newRow("30") << 30.0;
        QTest::newRow("1000") << 1000.0;
    }

    void wholeRates()
    {
        QFETCH(double, rate);
        CpsLimiter limiter(rate);
        const int taken = callsOver(limiter, 10);
        QVERIFY2(taken <= int(rate * 10) + 1 && taken >= int(rate * 10) - 1, qPrintable(QString::number(taken)));
    }

    void noSecondSeesMuchMoreThanTheRate()
    {
        CpsLimiter limiter(100);
        QList<qint64> times;
        for (qint64 ms = 0; ms < 5000; ms += 7) {
            if (limiter.tryTake(ms))
                times << ms;
        }
        for (qsizetype i = 0; i < times.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < times.size() && times[j] < times[i] + 1000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= 111, qPrintable(QString::number(inWindow)));
        }
    }

    void waitTime()
    {
        CpsLimiter limiter(0.5);
        QVERIFY(limiter.tryTake(0));
        QCOMPARE(limiter.msUntilNext(0), 2000);
        QCOMPARE(limiter.msUntilNext(1500), 500);
        QCOMPARE(limiter.msUntilNext(2000), 0);
    }
};

QTEST_GUILESS_MAIN(TestCpsLimiter)
#include "tst_cpslimiter.moc"
