#include "engine/pacing/progressivepacer.h"

#include <QTest>

// One line per free agent, and the PacingState every pacer reads.
class TestProgressivePacer final : public QObject
{
    Q_OBJECT

    static void logIn(Pacer &pacer, int agents)
    {
        for (int i = 0; i < agents; ++i)
            pacer.agentLoggedIn(i, 0);
    }

private slots:
    void dialsExactlyTheFreeAgents()
    {
        ProgressivePacer pacer{PacerSettings{}};
        QCOMPARE(pacer.callsToLaunch(0), 0);
        logIn(pacer, 5);
        QCOMPARE(pacer.callsToLaunch(0.1), 5);
        pacer.callDialed(1, 0.1);
        pacer.callDialed(2, 0.1);
        QCOMPARE(pacer.callsToLaunch(0.2), 3);
        // A connected call takes its agent: still one line per free agent.
        pacer.callAnswered(1, 5);
        pacer.humanAnswered(1, 7);
        pacer.humanNeedsAgent(1, 7);
        pacer.callConnected(1, 0, 7);
        QCOMPARE(pacer.state().freeAgents(), 4);
        QCOMPARE(pacer.callsToLaunch(7.1), 3);
        // A busy signal frees the line.
        pacer.callEnded(2, PacingState::CallEnd::Busy, 8);
        QCOMPARE(pacer.callsToLaunch(8.1), 4);
        // Wrap-up holds the agent until it is freed.
        pacer.callEnded(1, PacingState::CallEnd::Completed, 60);
        QCOMPARE(pacer.state().agentsIn(PacingState::AgentState::WrapUp), 1);
        QCOMPARE(pacer.callsToLaunch(60.1), 4);
        pacer.agentFreed(0, 65);
        QCOMPARE(pacer.callsToLaunch(65.1), 5);
        pacer.agentLoggedOut(4, 66);
        QCOMPARE(pacer.callsToLaunch(66.1), 4);
    }
};

QTEST_GUILESS_MAIN(TestProgressivePacer)
#include "tst_progressivepacer.moc"
