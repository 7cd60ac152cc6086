// A live load simulation through the whole engine: the torque pacer, the
// hopper claiming numbers from the database, the voice funnel to N
// torque-voicesim processes over real AMI, simulated agents, and every
// outcome (number status + CDR) and a pacing sample every 10 s through the
// database funnel. Prints the dialling rate the engine sustained, what the
// pacer achieved (agents' busy %, abandon rate) and the engine's own CPU and
// memory (this process: the engine with all its threads; the simulators are
// separate processes on the same cores).
//
// Then it stops the engine as SIGTERM does (calls in progress followed to
// their end) and checks every number once (docs/numbers.md): the dials are
// counted at the voice nodes by a read-only AMI session of its own, the
// outcomes and CDRs read from the database. --restarts N stops and starts the
// campaign N times during the run, each time while its calls are still up.
//
//   torque-bench-campaign [--nodes 4] [--agents 300] [--cps 400] [--seconds 60] [--speed 10]
//                         [--pacer torque] [--wrap-up 5] [--restarts 0] [--database URL]

#include "bench/support/benchprocess.h"
#include "bench/support/dialaudit.h"
#include "common/protocol.h"
#include "engine/ami/voicefunnel.h"
#include "engine/campaigns/campaignmanager.h"
#include "engine/db/campaignstore.h"
#include "engine/db/database.h"
#include "engine/db/databaseurl.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/schemamigrator.h"
#include "engine/db/trunkstore.h"
#include "engine/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Protocol;

namespace {

struct Options
{
    int nodes = 4;
    int agents = 300;
    double cps = 400;
    int seconds = 60;
    double speed = 10;
    QString pacer = QStringLiteral("torque");
    double wrapUpSeconds = 5;
    int restarts = 0;
    QString database;
};

// What the database says of the numbers the nodes saw dialled, after the stop.
struct Integrity
{
    qint64 withoutCdr = 0;     // dialled, no CDR
    qint64 extraCdrs = 0;      // CDRs beyond one per dialled number
    qint64 undone = 0;         // dialled, but status new/hopper/dialing or not its CDR's disposition
    qint64 interrupted = 0;
    qint64 nodeLost = 0;
    qint64 leftClaimed = 0;    // any number still hopper/dialing
};

Integrity checkIntegrity(const QString &databaseUrl, const DialAudit &audit)
{
    Integrity result;
    QHash<QString, QString> status;
    QHash<QString, int> cdrs;
    QHash<QString, QString> disposition;
    {
        const Result<QSqlDatabase> db = Database::open(DatabaseUrl::parse(databaseUrl).value(),
                                                       QStringLiteral("bench-integrity"));
        if (!db)
            return result;
        QSqlQuery numbers(db.value());
        numbers.exec(QStringLiteral("SELECT phone, status FROM numbers"));
        while (numbers.next())
            status.insert(numbers.value(0).toString(), numbers.value(1).toString());
        QSqlQuery calls(db.value());
        calls.exec(QStringLiteral("SELECT phone, disposition FROM cdr"));
        while (calls.next()) {
            ++cdrs[calls.value(0).toString()];
            disposition.insert(calls.value(0).toString(), calls.value(1).toString());
        }
    }
    Database::close(QStringLiteral("bench-integrity"));
    const auto claimed = [](const QString &s) { return s == QLatin1String("hopper") || s == QLatin1String("dialing"); };
    for (auto it = audit.dialsByNumber().cbegin(); it != audit.dialsByNumber().cend(); ++it) {
        const QString &phone = it.key();
        const QString st = status.value(phone);
        const int n = cdrs.value(phone);
        result.withoutCdr += n == 0;
        result.extraCdrs += qMax(0, n - 1);
        result.undone += st == QLatin1String("new") || claimed(st) || (n == 1 && st != disposition.value(phone));
    }
    for (const QString &st : std::as_const(status)) {
        result.interrupted += st == QLatin1String("interrupted");
        result.nodeLost += st == QLatin1String("node-lost");
        result.leftClaimed += claimed(st);
    }
    return result;
}

// Stops the campaign and starts it again at once: the old run still has calls up.
void restartCampaign(Engine &engine)
{
    const QList<qint64> running = engine.campaigns().runningIds();
    for (const qint64 id : running) {
        engine.campaigns().stop(id, QStringLiteral("restarted by the benchmark"));
        engine.campaigns().start(id, std::nullopt);
    }
}

// The trunk the campaign dials on, made before the engine starts so that the
// engine's load-simulation set-up finds it as the default.
bool addBenchTrunk(const QString &databaseUrl, double cps)
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl);
    if (!url)
        return false;
    bool ok = false;
    {
        const Result<QSqlDatabase> db = Database::open(url.value(), QStringLiteral("bench-setup"));
        if (db && SchemaMigrator(db.value()).migrate()) {
            Trunk trunk;
            trunk.name = QStringLiteral("Bench");
            trunk.dialString = QStringLiteral("Local/${EXTEN}@simnet");
            trunk.maxCps = cps;
            trunk.maxChannels = 100000;
            ok = TrunkStore(db.value()).add(trunk).ok();
        }
    }
    Database::close(QStringLiteral("bench-setup"));
    return ok;
}

// The engine set the load simulation up with its defaults: give it the
// benchmark's pacer and wrap-up and start it again.
bool configureCampaign(Engine &engine, const QString &databaseUrl, const Options &options)
{
    QList<Campaign> campaigns;
    {
        const Result<QSqlDatabase> db = Database::open(DatabaseUrl::parse(databaseUrl).value(),
                                                       QStringLiteral("bench-campaign"));
        if (db)
            campaigns = CampaignStore(db.value()).list().value();
        if (campaigns.size() != 1)
            return false;
        Campaign &c = campaigns.first();
        engine.campaigns().stop(c.id, QStringLiteral("reconfigured by the benchmark"));
        c.pacer = options.pacer;
        c.wrapUpSeconds = options.wrapUpSeconds;
        if (!CampaignStore(db.value()).update(c))
            return false;
    }
    Database::close(QStringLiteral("bench-campaign"));
    return engine.campaigns().start(campaigns.first().id, std::nullopt).ok();
}

Options parse(QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodes(QStringLiteral("nodes"), QStringLiteral("Simulated voice nodes."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Simulated agents."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption cps(QStringLiteral("cps"), QStringLiteral("The trunk's max CPS."), QStringLiteral("CPS"), QStringLiteral("400"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured time."), QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("voicesim time scale."), QStringLiteral("X"), QStringLiteral("10"));
    const QCommandLineOption pacer(QStringLiteral("pacer"), QStringLiteral("The campaign's pacer."), QStringLiteral("NAME"), QStringLiteral("torque"));
    const QCommandLineOption wrapUp(QStringLiteral("wrap-up"), QStringLiteral("Agents' wrap-up (s)."), QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption restarts(QStringLiteral("restarts"), QStringLiteral("Stop and start the campaign this many times."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database URL (default: a new SQLite file)."), QStringLiteral("URL"));
    parser.addOptions({nodes, agents, cps, seconds, speed, pacer, wrapUp, restarts, database});
    parser.process(app);
    return {parser.value(nodes).toInt(), parser.value(agents).toInt(), parser.value(cps).toDouble(),
            parser.value(seconds).toInt(), parser.value(speed).toDouble(), parser.value(pacer),
            parser.value(wrapUp).toDouble(), parser.value(restarts).toInt(), parser.value(database)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const Options options = parse(app);
    QTemporaryDir dir;
    const QString databaseUrl =
        options.database.isEmpty() ? QStringLiteral("sqlite://%1/bench.db").arg(dir.path()) : options.database;
    if (!addBenchTrunk(databaseUrl, options.cps)) {
        std::fprintf(stderr, "cannot prepare the database %s (it must be empty)\n", qPrintable(databaseUrl));
        return 1;
    }

    std::vector<std::unique_ptr<QProcess>> simulators;
    QStringList specs;
    DialAudit audit;
    for (int i = 0; i < options.nodes; ++i) {
        auto process = std::make_unique<QProcess>();
        const quint16 port = BenchProcess::startVoiceSim(
            *process, QStringLiteral(TORQUE_VOICESIM_BINARY),
            {QStringLiteral("--seed"), QString::number(500 + i), QStringLiteral("--speed"),
             QString::number(options.speed)});
        if (port == 0) {
            std::fprintf(stderr, "cannot start torque-voicesim %d\n", i);
            return 1;
        }
        specs << QStringLiteral("sim-%1=ami://bench:bench@127.0.0.1:%2").arg(i + 1).arg(port);
        simulators.push_back(std::move(process));
        audit.watch(QStringLiteral("127.0.0.1"), port, "bench", "bench");
    }
    QElapsedTimer auditWait;
    auditWait.start();
    while (!audit.ready() && auditWait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    EngineSettings settings;
    settings.setDatabaseUrl(databaseUrl);
    settings.setListen(QStringLiteral("127.0.0.1:0"));
    settings.setJournalDirectory(dir.filePath(QStringLiteral("journal")));
    settings.setVoiceServerSpecs(specs);
    settings.setLoadSimulationAgents(options.agents);
    Engine engine(settings);
    if (const Result<Done> started = engine.start(); !started) {
        std::fprintf(stderr, "engine: %s\n", qPrintable(started.detail()));
        return 1;
    }
    if (!configureCampaign(engine, databaseUrl, options)) {
        std::fprintf(stderr, "cannot configure the campaign (pacer %s)\n", qPrintable(options.pacer));
        return 1;
    }

    // Measured from the first sample with calls (nodes connected, warm-up
    // begun) for options.seconds.
    QJsonObject first;
    QJsonObject last;
    double cpuAtFirst = 0;
    QElapsedTimer clock;
    double busySum = 0;
    int busySamples = 0;
    int restartsDone = 0;
    const QLatin1String kCounted[] = {StatusKey::Dialed, StatusKey::HumanAnswered, StatusKey::Connected,
                                      StatusKey::Abandoned};
    QHash<QLatin1String, double> banked; // figures of the runs a restart ended
    const QMetaObject::Connection sampling = QObject::connect(&engine.campaigns(), &CampaignManager::sampleReady,
                     [&](qint64, qint64, const QJsonObject &sample) {
                         if (first.isEmpty()) {
                             if (sample.value(StatusKey::Dialed).toDouble() <= 0)
                                 return;
                             first = sample;
                             cpuAtFirst = BenchProcess::cpuSeconds();
                             clock.start();
                             return;
                         }
                         last = sample;
                         busySum += sample.value(StatusKey::BusyPercent).toDouble();
                         ++busySamples;
                         const qint64 restartEveryMs = options.seconds * 1000 / (options.restarts + 1);
                         if (restartsDone < options.restarts && clock.elapsed() >= (restartsDone + 1) * restartEveryMs) {
                             ++restartsDone;
                             // Each run counts from zero: bank this one's figures.
                             for (const QLatin1String key : kCounted)
                                 banked[key] += last.value(key).toDouble() - first.value(key).toDouble();
                             first = QJsonObject{{StatusKey::Dialed, 0.0}}; // the next run's base: zeros
                             restartCampaign(engine);
                         }
                         if (clock.elapsed() >= options.seconds * 1000)
                             app.quit();
                     });
    QTimer::singleShot((options.seconds + 120) * 1000, &app, &QCoreApplication::quit); // nodes never came
    app.exec();
    const double cpu = BenchProcess::cpuSeconds() - cpuAtFirst;
    const double elapsed = double(clock.elapsed()) / 1000.0;
    const qint64 dbBacklog = engine.dbFunnel().status().backlog;
    const qint64 applied = engine.dbFunnel().status().applied;
    const int callsUp = engine.voiceFunnel().activeCount();
    QObject::disconnect(sampling);
    // As SIGTERM: no new calls, the calls in progress followed to their end.
    QElapsedTimer drain;
    drain.start();
    QObject::connect(&engine, &Engine::stopped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    engine.beginStop();
    if (!engine.isStopped())
        app.exec();
    const double drainSeconds = double(drain.elapsed()) / 1000.0;
    // The nodes' last events reach the audit.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const Integrity integrity = checkIntegrity(databaseUrl, audit);
    for (auto &process : simulators) {
        process->terminate();
        process->waitForFinished(5000);
    }
    if (last.isEmpty()) {
        std::fprintf(stderr, "no calls were dialled\n");
        return 2;
    }

    const auto delta = [&](QLatin1String key) {
        return banked.value(key) + last.value(key).toDouble() - first.value(key).toDouble();
    };
    std::printf("%d nodes (voicesim x%g), %d agents (wrap-up %g s), trunk %g CPS, pacer %s, %s\n", options.nodes,
                options.speed, options.agents, options.wrapUpSeconds, options.cps,
                qPrintable(last.value(StatusKey::Pacer).toString()),
                qPrintable(databaseUrl.section(QLatin1Char(':'), 0, 0)));
    std::printf("measured %.1f s: dialled %.0f (%.0f/s), humans %.0f, connected %.0f, abandoned %.0f\n", elapsed,
                delta(StatusKey::Dialed), delta(StatusKey::Dialed) / elapsed, delta(StatusKey::HumanAnswered),
                delta(StatusKey::Connected), delta(StatusKey::Abandoned));
    std::printf("agents busy: %.1f%% on average; abandon rate over the run %.2f%% (cap %.0f%%)\n",
                busySamples > 0 ? busySum / busySamples : 0.0, 100.0 * last.value(StatusKey::AbandonRate).toDouble(),
                100.0 * last.value(StatusKey::AbandonCap).toDouble());
    std::printf("database funnel: %lld writes applied, backlog at the end %lld\n", (long long)applied,
                (long long)dbBacklog);
    std::printf("engine process CPU: %.2f s of %.1f s = %.0f%% of one core; peak RSS %ld kB\n", cpu, elapsed,
                100.0 * cpu / elapsed, BenchProcess::peakRssKb());
    std::printf("every number once (%d restarts): %lld calls placed to %lld numbers (counted at the nodes); "
                "numbers dialled twice %lld; outcomes undone %lld\n",
                restartsDone, (long long)audit.dials(), (long long)audit.dialsByNumber().size(),
                (long long)audit.dialledTwice().size(), (long long)integrity.undone);
    std::printf("stopped as by SIGTERM with %d calls up, drained in %.1f s: calls without a CDR %lld, "
                "extra CDRs %lld, interrupted %lld, node-lost %lld, numbers left claimed %lld\n",
                callsUp, drainSeconds, (long long)integrity.withoutCdr, (long long)integrity.extraCdrs,
                (long long)integrity.interrupted, (long long)integrity.nodeLost, (long long)integrity.leftClaimed);
    const bool sound = audit.dialledTwice().isEmpty() && integrity.undone == 0 && integrity.withoutCdr == 0
                       && integrity.extraCdrs == 0 && integrity.leftClaimed == 0;
    return sound ? 0 : 3;
}
