#include "engine/sim/pacing/simagentpool.h"

#include <QTest>

class TestSimAgentPool final : public QObject
{
    Q_OBJECT

private slots:
    void longestIdleTakesTheCall()
    {
        SimAgentPool pool(1000);
        QCOMPARE(pool.setCount(3, 0).loggedIn.size(), std::size_t(3));
        QCOMPARE(pool.connect(10), 0); // all free since 0: the first
        pool.startWrap(0, 20);
        QVERIFY(pool.finishWrap(0, 25));
        QCOMPARE(pool.connect(30), 1);
        QCOMPARE(pool.connect(31), 2);
        QCOMPARE(pool.connect(32), 0);
        QCOMPARE(pool.connect(33), -1);
        QCOMPARE(pool.waits().size(), std::size_t(4));
        QCOMPARE(pool.waits()[0], 10.0);
        QCOMPARE(pool.waits()[3], 7.0); // free at 25, call at 32
    }

    // Free agents leave at once, the most recently freed first; busy ones
    // after their wrap-up; a rise cancels pending log-outs first.
    void headCountChanges()
    {
        SimAgentPool pool(1000);
        pool.setCount(4, 0);
        QCOMPARE(pool.connect(1), 0);
        QCOMPARE(pool.connect(2), 1);
        pool.startWrap(1, 3);
        QVERIFY(pool.finishWrap(1, 5)); // agent 1 free since 5, agents 2 and 3 since 0
        QCOMPARE(pool.connect(6), 2);
        pool.startWrap(2, 7);
        QVERIFY(pool.finishWrap(2, 8)); // free: 3 (since 0), 1 (5), 2 (8)
        QCOMPARE(pool.connect(9), 3);   // free: 1 (5), 2 (8); busy: 0, 3
        SimAgentPool::Change change = pool.setCount(1, 10);
        QCOMPARE(change.loggedOut, (std::vector<int>{2, 1}));
        QCOMPARE(pool.loggedIn(), 2); // one more leaves after wrap-up
        pool.startWrap(0, 20);
        QVERIFY(!pool.finishWrap(0, 25));
        QCOMPARE(pool.loggedIn(), 1);
        pool.setCount(0, 30);          // agent 3 is busy: pending
        change = pool.setCount(2, 31); // cancels it, logs in one
        QCOMPARE(change.loggedIn.size(), std::size_t(1));
        pool.startWrap(3, 40);
        QVERIFY(pool.finishWrap(3, 41));
        QCOMPARE(pool.loggedIn(), 2);
    }

    void timesAreClippedToTheScenario()
    {
        SimAgentPool pool(100);
        pool.setCount(1, 0);
        QCOMPARE(pool.connect(50), 0);
        pool.startWrap(0, 140);
        QVERIFY(pool.finishWrap(0, 150));
        pool.finish();
        QCOMPARE(pool.busySeconds(), 50.0);
        QCOMPARE(pool.loggedInSeconds(), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestSimAgentPool)
#include "tst_simagentpool.moc"
