#include "engine/pacing/pacerfactory.h"

#include <QTest>

// Pacers by name, and the settings they are made with.
class TestPacerFactory final : public QObject
{
    Q_OBJECT

private slots:
    void factoryKnowsEveryPacer()
    {
        for (const QString &name : PacerFactory::names()) {
            const std::unique_ptr<Pacer> pacer = PacerFactory::create(name, PacerSettings{});
            QVERIFY2(pacer, qPrintable(name));
            QCOMPARE(pacer->name(), name);
            QCOMPARE(pacer->figures().pacer, name);
        }
        QVERIFY(!PacerFactory::create(QStringLiteral("magic"), PacerSettings{}));
    }

    void settingsNameTheBadKey()
    {
        PacerSettings s;
        QVERIFY(s.set(QStringLiteral("linesPerAgent"), QStringLiteral("3")).ok());
        QCOMPARE(s.linesPerAgent, 3.0);
        const Result<Done> unknown = s.set(QStringLiteral("linesPerAgnet"), QStringLiteral("3"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.field(), QStringLiteral("linesPerAgnet"));
        const Result<Done> bad = s.set(QStringLiteral("abandonCap"), QStringLiteral("2"));
        QCOMPARE(bad.field(), QStringLiteral("abandonCap"));
        const Result<PacerSettings> json =
            PacerSettings::fromJson(QJsonObject{{QStringLiteral("dropMode"), QStringLiteral("tapered")},
                                                {QStringLiteral("pressOne"), true}});
        QVERIFY(json.ok());
        QCOMPARE(json.value().dropMode, PacerSettings::DropMode::Tapered);
        QVERIFY(json.value().pressOne);
    }
};

QTEST_GUILESS_MAIN(TestPacerFactory)
#include "tst_pacerfactory.moc"
