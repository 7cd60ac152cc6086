#include "engine/sim/pacing/pacesimcommand.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

const QString kData = QStringLiteral(TORQUE_PACING_TEST_DATA);

struct Outcome final
{
    int code = 0;
    QString out;
    QString err;
};

Outcome pacesim(const QStringList &args)
{
    Outcome o;
    QTextStream out(&o.out), err(&o.err);
    o.code = PaceSimCommand::run(QStringList{QStringLiteral("torque-pacesim")} + args, out, err);
    out.flush();
    err.flush();
    return o;
}

// standard-30 cut to 30 minutes, with another seed if asked.
QString shortStandard(const QTemporaryDir &dir, int seed)
{
    QFile in(kData + QStringLiteral("/standard-30.json"));
    in.open(QIODevice::ReadOnly);
    QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    o.insert(QStringLiteral("durationSeconds"), 1800);
    o.insert(QStringLiteral("seed"), seed);
    const QString path = dir.filePath(QStringLiteral("short-%1.json").arg(seed));
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(QJsonDocument(o).toJson());
    return path;
}

} // namespace

class TestPaceSimCommand final : public QObject
{
    Q_OBJECT

private slots:
    // Same seed, same JSON, to the byte, whichever thread ran which pacer.
    void deterministicJson()
    {
        QTemporaryDir dir;
        const QString file = shortStandard(dir, 7);
        const Outcome first = pacesim({QStringLiteral("--json"), file, file});
        const Outcome second = pacesim({QStringLiteral("--json"), QStringLiteral("--jobs"), QStringLiteral("1"), file, file});
        QCOMPARE(first.code, 0);
        QCOMPARE(first.out, second.out);
        const QJsonArray rows = QJsonDocument::fromJson(first.out.toUtf8()).array();
        QCOMPARE(rows.size(), 12); // 6 pacers, twice
        const QStringList keys{QStringLiteral("abandonRate"), QStringLiteral("abandoned"), QStringLiteral("dialed"),
                               QStringLiteral("humanAnswered"), QStringLiteral("meanWaitSeconds"),
                               QStringLiteral("occupancy"), QStringLiteral("p95WaitSeconds"), QStringLiteral("pacer"),
                               QStringLiteral("peakChannels"), QStringLiteral("peakCps"), QStringLiteral("scenario")};
        QCOMPARE(rows.at(0).toObject().keys(), keys);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("scenario")).toString(), QStringLiteral("standard-30"));
        QCOMPARE(rows.at(0).toObject(), rows.at(6).toObject());
        const Outcome reseeded = pacesim({QStringLiteral("--json"), shortStandard(dir, 8)});
        QVERIFY(reseeded.out != pacesim({QStringLiteral("--json"), file}).out);
    }

    void tableByDefault()
    {
        QTemporaryDir dir;
        const Outcome o = pacesim({QStringLiteral("--pacer"), QStringLiteral("progressive"), shortStandard(dir, 7)});
        QCOMPARE(o.code, 0);
        QVERIFY(o.out.contains(QStringLiteral("scenario standard-30")));
        QVERIFY(o.out.contains(QStringLiteral("progressive")));
        QVERIFY(!o.out.contains(QStringLiteral("torque ")));
    }

    void badScenarioNamesFileAndField()
    {
        QTemporaryDir dir;
        QFile in(kData + QStringLiteral("/small-team-5.json"));
        in.open(QIODevice::ReadOnly);
        QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
        o.insert(QStringLiteral("talkSecs"), 5);
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(o).toJson());
        out.close();
        const Outcome r = pacesim({path});
        QCOMPARE(r.code, PaceSimCommand::kExitBadInput);
        QVERIFY2(r.err.contains(path + QStringLiteral(": talkSecs: unknown field")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void badArguments()
    {
        QCOMPARE(pacesim({}).code, PaceSimCommand::kExitBadInput);
        QCOMPARE(pacesim({QStringLiteral("--pacer"), QStringLiteral("magic"), kData + QStringLiteral("/small-team-5.json")}).code,
                 PaceSimCommand::kExitBadInput);
        const Outcome set = pacesim({QStringLiteral("--set"), QStringLiteral("linesPerAgent=-1"),
                                     kData + QStringLiteral("/small-team-5.json")});
        QCOMPARE(set.code, PaceSimCommand::kExitBadInput);
        QVERIFY(set.err.contains(QStringLiteral("linesPerAgent")));
        QCOMPARE(pacesim({QStringLiteral("/nonexistent/none.json")}).code, PaceSimCommand::kExitBadInput);
    }
};

QTEST_GUILESS_MAIN(TestPaceSimCommand)
#include "tst_pacesimcommand.moc"
