#include "engine/sim/pacing/pacesimcommand.h"

#include "engine/pacing/pacerfactory.h"
#include "engine/sim/pacing/gridsummary.h"
#include "engine/sim/pacing/pacesimulator.h"
#include "engine/sim/pacing/scenariogrid.h"
#include "engine/sim/pacing/scenarioparser.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace {

constexpr double kBeatenTolerance = 0.005; // occupancy, as a fraction
constexpr quint64 kSeedStride = 7919;

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

// One line per run: the subject pacer against the best other pacer that held the cap.
void printGridTable(const std::vector<Job> &jobs, const QString &subject, QTextStream &out)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6").arg(QStringLiteral("scenario"), -60).arg(QStringLiteral("seed"), 8)
               .arg(subject + QStringLiteral(" occ"), 12).arg(QStringLiteral("abandon"), 8)
               .arg(QStringLiteral("best other (held cap)"), 32).arg(QStringLiteral("abandon"), 8)
        << Qt::endl;
    for (std::size_t i = 0; i < jobs.size();) {
        std::size_t j = i;
        const Job *own = nullptr, *best = nullptr;
        for (; j < jobs.size() && jobs[j].scenario == jobs[i].scenario; ++j) {
            const PaceResult &r = jobs[j].result;
            if (r.pacer == subject)
                own = &jobs[j];
            else if (r.heldCap() && (!best || r.occupancy > best->result.occupancy))
                best = &jobs[j];
        }
        if (own) {
            out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                       .arg(own->result.scenario, -60).arg(own->result.seed, 8)
                       .arg(percent(own->result.occupancy), 12).arg(percent(own->result.abandonRate), 8)
                       .arg(best ? best->result.pacer + QLatin1Char(' ') + percent(best->result.occupancy)
                                 : QStringLiteral("-"), 32)
                       .arg(best ? percent(best->result.abandonRate) : QStringLiteral("-"), 8)
                << Qt::endl;
        }
        i = j;
    }
}

// --set values were checked before any run. Long runs report progress.
void runJobs(std::vector<Job> &jobs, const QStringList &setArgs, double traceSeconds, int threads,
             QTextStream *progress)
{
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    QElapsedTimer clock;
    clock.start();
    std::atomic<qint64> lastReport{0};
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
            const std::size_t finished = ++done;
            const qint64 ms = clock.elapsed();
            qint64 last = lastReport.load();
            if (progress && (ms - last >= 5000 || finished == jobs.size())
                && lastReport.compare_exchange_strong(last, ms)) {
                static std::mutex lock;
                const std::lock_guard<std::mutex> guard(lock);
                *progress << "torque-pacesim: " << finished << " of " << jobs.size() << " runs done, "
                          << ms / 1000 << " s" << Qt::endl;
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &t : pool)
        t.join();
}

// The scenario files and the grid, each `seeds` times (seed offsets 0..seeds-1).
bool readScenarios(const QStringList &files, const QString &gridFile, int seeds, int first,
                   std::vector<PaceScenario> &scenarios, QString &problem)
{
    for (int offset = 0; offset < seeds; ++offset) {
        for (const QString &file : files) {
            Result<PaceScenario> s = ScenarioParser::parseFile(file);
            if (!s) {
                problem = s.detail();
                return false;
            }
            scenarios.push_back(s.takeValue());
            scenarios.back().seed += quint64(offset) * kSeedStride;
        }
        if (gridFile.isEmpty())
            continue;
        Result<std::vector<PaceScenario>> g = ScenarioGrid::parseFile(gridFile, quint64(offset));
        if (!g) {
            problem = g.detail();
            return false;
        }
        std::vector<PaceScenario> list = g.takeValue();
        if (first > 0 && std::size_t(first) < list.size())
            list.resize(std::size_t(first));
        std::move(list.begin(), list.end(), std::back_inserter(scenarios));
    }
    return true;
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
    const QCommandLineOption gridOption(QStringLiteral("grid"),
                                        QStringLiteral("Runs the scenarios of a grid file (bench/pacing/README.md) and "
                                                       "prints how torque did against the others."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption firstOption(QStringLiteral("first"),
                                         QStringLiteral("Only the first K scenarios of the grid (a fair sample)."),
                                         QStringLiteral("K"));
    const QCommandLineOption seedsOption(QStringLiteral("seeds"),
                                         QStringLiteral("Runs every scenario with N seeds (its own and N-1 others)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption matchOption(QStringLiteral("match"),
                                         QStringLiteral("Only the scenarios whose name matches REGEX."),
                                         QStringLiteral("REGEX"));
    parser.addOptions({help, pacerOption, jsonOption, setOption, jobsOption, traceOption, gridOption, firstOption,
                       seedsOption, matchOption});
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
    const bool grid = parser.isSet(gridOption);
    if (files.isEmpty() && !grid) {
        err << "torque-pacesim: no scenario given" << Qt::endl << parser.helpText();
        return kExitBadInput;
    }
    bool seedsOk = false, firstOk = true;
    const int seeds = parser.value(seedsOption).toInt(&seedsOk);
    const int first = parser.isSet(firstOption) ? parser.value(firstOption).toInt(&firstOk) : -1;
    if (!seedsOk || seeds < 1 || seeds > 10000 || !firstOk || (parser.isSet(firstOption) && first < 1)) {
        err << "torque-pacesim: --seeds and --first take a whole number of at least 1" << Qt::endl;
        return kExitBadInput;
    }
    std::vector<PaceScenario> scenarios;
    QString problem;
    if (!readScenarios(files, grid ? parser.value(gridOption) : QString(), seeds, first, scenarios, problem)) {
        err << "torque-pacesim: " << problem << Qt::endl;
        return kExitBadInput;
    }
    if (parser.isSet(matchOption)) {
        const QRegularExpression pattern(parser.value(matchOption));
        if (!pattern.isValid()) {
            err << "torque-pacesim: --match: " << pattern.errorString() << Qt::endl;
            return kExitBadInput;
        }
        std::erase_if(scenarios, [&](const PaceScenario &s) { return !pattern.match(s.name).hasMatch(); });
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
    runJobs(jobs, parser.values(setOption), traceSeconds, std::min<int>(threads, int(jobs.size())),
            jobs.size() > 50 ? &err : nullptr);
    for (const Job &job : jobs) {
        for (QJsonObject line : job.result.trace) {
            line.insert(QStringLiteral("scenario"), job.scenario->name);
            err << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
        }
    }
    const bool summarise = grid && pacers.contains(QStringLiteral("torque")) && pacers.size() > 1;
    std::vector<PaceResult> results;
    for (const Job &job : jobs)
        results.push_back(job.result);
    const GridSummary summary = GridSummary::of(results, QStringLiteral("torque"), kBeatenTolerance);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const Job &job : jobs)
            array.append(job.result.toJson());
        if (summarise)
            out << QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary.toJson()}, {QStringLiteral("runs"), array}})
                       .toJson(QJsonDocument::Indented);
        else
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else if (summarise) {
        printGridTable(jobs, QStringLiteral("torque"), out);
        summary.print(out);
    } else {
        printTable(jobs, out);
    }
    return kExitOk;
}
