#include "engine/sim/pacing/scenarioparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const QString kData = QStringLiteral(TORQUE_PACING_TEST_DATA);

QJsonObject distribution(const QString &kind, const QString &k1, double v1, const QString &k2 = {}, double v2 = 0)
{
    QJsonObject o{{QStringLiteral("dist"), kind}, {k1, v1}};
    if (!k2.isEmpty())
        o.insert(k2, v2);
    return o;
}

// A valid scenario to break one field at a time.
QJsonObject validScenario()
{
    return QJsonObject{
        {QStringLiteral("name"), QStringLiteral("unit")},
        {QStringLiteral("seed"), 1},
        {QStringLiteral("durationSeconds"), 600},
        {QStringLiteral("agents"), QJsonArray{QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("count"), 5}}}},
        {QStringLiteral("humanRate"), 0.3},
        {QStringLiteral("machineRate"), 0.15},
        {QStringLiteral("busyRate"), 0.05},
        {QStringLiteral("congestionRate"), 0.01},
        {QStringLiteral("ringSeconds"), distribution(QStringLiteral("lognormal"), QStringLiteral("mean"), 10,
                                                      QStringLiteral("sd"), 4)},
        {QStringLiteral("noAnswerTimeoutSeconds"), 25},
        {QStringLiteral("talkSeconds"), distribution(QStringLiteral("exponential"), QStringLiteral("mean"), 90)},
        {QStringLiteral("wrapSeconds"), distribution(QStringLiteral("fixed"), QStringLiteral("value"), 5)},
        {QStringLiteral("amdSeconds"), 2.5},
        {QStringLiteral("abandonAfterSeconds"), 2},
        {QStringLiteral("maxCps"), 10},
        {QStringLiteral("maxChannels"), 100},
        {QStringLiteral("abandonCap"), 0.03}};
}

Result<PaceScenario> parse(const QJsonObject &o)
{
    return ScenarioParser::parse(QJsonDocument(o).toJson(), QStringLiteral("unit.json"));
}

} // namespace

class TestScenarioParser final : public QObject
{
    Q_OBJECT

private slots:
    void readsThePublicScenarios()
    {
        const QStringList files = QDir(kData).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 4);
        for (const QString &file : files) {
            const Result<PaceScenario> s = ScenarioParser::parseFile(kData + QLatin1Char('/') + file);
            QVERIFY2(s.ok(), qPrintable(s.detail()));
        }
        const Result<PaceScenario> press1 = ScenarioParser::parseFile(kData + QStringLiteral("/press1-broadcast-10.json"));
        QCOMPARE(press1.value().name, QStringLiteral("press1-broadcast-10"));
        QCOMPARE(press1.value().seed, quint64(5));
        QCOMPARE(*press1.value().press1Rate, 0.04);
        QCOMPARE(press1.value().messageSeconds.mean(), 14.0);
        const Result<PaceScenario> breaks = ScenarioParser::parseFile(kData + QStringLiteral("/breaks-and-drift-50.json"));
        QCOMPARE(breaks.value().agents.size(), std::size_t(5));
        QCOMPARE(breaks.value().agents[2].count, 30);
        QCOMPARE(breaks.value().drift.size(), std::size_t(2));
    }

    void defaults()
    {
        QJsonObject o = validScenario();
        for (const char *key : {"name", "abandonCap", "abandonAfterSeconds", "amdSeconds", "machineRate"})
            o.remove(QLatin1String(key));
        const Result<PaceScenario> s = parse(o);
        QVERIFY2(s.ok(), qPrintable(s.detail()));
        QCOMPARE(s.value().name, QStringLiteral("unit"));
        QCOMPARE(s.value().abandonCap, 0.03);
        QCOMPARE(s.value().abandonAfterSeconds, 2.0);
        QCOMPARE(s.value().amdSeconds, 0.0);
        QVERIFY(!s.value().press1Rate);
    }

    void errorsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("scenario");
        QTest::addColumn<QString>("field");
        auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = validScenario();
            o.insert(key, value);
            return o;
        };
        auto without = [](const QString &key) {
            QJsonObject o = validScenario();
            o.remove(key);
            return o;
        };
        QTest::newRow("unknown") << with(QStringLiteral("humanRates"), 0.3) << QStringLiteral("humanRates");
        QTest::newRow("missing") << without(QStringLiteral("talkSeconds")) << QStringLiteral("talkSeconds");
        QTest::newRow("missing seed") << without(QStringLiteral("seed")) << QStringLiteral("seed");
        QTest::newRow("string number") << with(QStringLiteral("maxCps"), QStringLiteral("30")) << QStringLiteral("maxCps");
        QTest::newRow("seed fraction") << with(QStringLiteral("seed"), 1.5) << QStringLiteral("seed");
        QTest::newRow("zero duration") << with(QStringLiteral("durationSeconds"), 0) << QStringLiteral("durationSeconds");
        QTest::newRow("rate over 1") << with(QStringLiteral("busyRate"), 1.5) << QStringLiteral("busyRate");
        QTest::newRow("rates sum") << with(QStringLiteral("humanRate"), 0.9) << QStringLiteral("humanRate");
        QTest::newRow("agent count") << with(QStringLiteral("agents"),
                                             QJsonArray{QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("count"), 2.5}}})
                                     << QStringLiteral("agents[0].count");
        QTest::newRow("agent key") << with(QStringLiteral("agents"),
                                           QJsonArray{QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("count"), 2}},
                                                      QJsonObject{{QStringLiteral("at"), 9}, {QStringLiteral("count"), 2},
                                                                  {QStringLiteral("who"), 1}}})
                                   << QStringLiteral("agents[1].who");
        QTest::newRow("agents order") << with(QStringLiteral("agents"),
                                              QJsonArray{QJsonObject{{QStringLiteral("at"), 10}, {QStringLiteral("count"), 2}},
                                                         QJsonObject{{QStringLiteral("at"), 5}, {QStringLiteral("count"), 3}}})
                                      << QStringLiteral("agents[1].at");
        QTest::newRow("no agents") << with(QStringLiteral("agents"), QJsonArray{}) << QStringLiteral("agents");
        QTest::newRow("dist kind") << with(QStringLiteral("ringSeconds"),
                                           distribution(QStringLiteral("gamma"), QStringLiteral("mean"), 3))
                                   << QStringLiteral("ringSeconds.dist");
        QTest::newRow("dist param") << with(QStringLiteral("ringSeconds"),
                                            distribution(QStringLiteral("lognormal"), QStringLiteral("mean"), 3))
                                    << QStringLiteral("ringSeconds.sd");
        QTest::newRow("dist extra") << with(QStringLiteral("wrapSeconds"),
                                            distribution(QStringLiteral("fixed"), QStringLiteral("value"), 3,
                                                         QStringLiteral("mean"), 3))
                                    << QStringLiteral("wrapSeconds.mean");
        QTest::newRow("uniform order") << with(QStringLiteral("talkSeconds"),
                                               distribution(QStringLiteral("uniform"), QStringLiteral("min"), 5,
                                                            QStringLiteral("max"), 2))
                                       << QStringLiteral("talkSeconds.max");
        QTest::newRow("dist not object") << with(QStringLiteral("talkSeconds"), 90) << QStringLiteral("talkSeconds");
        QTest::newRow("press1 message") << with(QStringLiteral("press1Rate"), 0.1) << QStringLiteral("messageSeconds");
        QTest::newRow("drift factor") << with(QStringLiteral("drift"),
                                              QJsonArray{QJsonObject{{QStringLiteral("at"), 10},
                                                                     {QStringLiteral("humanRateFactor"), -1}}})
                                      << QStringLiteral("drift[0].humanRateFactor");
        QTest::newRow("channels") << with(QStringLiteral("maxChannels"), 0) << QStringLiteral("maxChannels");
        QTest::newRow("cap") << with(QStringLiteral("abandonCap"), 0) << QStringLiteral("abandonCap");
    }

    void errorsNameTheField()
    {
        QFETCH(QJsonObject, scenario);
        QFETCH(QString, field);
        const Result<PaceScenario> s = parse(scenario);
        QVERIFY(!s.ok());
        QCOMPARE(s.error(), ErrorCode::InvalidField);
        QCOMPARE(s.field(), field);
        QVERIFY2(s.detail().startsWith(QStringLiteral("unit.json: ") + field), qPrintable(s.detail()));
    }

    void badJsonNamesTheFile()
    {
        const Result<PaceScenario> s = ScenarioParser::parse("{\"seed\": 1,", QStringLiteral("broken.json"));
        QVERIFY(!s.ok());
        QVERIFY2(s.detail().startsWith(QStringLiteral("broken.json: not valid JSON")), qPrintable(s.detail()));
        QVERIFY(!ScenarioParser::parseFile(QStringLiteral("/nonexistent/x.json")).ok());
    }

    // Factors multiply the base human rate (they do not compound); over 1,
    // every rate is scaled down and no-answer is left at 0.
    void driftFactors()
    {
        QJsonObject o = validScenario();
        o.insert(QStringLiteral("drift"),
                 QJsonArray{QJsonObject{{QStringLiteral("at"), 100}, {QStringLiteral("humanRateFactor"), 0.5}},
                            QJsonObject{{QStringLiteral("at"), 200}, {QStringLiteral("humanRateFactor"), 2.0}},
                            QJsonObject{{QStringLiteral("at"), 300}, {QStringLiteral("humanRateFactor"), 4.0}}});
        const PaceScenario s = parse(o).takeValue();
        QCOMPARE(s.ratesAt(50).human, 0.3);
        QCOMPARE(s.ratesAt(100).human, 0.15);
        QCOMPARE(s.ratesAt(250).human, 0.6);
        const PaceScenario::Rates over = s.ratesAt(300); // 1.2 + 0.15 + 0.05 + 0.01 = 1.41
        QVERIFY(qAbs(over.human + over.machine + over.busy + over.congestion - 1.0) < 1e-12);
        QVERIFY(qAbs(over.human - 1.2 / 1.41) < 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
