#include "engine/pacing/smoothtorquepacer.h"

#include <QTest>

// SmoothTorque steers the time between calls toward a target busy-agent
// percentage: faster while agents sit idle, slower while all are busy.
class TestSmoothTorquePacer final : public QObject
{
    Q_OBJECT

    static int run(Pacer &pacer, double from, double to)
    {
        int calls = 0;
        for (int i = 0; from + i / 10.0 < to; ++i)
            calls += pacer.callsToLaunch(from + i / 10.0);
        return calls;
    }

    static void logIn(Pacer &pacer, int agents)
    {
        for (int i = 0; i < agents; ++i)
            pacer.agentLoggedIn(i, 0);
    }

private slots:
    void targetRisesWithTheTeam()
    {
        SmoothTorquePacer pacer{PacerSettings{}};
        logIn(pacer, 1);
        QCOMPARE(pacer.targetBusyPercent(), 43.0); // drive_min
        for (int i = 1; i < 8; ++i)
            pacer.agentLoggedIn(i, 0);
        QVERIFY(qAbs(pacer.targetBusyPercent() - 58.75) < 1e-9);
        QVERIFY(pacer.targetBusyPercent() < 61.0); // drive_max
    }

    void speedsUpWhenIdleSlowsDownWhenBusy()
    {
        SmoothTorquePacer idle{PacerSettings{}};
        SmoothTorquePacer busy{PacerSettings{}};
        logIn(idle, 10);
        logIn(busy, 10);
        for (int i = 0; i < 10; ++i) {
            busy.callDialed(i, 0);
            busy.callAnswered(i, 0);
            busy.humanAnswered(i, 0);
            busy.humanNeedsAgent(i, 0);
            busy.callConnected(i, i, 0);
        }
        const int idleCalls = run(idle, 0, 60);
        const int busyCalls = run(busy, 0, 60);
        // The seed: 59.2% of 10 agents over 120 s calls at a 10% connect rate.
        const double seed = 0.592 * 10 / (120 * 0.10);
        QVERIFY2(idle.callsPerSecond() > seed, qPrintable(QString::number(idle.callsPerSecond())));
        QVERIFY2(busy.callsPerSecond() < seed, qPrintable(QString::number(busy.callsPerSecond())));
        QVERIFY(idleCalls > 3 * busyCalls);
        QVERIFY(*idle.figures().boostPercent > 0); // lagging with room on the trunk
        QCOMPARE(*busy.figures().boostPercent, 0.0);
        QVERIFY(*busy.figures().msBetweenCalls > *idle.figures().msBetweenCalls);
    }

    void noAgentsNoCalls()
    {
        SmoothTorquePacer pacer{PacerSettings{}};
        QCOMPARE(run(pacer, 0, 30), 0);
    }
};

QTEST_GUILESS_MAIN(TestSmoothTorquePacer)
#include "tst_smoothtorquepacer.moc"
