#include "engine/pacing/torquepacer.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

// A campaign's history as the engine reports it, replayed in time order:
// one dial every 5 s; 30% humans (10 s ring, 2.5 s AMD, 60 s talk, 5 s
// wrap-up, taken by agents 0..9 in turn), 20% machines, 10% busy, the rest
// unanswered after 25 s. The first `abandons` humans find no agent.
class History final
{
public:
    History(int dials, int abandons)
    {
        int humans = 0;
        for (int i = 0; i < dials; ++i) {
            const double t = 5.0 * i;
            const qint64 id = i;
            at(t, [=](Pacer &p) { p.callDialed(id, t); });
            const int kind = i % 10;
            if (kind < 3) {
                const int agent = humans % 10;
                const bool abandoned = humans++ < abandons;
                at(t + 10, [=](Pacer &p) { p.callAnswered(id, t + 10); });
                at(t + 12.5, [=](Pacer &p) {
                    p.humanAnswered(id, t + 12.5);
                    p.humanNeedsAgent(id, t + 12.5);
                    if (!abandoned)
                        p.callConnected(id, agent, t + 12.5);
                });
                if (abandoned) {
                    at(t + 14.5, [=](Pacer &p) {
                        p.callAbandoned(id, t + 14.5);
                        p.callEnded(id, PacingState::CallEnd::Abandoned, t + 14.5);
                    });
                } else {
                    at(t + 72.5, [=](Pacer &p) { p.callEnded(id, PacingState::CallEnd::Completed, t + 72.5); });
                    at(t + 77.5, [=](Pacer &p) { p.agentFreed(agent, t + 77.5); });
                }
            } else if (kind < 5) {
                at(t + 10, [=](Pacer &p) { p.callAnswered(id, t + 10); });
                at(t + 12.5, [=](Pacer &p) {
                    p.machineAnswered(id, t + 12.5);
                    p.callEnded(id, PacingState::CallEnd::Machine, t + 12.5);
                });
            } else if (kind < 6) {
                at(t + 2, [=](Pacer &p) { p.callEnded(id, PacingState::CallEnd::Busy, t + 2); });
            } else {
                at(t + 25, [=](Pacer &p) { p.callEnded(id, PacingState::CallEnd::NoAnswer, t + 25); });
            }
        }
        m_end = 5.0 * dials + 100;
    }

    // Ten agents log in, live through the history (asked every second), and
    // end free at end().
    void replay(TorquePacer &pacer) const
    {
        for (int a = 0; a < 10; ++a)
            pacer.agentLoggedIn(a, 0);
        std::vector<std::size_t> order(m_events.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return m_events[a].first < m_events[b].first; });
        double nextAsk = 0;
        for (std::size_t i : order) {
            for (; nextAsk < m_events[i].first; nextAsk += 1.0)
                pacer.callsToLaunch(nextAsk);
            m_events[i].second(pacer);
        }
        for (; nextAsk <= m_end; nextAsk += 1.0)
            pacer.callsToLaunch(nextAsk);
    }

    double end() const { return m_end; }

private:
    void at(double t, std::function<void(Pacer &)> f) { m_events.emplace_back(t, std::move(f)); }

    std::vector<std::pair<double, std::function<void(Pacer &)>>> m_events;
    double m_end = 0;
};

// Puts every agent on a call that reached it at `since`.
void allTalking(TorquePacer &pacer, double since)
{
    for (int a = 0; a < 10; ++a) {
        const qint64 id = 100000 + a;
        pacer.callDialed(id, since - 12.5);
        pacer.callAnswered(id, since - 2.5);
        pacer.humanAnswered(id, since);
        pacer.humanNeedsAgent(id, since);
        pacer.callConnected(id, a, since);
    }
}

} // namespace

// The predictive pacer on hand-made situations after a learnt history.
class TestTorquePacer final : public QObject
{
    Q_OBJECT

private slots:
    void learnsTheCampaign()
    {
        TorquePacer pacer{PacerSettings{}};
        History(400, 0).replay(pacer);
        const TorqueEstimates &e = pacer.estimates();
        QVERIFY2(qAbs(e.humanShare() - 0.30) < 0.04, qPrintable(QString::number(e.humanShare())));
        QVERIFY2(qAbs(e.machineShare() - 0.20) < 0.04, qPrintable(QString::number(e.machineShare())));
        QVERIFY2(qAbs(e.ring().mean() - 10.0) < 1.0, qPrintable(QString::number(e.ring().mean())));
        QVERIFY2(qAbs(e.talk().mean() - 60.0) < 6.0, qPrintable(QString::number(e.talk().mean())));
        QVERIFY2(qAbs(e.wrap().mean() - 5.0) < 1.0, qPrintable(QString::number(e.wrap().mean())));
        QVERIFY(qAbs(e.amdSeconds() - 2.5) < 0.3);
        QVERIFY(pacer.predicting());
        const PacerFigures f = pacer.figures();
        QCOMPARE(f.mode, QStringLiteral("predictive"));
        QVERIFY(f.humanRateEstimate && f.marginalAbandonLimit && f.abandonBudget);
    }

    // All agents on the phone: near the end of their 60 s calls there is
    // work to dial for; a few seconds into them there is not.
    void dialsMoreWhenAgentsAreAboutToFree()
    {
        const History history(400, 0);
        TorquePacer soon{PacerSettings{}};
        TorquePacer later{PacerSettings{}};
        history.replay(soon);
        history.replay(later);
        const double t = history.end() + 60;
        allTalking(soon, t - 56);
        allTalking(later, t - 2);
        const int soonCalls = soon.callsToLaunch(t);
        const int laterCalls = later.callsToLaunch(t);
        QVERIFY2(soonCalls >= 10 && laterCalls <= 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(soonCalls).arg(laterCalls)));
    }

    // The same situation after a history of abandons: a smaller limit, fewer calls.
    void dialsLessAfterAbandons()
    {
        TorquePacer clean{PacerSettings{}};
        TorquePacer dropped{PacerSettings{}};
        History(400, 0).replay(clean);
        const History withAbandons(400, 6); // 6 of 120 humans: 5%
        withAbandons.replay(dropped);
        const double t = withAbandons.end() + 60;
        QVERIFY(dropped.marginalAbandonLimit(t) < clean.marginalAbandonLimit(t) / 5);
        allTalking(clean, t - 55); // free in about 10 s, as new calls' humans come
        allTalking(dropped, t - 55);
        const int cleanCalls = clean.callsToLaunch(t);
        const int droppedCalls = dropped.callsToLaunch(t);
        QVERIFY2(droppedCalls < cleanCalls, qPrintable(QStringLiteral("%1 vs %2").arg(droppedCalls).arg(cleanCalls)));
    }

    // Below minPredictiveAgents: one call per free agent, however good the
    // estimates. Ten free agents: more lines than agents.
    void progressiveBelowTheMinimumTeam()
    {
        PacerSettings settings;
        settings.minPredictiveAgents = 4;
        TorquePacer pacer{settings};
        const History history(400, 0);
        history.replay(pacer);
        const double t = history.end() + 10;
        QVERIFY(pacer.callsToLaunch(t) > 10);
        for (int a = 3; a < 10; ++a)
            pacer.agentLoggedOut(a, t + 1);
        QCOMPARE(pacer.callsToLaunch(t + 2), 3);
        QVERIFY(!pacer.predicting());
        QCOMPARE(pacer.figures().mode, QStringLiteral("progressive"));
        pacer.callDialed(900001, t + 2);
        QCOMPARE(pacer.callsToLaunch(t + 3), 2);
    }

    // Three agents, none free, all a second into a 5 s wrap-up: a call dialled
    // now brings its human in 12.5 s at the earliest, so the exact small-team
    // forecast dials for them; progressive would dial nothing.
    void smallTeamDialsForAgentsInWrapUp()
    {
        TorquePacer pacer{PacerSettings{}};
        const History history(400, 0);
        history.replay(pacer);
        double t = history.end() + 10;
        for (int a = 3; a < 10; ++a)
            pacer.agentLoggedOut(a, t);
        t += 60;
        for (int a = 0; a < 3; ++a) {
            const qint64 id = 800000 + a;
            pacer.callDialed(id, t - 75);
            pacer.callAnswered(id, t - 65);
            pacer.humanAnswered(id, t - 62.5);
            pacer.humanNeedsAgent(id, t - 62.5);
            pacer.callConnected(id, a, t - 62.5);
            pacer.callEnded(id, PacingState::CallEnd::Completed, t - 1);
        }
        QCOMPARE(pacer.state().freeAgents(), 0);
        const int calls = pacer.callsToLaunch(t);
        QVERIFY(pacer.predicting());
        QVERIFY2(calls >= 1, qPrintable(QString::number(calls)));
    }

    // Before enough calls have been seen: progressive too.
    void progressiveWhileLearning()
    {
        TorquePacer pacer{PacerSettings{}};
        for (int a = 0; a < 20; ++a)
            pacer.agentLoggedIn(a, 0);
        QCOMPARE(pacer.callsToLaunch(0), 20);
        QVERIFY(!pacer.predicting());
    }
};

QTEST_GUILESS_MAIN(TestTorquePacer)
#include "tst_torquepacer.moc"
