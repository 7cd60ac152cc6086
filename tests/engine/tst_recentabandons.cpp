#include "engine/pacing/recentabandons.h"

#include <QTest>

// The torque pacer's alarm: abandons far over the cap in the last minute.
class TestRecentAbandons final : public QObject
{
    Q_OBJECT

private slots:
    void quietWithFewAbandons()
    {
        RecentAbandons recent;
        for (int i = 0; i < 4; ++i) {
            recent.human(i);
            recent.abandon(i);
        }
        QVERIFY(!recent.alarmed(5, 0.03)); // 4 of 4, but under the minimum count
    }

    void alarmsFarOverTheCap()
    {
        RecentAbandons recent;
        for (int i = 0; i < 100; ++i)
            recent.human(i * 0.1);
        for (int i = 0; i < 9; ++i)
            recent.abandon(5 + i * 0.1);
        QVERIFY(!recent.alarmed(6, 0.03)); // 9 of 100: exactly 3 x 3%
        recent.abandon(6);
        QVERIFY(recent.alarmed(6, 0.03));
        QVERIFY(!recent.alarmed(6, 0.05)); // a looser cap tolerates it
    }

    void forgetsAfterAMinute()
    {
        RecentAbandons recent;
        for (int i = 0; i < 10; ++i) {
            recent.human(i);
            recent.abandon(i);
        }
        QVERIFY(recent.alarmed(10, 0.03));
        QVERIFY(recent.alarmed(64, 0.03));   // the abandons at 5..9 are still in the window
        QVERIFY(!recent.alarmed(75, 0.03));  // all gone
    }
};

QTEST_GUILESS_MAIN(TestRecentAbandons)
#include "tst_recentabandons.moc"
