#include "engine/pacing/ratiopacer.h"

#include <QTest>

class TestRatioPacer final : public QObject
{
    Q_OBJECT

    static void logIn(Pacer &pacer, int agents)
    {
        for (int i = 0; i < agents; ++i)
            pacer.agentLoggedIn(i, 0);
    }

private slots:
    void ratioDialsLinesPerFreeAgent()
    {
        RatioPacer pacer{PacerSettings{}};
        logIn(pacer, 4);
        QCOMPARE(pacer.callsToLaunch(0), 8);
        for (int i = 0; i < 5; ++i)
            pacer.callDialed(i, 0);
        QCOMPARE(pacer.callsToLaunch(0.1), 3);

        PacerSettings settings;
        settings.linesPerAgent = 1.5;
        RatioPacer slower(settings);
        logIn(slower, 3);
        QCOMPARE(slower.callsToLaunch(0), 5); // ceil(4.5)
        QCOMPARE(*slower.figures().dialLevel, 1.5);
    }
};

QTEST_GUILESS_MAIN(TestRatioPacer)
#include "tst_ratiopacer.moc"
