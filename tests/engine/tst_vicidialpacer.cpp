#include "engine/pacing/vicidialpacer.h"

#include <QTest>

// AST_VDadapt's level adaptation and drop guards, AST_VDauto_dial's loop.
class TestVicidialPacer final : public QObject
{
    Q_OBJECT

    // Asks every 0.1 s from `from` up to and including `to`; the calls it
    // wants are not dialled, so the situation stays as it is.
    static void tick(Pacer &pacer, double from, double to)
    {
        for (int i = 0; from + i / 10.0 <= to + 1e-9; ++i)
            pacer.callsToLaunch(from + i / 10.0);
    }

    static void logIn(Pacer &pacer, int agents)
    {
        for (int i = 0; i < agents; ++i)
            pacer.agentLoggedIn(i, 0);
    }

    // Call `id` reaches agent `agent` (or waits for one if agent < 0).
    static void connect(Pacer &pacer, qint64 id, int agent, double t)
    {
        pacer.callDialed(id, t - 12.5);
        pacer.callAnswered(id, t - 2.5);
        pacer.humanAnswered(id, t);
        pacer.humanNeedsAgent(id, t);
        if (agent >= 0)
            pacer.callConnected(id, agent, t);
    }

private slots:
    // Agents waiting and no calls waiting: the level goes up 100% of the
    // differential per 15 s, capped at adaptive_maximum_level.
    void levelRisesWhileAgentsWait()
    {
        VicidialPacer pacer(PacerSettings{}, VicidialPacer::Tally::ReadyOrInCall);
        logIn(pacer, 10);
        QCOMPARE(pacer.callsToLaunch(0), 10); // level 1.0 x 10 agents
        tick(pacer, 0.1, 14.9);
        QCOMPARE(pacer.dialLevel(), 1.0);
        tick(pacer, 15.0, 15.0);
        QCOMPARE(pacer.dialLevel(), 2.0);
        tick(pacer, 15.1, 30.0);
        QCOMPARE(pacer.dialLevel(), 3.0);
    }

    // Every agent talking and two calls waiting: down by 2/10 a step.
    void levelFallsWhileCallsWait()
    {
        PacerSettings settings;
        settings.dialLevel = 2.0;
        VicidialPacer pacer(settings, VicidialPacer::Tally::ReadyOrInCall);
        logIn(pacer, 10);
        for (int i = 0; i < 10; ++i)
            connect(pacer, i, i, 0);
        connect(pacer, 10, -1, 0);
        connect(pacer, 11, -1, 0);
        tick(pacer, 0, 15.0);
        QCOMPARE(pacer.dialLevel(), 1.6);
    }

    // N counts ready and in-call agents against every call up; Y counts
    // ready agents only and adds back the calls already with agents. Agents
    // in wrap-up count in neither.
    void dialLoopTallies_data()
    {
        QTest::addColumn<int>("tally");
        QTest::addColumn<double>("level");
        QTest::addColumn<int>("calls");
        QTest::newRow("N, level 1") << int(VicidialPacer::Tally::ReadyOrInCall) << 1.0 << 3;
        QTest::newRow("N, level 2") << int(VicidialPacer::Tally::ReadyOrInCall) << 2.0 << 12;
        QTest::newRow("Y, level 1") << int(VicidialPacer::Tally::ReadyOnly) << 1.0 << 3;
        QTest::newRow("Y, level 2") << int(VicidialPacer::Tally::ReadyOnly) << 2.0 << 6;
    }

    void dialLoopTallies()
    {
        QFETCH(int, tally);
        QFETCH(double, level);
        QFETCH(int, calls);
        PacerSettings settings;
        settings.dialLevel = level;
        VicidialPacer pacer(settings, VicidialPacer::Tally(tally));
        logIn(pacer, 10);
        for (int i = 0; i < 6; ++i)
            connect(pacer, i, i, 0); // 6 talking, 4 ready
        connect(pacer, 6, 6, 0);
        pacer.callEnded(6, PacingState::CallEnd::Completed, 1); // agent 6 in wrap-up: 3 ready
        // N: round(level x 9) - 6 calls up; Y: round(level x 3) + 6 - 6.
        QCOMPARE(pacer.callsToLaunch(2), calls);
        // The dial loop runs every 2.5 s only.
        QCOMPARE(pacer.callsToLaunch(3), 0);
        QCOMPARE(pacer.callsToLaunch(4.5), calls);
    }

    // Today's drops over 3% of answers with over 50 calls: ADAPT_HARD_LIMIT
    // sets the level to 1.0 at the next computation after the drop figures
    // are refreshed (every 60 s), whatever the agents.
    void hardLimitDropGuard()
    {
        VicidialPacer guarded(PacerSettings{}, VicidialPacer::Tally::ReadyOrInCall);
        VicidialPacer control(PacerSettings{}, VicidialPacer::Tally::ReadyOrInCall);
        for (VicidialPacer *p : {&guarded, &control}) {
            logIn(*p, 10);
            tick(*p, 0, 30);
            QCOMPARE(p->dialLevel(), 3.0);
        }
        for (int i = 0; i < 60; ++i) {
            guarded.callDialed(100 + i, 31);
            if (i < 20) {
                guarded.callAnswered(100 + i, 40);
                guarded.humanAnswered(100 + i, 42);
                guarded.humanNeedsAgent(100 + i, 42);
                if (i < 2)
                    guarded.callAbandoned(100 + i, 44);
            }
            guarded.callEnded(100 + i, i < 2 ? PacingState::CallEnd::Abandoned : PacingState::CallEnd::NoAnswer, 45);
        }
        tick(guarded, 30.1, 59.9);
        QCOMPARE(guarded.dialLevel(), 3.0); // drop figures not refreshed yet
        tick(guarded, 60.0, 60.0);
        QCOMPARE(guarded.dialLevel(), 1.0);
        QCOMPARE(guarded.figures().mode, QStringLiteral("drop-guard"));
        tick(control, 30.1, 60.0);
        QCOMPARE(control.dialLevel(), 3.0);
    }

    // ADAPT_TAPERED: over the limit with five hours left, half the level.
    void taperedDropGuard()
    {
        PacerSettings settings;
        settings.dropMode = PacerSettings::DropMode::Tapered;
        settings.shiftEndSeconds = 60 + 5 * 3600;
        VicidialPacer pacer(settings, VicidialPacer::Tally::ReadyOrInCall);
        logIn(pacer, 10);
        tick(pacer, 0, 30);
        for (int i = 0; i < 60; ++i) {
            pacer.callDialed(100 + i, 31);
            pacer.callAnswered(100 + i, 40);
            pacer.humanAnswered(100 + i, 42);
            pacer.humanNeedsAgent(100 + i, 42);
            if (i < 5)
                pacer.callAbandoned(100 + i, 44);
            pacer.callEnded(100 + i, PacingState::CallEnd::Abandoned, 45);
        }
        tick(pacer, 30.1, 60);
        QCOMPARE(pacer.dialLevel(), 1.5);
    }
};

QTEST_GUILESS_MAIN(TestVicidialPacer)
#include "tst_vicidialpacer.moc"
