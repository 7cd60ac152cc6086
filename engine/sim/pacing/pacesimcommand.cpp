#include "engine/sim/pacing/pacesimcommand.h"

#include "engine/pacing/pacerfactory.h"
#include "engine/sim/pacing/pacesimulator.h"
#include "engine/sim/pacing/scenarioparser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <thread>

namespace {

struct Job final
{
    const PaceScenario *scenario = nullptr;
    QString pacer;
    PaceResult result;
};

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 2) + QLatin1Char('%');
}

void printTable(const std::vector<Job> &jobs, QTextStream &out)
{
    const PaceScenario *current = nullptr;
    for (const Job &job : jobs) {
        if (job.scenario != current) {
            current = job.scenario;
            out << Qt::endl
                << "scenario " << current->name << " (" << current->durationSeconds << " s, seed " << current->seed
                << ", abandon cap " << percent(current->abandonCap) << ")" << Qt::endl;
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                       .arg(QStringLiteral("pacer"), -15)
                       .arg(QStringLiteral("occupancy"), 9)
                       .arg(QStringLiteral("abandon"), 8)
                       .arg(QStringLiteral("wait"), 7)
                       .arg(QStringLiteral("p95 wait"), 8)
                       .arg(QStringLiteral("dialed"), 8)
                       .arg(QStringLiteral("humans"), 7)
                       .arg(QStringLiteral("needing"), 7)
                       .arg(QStringLiteral("abandoned"), 9)
                       .arg(QStringLiteral("peak cps"), 8)
                       .arg(QStringLiteral("peak ch"), 7)
                << Qt::endl;
        }
        const PaceResult &r = job.result;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                   .arg(r.pacer, -15)
                   .arg(percent(r.occupancy), 9)
                   .arg(percent(r.abandonRate), 8)
                   .arg(QString::number(r.meanWaitSeconds, 'f', 1) + QLatin1Char('s'), 7)
                   .arg(QString::number(r.p95WaitSeconds, 'f', 1) + QLatin1Char('s'), 8)
                   .arg(r.dialed, 8)
                   .arg(r.humanAnswered, 7)
                   .arg(r.humansNeedingAgent, 7)
                   .arg(r.abandoned, 9)
                   .arg(r.peakCps, 8)
                   .arg(r.peakChannels, 7)
            << Qt::endl;
    }
}

// --set values were checked before any run.
void runJobs(std::vector<Job> &jobs, const QStringList &setArgs, double traceSeconds, int threads)
{
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < jobs.size(); i = next++) {
            Job &job = jobs[i];
            PacerSettings settings = PaceSimulator::settingsFor(*job.scenario);
            for (const QString &kv : setArgs)
                settings.set(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            std::unique_ptr<Pacer> pacer = PacerFactory::create(job.pacer, settings);
            PaceSimulator sim(*job.scenario, *pacer);
            sim.setTraceInterval(traceSeconds);
            job.result = sim.run();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
}

} // namespace

int PaceSimCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs Torque's pacers against call-centre scenarios in virtual time (see docs/pacing.md)."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Shows this help."));
    const QCommandLineOption pacerOption(QStringLiteral("pacer"),
                                         QStringLiteral("Pacer to run: %1, or all (default).")
                                             .arg(PacerFactory::names().join(QStringLiteral(", "))),
                                         QStringLiteral("NAME"), QStringLiteral("all"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Prints one JSON array."));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QStringLiteral("Overrides a pacing setting (repeatable)."),
                                       QStringLiteral("KEY=VALUE"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Threads (default: all cores)."),
                                        QStringLiteral("N"));
    const QCommandLineOption traceOption(QStringLiteral("trace"),
                                         QStringLiteral("Prints each pacer's figures every N virtual seconds to "
                                                        "stderr (JSON lines)."),
                                         QStringLiteral("N"));
    parser.addOptions({help, pacerOption, jsonOption, setOption, jobsOption, traceOption});
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("Scenario files (JSON)."),
                                 QStringLiteral("SCENARIO.json..."));
    if (!parser.parse(arguments)) {
        err << "torque-pacesim: " << parser.errorText() << Qt::endl;
        return kExitBadInput;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return kExitOk;
    }
    const QString pacerName = parser.value(pacerOption);
    const QStringList pacers = pacerName == QLatin1String("all") ? PacerFactory::names() : QStringList{pacerName};
    if (!PacerFactory::names().contains(pacerName) && pacerName != QLatin1String("all")) {
        err << "torque-pacesim: unknown pacer " << pacerName << " (" << PacerFactory::names().join(QStringLiteral(", "))
            << ", all)" << Qt::endl;
        return kExitBadInput;
    }
    PacerSettings check;
    for (const QString &kv : parser.values(setOption)) {
        if (const Result<Done> r = check.set(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1)); !r) {
            err << "torque-pacesim: --set " << kv << ": " << r.field() << ": " << r.detail() << Qt::endl;
            return kExitBadInput;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << "torque-pacesim: no scenario given" << Qt::endl << parser.helpText();
        return kExitBadInput;
    }
    std::vector<PaceScenario> scenarios;
    for (const QString &file : files) {
        Result<PaceScenario> s = ScenarioParser::parseFile(file);
        if (!s) {
            err << "torque-pacesim: " << s.detail() << Qt::endl;
            return kExitBadInput;
        }
        scenarios.push_back(s.takeValue());
    }
    std::vector<Job> jobs;
    for (const PaceScenario &s : scenarios) {
        for (const QString &p : pacers)
            jobs.push_back(Job{&s, p, {}});
    }
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(jobsOption))
        threads = std::max(1, parser.value(jobsOption).toInt());
    const double traceSeconds = parser.isSet(traceOption) ? std::max(0.0, parser.value(traceOption).toDouble()) : 0.0;
    runJobs(jobs, parser.values(setOption), traceSeconds, std::min<int>(threads, int(jobs.size())));
    for (const Job &job : jobs) {
        for (QJsonObject line : job.result.trace) {
            line.insert(QStringLiteral("scenario"), job.scenario->name);
            err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(job.result.toJson());
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        printTable(jobs, out);
    }
    return kExitOk;
}
