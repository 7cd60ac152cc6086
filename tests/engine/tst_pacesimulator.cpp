#include "engine/pacing/pacerfactory.h"
#include "engine/sim/pacing/pacesimulator.h"
#include "engine/sim/pacing/scenarioparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace {

const QString kData = QStringLiteral(TORQUE_PACING_TEST_DATA);

QJsonObject fixed(double value)
{
    return QJsonObject{{QStringLiteral("dist"), QStringLiteral("fixed")}, {QStringLiteral("value"), value}};
}

// Every call a human: ring `ring` s, no AMD, talk `talk` s, no wrap-up.
QJsonObject clockwork(int agents, double duration, double ring, double talk)
{
    return QJsonObject{
        {QStringLiteral("seed"), 1},
        {QStringLiteral("durationSeconds"), duration},
        {QStringLiteral("agents"), QJsonArray{QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("count"), agents}}}},
        {QStringLiteral("humanRate"), 1.0},
        {QStringLiteral("ringSeconds"), fixed(ring)},
        {QStringLiteral("noAnswerTimeoutSeconds"), 25},
        {QStringLiteral("talkSeconds"), fixed(talk)},
        {QStringLiteral("wrapSeconds"), fixed(0)},
        {QStringLiteral("maxCps"), 100},
        {QStringLiteral("maxChannels"), 1000}};
}

PaceScenario scenario(const QJsonObject &o)
{
    Result<PaceScenario> s = ScenarioParser::parse(QJsonDocument(o).toJson(), QStringLiteral("test.json"));
    return s.takeValue();
}

PaceResult run(const PaceScenario &s, const QString &pacerName, const PacerSettings &settings)
{
    const std::unique_ptr<Pacer> pacer = PacerFactory::create(pacerName, settings);
    PaceSimulator sim(s, *pacer);
    return sim.run();
}

PaceResult run(const PaceScenario &s, const QString &pacerName)
{
    return run(s, pacerName, PaceSimulator::settingsFor(s));
}

// Unoptimised builds run the heavy checks on the scenarios' first two hours.
PaceScenario benchmarkScenario(const QString &file)
{
    PaceScenario s = ScenarioParser::parseFile(file).takeValue();
#ifndef __OPTIMIZE__
    s.durationSeconds = std::min(s.durationSeconds, 7200.0);
#endif
    return s;
}

QStringList scenarioFiles()
{
    QStringList files;
    for (const QString &dir : QStringList{kData, kData + QStringLiteral("/extra")}) {
        for (const QString &f : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            files << dir + QLatin1Char('/') + f;
    }
    return files;
}

} // namespace

// torque-pacesim's semantics on clockwork scenarios, and the benchmark's
// targets on every scenario in bench/pacing.
class TestPaceSimulator final : public QObject
{
    Q_OBJECT

private slots:
    // One agent, progressive: dial at 0, answer at 5, talk to 105, freed and
    // dialled again at 105 ... the 10th call (at 945) talks past the end.
    void progressiveClockwork()
    {
        const PaceResult r = run(scenario(clockwork(1, 1000, 5, 100)), QStringLiteral("progressive"));
        QCOMPARE(r.dialed, 10);
        QCOMPARE(r.humanAnswered, 10);
        QCOMPARE(r.humansNeedingAgent, 10);
        QCOMPARE(r.abandoned, 0);
        QCOMPARE(r.occupancy, 0.95); // 9 x 100 s + 50 s clipped, of 1000 s
        QCOMPARE(r.meanWaitSeconds, 5.0);
        QCOMPARE(r.p95WaitSeconds, 5.0);
        QCOMPARE(r.peakCps, 1);
        QCOMPARE(r.peakChannels, 1);
    }

    // Two calls for one agent, both answered at 5: the second waits 2 s and
    // is abandoned at 7 - unless the agent is freed at 7 exactly.
    void abandonAtTheDeadline_data()
    {
        QTest::addColumn<double>("talk");
        QTest::addColumn<qint64>("abandoned");
        QTest::newRow("agent busy") << 10.0 << qint64(1);
        QTest::newRow("agent freed at the deadline") << 2.0 << qint64(0);
    }

    void abandonAtTheDeadline()
    {
        QFETCH(double, talk);
        QFETCH(qint64, abandoned);
        const PaceResult r = run(scenario(clockwork(1, 1, 5, talk)), QStringLiteral("ratio"));
        QCOMPARE(r.dialed, 2);
        QCOMPARE(r.humansNeedingAgent, 2);
        QCOMPARE(r.abandoned, abandoned);
        QCOMPARE(r.peakChannels, 2);
    }

    // The trunk's limits hold whatever the pacer asks.
    void trunkLimits()
    {
        QJsonObject o = clockwork(20, 600, 20, 60);
        o.insert(QStringLiteral("humanRate"), 0.1);
        o.insert(QStringLiteral("maxCps"), 3);
        o.insert(QStringLiteral("maxChannels"), 12);
        const PaceScenario s = scenario(o);
        PacerSettings settings = PaceSimulator::settingsFor(s);
        settings.linesPerAgent = 10;
        const PaceResult r = run(s, QStringLiteral("ratio"), settings);
        QCOMPARE(r.peakCps, 3);
        QCOMPARE(r.peakChannels, 12);
    }

    void sameSeedSameRun()
    {
        const PaceScenario s = ScenarioParser::parseFile(kData + QStringLiteral("/small-team-5.json")).takeValue();
        for (const QString &pacer : PacerFactory::names())
            QCOMPARE(run(s, pacer).toJson(), run(s, pacer).toJson());
    }

    // The benchmark's targets: the torque pacer holds the cap everywhere and
    // has the highest occupancy of the pacers that hold it.
    void torqueHoldsTheCapAndLeads_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : scenarioFiles())
            QTest::newRow(qPrintable(QFileInfo(file).baseName())) << file;
    }

    void torqueHoldsTheCapAndLeads()
    {
        QFETCH(QString, file);
        const PaceScenario s = benchmarkScenario(file);
        const PaceResult torque = run(s, QStringLiteral("torque"));
        QVERIFY2(torque.abandonRate <= s.abandonCap,
                 qPrintable(QStringLiteral("abandon %1 over the cap").arg(torque.abandonRate)));
        for (const QString &other : PacerFactory::names()) {
            if (other == QLatin1String("torque"))
                continue;
            const PaceResult r = run(s, other);
            if (r.abandonRate <= s.abandonCap) {
                QVERIFY2(torque.occupancy >= r.occupancy,
                         qPrintable(QStringLiteral("%1 %2 > torque %3").arg(other).arg(r.occupancy).arg(torque.occupancy)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPaceSimulator)
#include "tst_pacesimulator.moc"
