#include "engine/sim/pacing/gridsummary.h"
#include "engine/sim/pacing/scenariogrid.h"

#include <QTest>

#include <map>
#include <set>

namespace {

const QString kGrid = QStringLiteral(TORQUE_PACING_TEST_DATA "/grids/grid.json");

QByteArray grid(const QByteArray &axes, int count = 12)
{
    return QByteArrayLiteral("{\"name\":\"t\",\"seed\":5,\"count\":") + QByteArray::number(count)
        + QByteArrayLiteral(",\"axes\":{") + axes + QByteArrayLiteral("}}");
}

PaceResult result(const QString &scenario, const QString &pacer, double occupancy, qint64 abandoned,
                  qint64 humans = 1000)
{
    PaceResult r;
    r.scenario = scenario;
    r.pacer = pacer;
    r.occupancy = occupancy;
    r.abandoned = abandoned;
    r.humansNeedingAgent = humans;
    r.abandonRate = double(abandoned) / double(humans);
    r.abandonCap = 0.03;
    return r;
}

} // namespace

// torque-pacesim's scenario grid and its summary.
class TestScenarioGrid final : public QObject
{
    Q_OBJECT

private slots:
    // The shipped grid: at least 300 valid scenarios spanning the space.
    void theShippedGridSpansTheSpace()
    {
        const Result<std::vector<PaceScenario>> g = ScenarioGrid::parseFile(kGrid);
        QVERIFY2(g.ok(), qPrintable(g.detail()));
        QVERIFY(g.value().size() >= 300);
        std::set<int> teams;
        std::set<double> caps;
        int press1 = 0, drifting = 0, shrinking = 0;
        for (const PaceScenario &s : g.value()) {
            teams.insert(s.agents.front().count);
            caps.insert(s.abandonCap);
            press1 += s.press1Rate.has_value();
            drifting += !s.drift.empty();
            shrinking += s.agents.size() > 1;
        }
        QVERIFY(teams.count(1) && teams.count(1000));
        QCOMPARE(caps, (std::set<double>{0.01, 0.03}));
        QVERIFY(press1 > 50 && drifting > 100 && shrinking > 100);
    }

    // Every value of an axis is dealt about equally often, the same way each
    // time; another seed offset changes the seeds and nothing else.
    void axesAreDealtEvenly()
    {
        const QByteArray json = grid("\"agents\":[1,10,100],\"humanRate\":[0.1,0.2,0.3,0.4]");
        const auto a = ScenarioGrid::parse(json, QStringLiteral("t.json"));
        const auto b = ScenarioGrid::parse(json, QStringLiteral("t.json"));
        const auto shifted = ScenarioGrid::parse(json, QStringLiteral("t.json"), 3);
        QVERIFY(a.ok() && b.ok() && shifted.ok());
        std::map<int, int> teams;
        std::map<double, int> rates;
        for (std::size_t i = 0; i < a.value().size(); ++i) {
            const PaceScenario &s = a.value()[i];
            ++teams[s.agents.front().count];
            ++rates[s.rates.human];
            QCOMPARE(s.name, b.value()[i].name);
            QCOMPARE(s.agents.front().count, shifted.value()[i].agents.front().count);
            QVERIFY(s.seed != shifted.value()[i].seed);
        }
        QCOMPARE(teams, (std::map<int, int>{{1, 4}, {10, 4}, {100, 4}}));
        QCOMPARE(rates, (std::map<double, int>{{0.1, 3}, {0.2, 3}, {0.3, 3}, {0.4, 3}}));
    }

    void patternsShapeTheShift()
    {
        const auto g = ScenarioGrid::parse(grid("\"agents\":[10],\"agentPattern\":[\"massLogouts\"],"
                                                "\"trunk\":[\"channelBound\"],\"drift\":[\"surge\"],"
                                                "\"durationSeconds\":[1000]", 1),
                                           QStringLiteral("t.json"));
        QVERIFY2(g.ok(), qPrintable(g.detail()));
        const PaceScenario &s = g.value().front();
        QCOMPARE(s.agents.size(), std::size_t(7));
        QCOMPARE(s.agents[1].at, 200.0);
        QCOMPARE(s.agents[1].count, 2);
        QCOMPARE(s.maxChannels, 15);
        QCOMPARE(s.drift.size(), std::size_t(2));
        QCOMPARE(s.drift[0].humanRateFactor, 2.0);
    }

    void badGridsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mention");
        QTest::newRow("unknown axis") << grid("\"agentz\":[1]") << QStringLiteral("axes.agentz");
        QTest::newRow("empty axis") << grid("\"agents\":[]") << QStringLiteral("axes.agents");
        QTest::newRow("bad pattern") << grid("\"agentPattern\":[\"flat\",\"nap\"]") << QStringLiteral("axes.agentPattern[1]");
        QTest::newRow("bad team") << grid("\"agents\":[0]") << QStringLiteral("axes.agents[0]");
        QTest::newRow("bad distribution") << grid("\"talkSeconds\":[{\"dist\":\"lognormal\",\"mean\":5}]")
                                          << QStringLiteral("talkSeconds.sd");
        QTest::newRow("count") << QByteArray("{\"seed\":1,\"count\":0,\"axes\":{}}") << QStringLiteral("count");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown field") << QByteArray("{\"seed\":1,\"count\":1,\"axes\":{},\"x\":1}") << QStringLiteral("x: unknown");
    }

    void badGridsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mention);
        const auto g = ScenarioGrid::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!g.ok());
        QVERIFY2(g.detail().contains(mention) && g.detail().startsWith(QStringLiteral("bad.json")),
                 qPrintable(g.detail()));
    }

    // Broken: over the cap. Beaten: another pacer that held the cap leads by
    // more than the tolerance.
    void summaryFindsBreaksAndDefeats()
    {
        const std::vector<PaceResult> results{
            result(QStringLiteral("a"), QStringLiteral("torque"), 0.90, 20),
            result(QStringLiteral("a"), QStringLiteral("progressive"), 0.70, 0),
            result(QStringLiteral("b"), QStringLiteral("torque"), 0.90, 40),     // broke it
            result(QStringLiteral("b"), QStringLiteral("progressive"), 0.60, 31), // so did progressive
            result(QStringLiteral("c"), QStringLiteral("torque"), 0.80, 10),
            result(QStringLiteral("c"), QStringLiteral("ratio"), 0.81, 10),      // leads by 1 point and held the cap
            result(QStringLiteral("c"), QStringLiteral("vicidial"), 0.95, 50),   // leads, but broke the cap
        };
        const GridSummary g = GridSummary::of(results, QStringLiteral("torque"), 0.005);
        QCOMPARE(g.runs(), 3);
        QCOMPARE(g.broken().size(), std::size_t(1));
        QCOMPARE(g.broken().front().scenario, QStringLiteral("b"));
        QVERIFY(!g.broken().front().progressiveHeld);
        QCOMPARE(g.beaten().size(), std::size_t(1));
        QCOMPARE(g.beaten().front().by, QStringLiteral("ratio"));
        QVERIFY(std::abs(g.worstAbandonOverCap() - 0.04 / 0.03) < 1e-9);
        QCOMPARE(GridSummary::of(results, QStringLiteral("torque"), 0.02).beaten().size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestScenarioGrid)
#include "tst_scenariogrid.moc"
