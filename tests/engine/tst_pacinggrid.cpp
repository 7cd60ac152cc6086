#include "engine/pacing/pacerfactory.h"
#include "engine/sim/pacing/gridsummary.h"
#include "engine/sim/pacing/pacesimulator.h"
#include "engine/sim/pacing/scenariogrid.h"

#include <QTest>

#include <functional>
#include <set>

namespace {

const QString kGrid = QStringLiteral(TORQUE_PACING_TEST_DATA "/grids/grid.json");
constexpr double kSampleSeconds = 1800.0; // each sampled shift cut to half an hour
constexpr double kTolerance = 0.005;     // occupancy another pacer may lead by

using Pick = std::function<bool(const PaceScenario &)>;

int team(const PaceScenario &s)
{
    return s.agents.front().count;
}

bool flat(const PaceScenario &s)
{
    return s.agents.size() == 1;
}

// The kinds of campaign a regression must not slip through on: the first
// scenario of the grid of each kind.
const std::vector<std::pair<const char *, Pick>> &kinds()
{
    static const std::vector<std::pair<const char *, Pick>> picks = {
        {"200+ agents, lognormal rings", [](const PaceScenario &s) {
             return team(s) >= 200 && team(s) < 500 && flat(s) && s.ringSeconds.kind() == SimDistribution::Kind::Lognormal;
         }},
        {"500+ agents", [](const PaceScenario &s) { return team(s) >= 500 && flat(s) && !s.press1Rate; }},
        {"one agent", [](const PaceScenario &s) { return team(s) == 1 && flat(s); }},
        {"two agents", [](const PaceScenario &s) { return team(s) == 2 && flat(s); }},
        {"three agents", [](const PaceScenario &s) { return team(s) == 3 && !s.press1Rate; }},
        {"press 1", [](const PaceScenario &s) { return s.press1Rate && team(s) >= 20 && team(s) <= 120; }},
        {"a 1% cap", [](const PaceScenario &s) { return s.abandonCap < 0.02 && team(s) >= 20 && team(s) <= 120; }},
        {"breaks", [](const PaceScenario &s) { return s.agents.size() == 5 && team(s) >= 20 && team(s) <= 120; }},
        {"short talks", [](const PaceScenario &s) {
             return s.talkSeconds.mean() <= 30 && team(s) >= 20 && team(s) <= 300;
         }},
        {"exponential rings", [](const PaceScenario &s) {
             return s.ringSeconds.kind() == SimDistribution::Kind::Exponential && team(s) >= 10 && team(s) <= 120;
         }},
    };
    return picks;
}

} // namespace

// A fast sample of the scenario grid (bench/pacing/grids/grid.json): on
// each, the torque pacer holds the cap and no other pacer that holds it keeps
// agents busier by more than half a point. The whole grid is a benchmark
// (docs/BENCHMARKS.md); this keeps a regression from passing CI.
class TestPacingGrid final : public QObject
{
    Q_OBJECT

private slots:
    void torqueHoldsTheCapAndLeads_data()
    {
        QTest::addColumn<int>("index");
        const Result<std::vector<PaceScenario>> grid = ScenarioGrid::parseFile(kGrid);
        QVERIFY2(grid.ok(), qPrintable(grid.detail()));
        m_grid = grid.value();
        std::set<std::size_t> chosen; // a scenario of several kinds runs once
        for (const auto &[kind, pick] : kinds()) {
            const auto it = std::find_if(m_grid.begin(), m_grid.end(), pick);
            QVERIFY2(it != m_grid.end(), kind);
            if (!chosen.insert(std::size_t(it - m_grid.begin())).second)
                continue;
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(kind), it->name)))
                << int(it - m_grid.begin());
        }
    }

    void torqueHoldsTheCapAndLeads()
    {
        QFETCH(int, index);
        PaceScenario s = m_grid[std::size_t(index)];
        s.durationSeconds = std::min(s.durationSeconds, kSampleSeconds);
        std::vector<PaceResult> results;
        for (const QString &name : PacerFactory::names()) {
            const std::unique_ptr<Pacer> pacer = PacerFactory::create(name, PaceSimulator::settingsFor(s));
            PaceSimulator sim(s, *pacer);
            results.push_back(sim.run());
        }
        const GridSummary summary = GridSummary::of(results, QStringLiteral("torque"), kTolerance);
        QCOMPARE(summary.runs(), 1);
        for (const GridSummary::Broken &b : summary.broken())
            QFAIL(qPrintable(QStringLiteral("abandoned %1 of %2 (cap %3)").arg(b.abandoned).arg(b.humans).arg(b.abandonCap)));
        for (const GridSummary::Beaten &b : summary.beaten())
            QFAIL(qPrintable(QStringLiteral("%1 %2 > torque %3").arg(b.by).arg(b.byOccupancy).arg(b.occupancy)));
    }

private:
    std::vector<PaceScenario> m_grid;
};

QTEST_GUILESS_MAIN(TestPacingGrid)
#include "tst_pacinggrid.moc"
