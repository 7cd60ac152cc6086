// Originates per second the engine's voice funnel sustains to N torque-voicesim
// nodes (separate processes, real AMI over TCP), with every event flowing back
// and every outcome tracked. Prints the achieved originate and completion
// rates and the funnel process's own CPU time and peak memory.
//
//   torque-bench-voicefunnel [--nodes 10] [--rate 1000] [--seconds 20]

#include "bench/support/benchprocess.h"
#include "engine/ami/voicefunnel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options {
    int nodes = 10;
    int rate = 1000;
    int seconds = 20;
};

// Starts one simulator on a free port; returns its port, or 0.
quint16 startSimulator(QProcess &process, int index)
{
    return BenchProcess::startVoiceSim(
        process, QStringLiteral(TORQUE_VOICESIM_BINARY),
        {QStringLiteral("--seed"), QString::number(1000 + index), QStringLiteral("--ring-min"), QStringLiteral("1"),
         QStringLiteral("--ring-max"), QStringLiteral("2"), QStringLiteral("--talk-min"), QStringLiteral("1"),
         QStringLiteral("--talk-max"), QStringLiteral("3")});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Simulated voice nodes."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Originates per second asked for."), QStringLiteral("CPS"), QStringLiteral("1000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the run."), QStringLiteral("S"), QStringLiteral("20"));
    parser.addOptions({nodesOption, rateOption, secondsOption});
    parser.process(app);
    Options options{parser.value(nodesOption).toInt(), parser.value(rateOption).toInt(),
                    parser.value(secondsOption).toInt()};

    std::vector<std::unique_ptr<QProcess>> simulators;
    QList<VoiceServer> servers;
    for (int i = 0; i < options.nodes; ++i) {
        auto process = std::make_unique<QProcess>();
        const quint16 port = startSimulator(*process, i);
        if (port == 0) {
            std::fprintf(stderr, "cannot start torque-voicesim %d\n", i);
            return 1;
        }
        VoiceServer server;
        server.id = i + 1;
        server.name = QStringLiteral("sim-%1").arg(i + 1);
        server.host = QStringLiteral("127.0.0.1");
        server.amiPort = port;
        server.amiUser = QStringLiteral("bench");
        server.amiSecret = QStringLiteral("bench");
        server.enabled = true;
        servers << server;
        simulators.push_back(std::move(process));
    }

    VoiceFunnel funnel;
    Trunk trunk;
    trunk.id = 1;
    trunk.name = QStringLiteral("bench");
    trunk.dialString = QStringLiteral("Local/${EXTEN}@simnet");
    trunk.maxCps = options.rate;
    trunk.maxChannels = 1'000'000;

    qint64 submitted = 0;
    qint64 sent = 0;
    qint64 ended = 0;
    QHash<CallOutcome, qint64> outcomes;
    QObject::connect(&funnel, &VoiceFunnel::callSent, [&](qint64, qint64) { ++sent; });
    QObject::connect(&funnel, &VoiceFunnel::callEnded, [&](const CallResult &r) {
        ++ended;
        ++outcomes[r.outcome];
    });
    funnel.applyServers(servers);

    QElapsedTimer clock;
    double cpuAtStart = 0;
    QTimer feeder;
    feeder.setTimerType(Qt::PreciseTimer);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        // Keep a second of calls queued ahead; the funnel paces them.
        const qint64 due = qint64(double(clock.elapsed()) / 1000.0 * options.rate) + options.rate;
        const qint64 stopAt = qint64(options.seconds) * options.rate;
        for (; submitted < std::min(due, stopAt); ++submitted) {
            OriginateRequest request;
            request.callId = submitted + 1;
            request.number = QStringLiteral("55%1").arg(submitted % 10'000'000, 7, 10, QLatin1Char('0'));
            request.trunk = trunk;
            request.ringTimeoutMs = 30'000;
            funnel.submit(request);
        }
    });
    QTimer waitForNodes;
    QObject::connect(&waitForNodes, &QTimer::timeout, [&] {
        for (const VoiceServer &s : std::as_const(servers)) {
            if (funnel.status(s.id).state != AmiConnection::State::Active)
                return;
        }
        waitForNodes.stop();
        clock.start();
        cpuAtStart = BenchProcess::cpuSeconds();
        feeder.start(10);
    });
    waitForNodes.start(50);

    qint64 sentAtEnd = 0;
    double elapsedAtEnd = 0;
    double cpuAtEnd = 0;
    QTimer finish;
    QObject::connect(&finish, &QTimer::timeout, [&] {
        if (!clock.isValid())
            return;
        if (sentAtEnd == 0 && clock.elapsed() >= options.seconds * 1000) {
            sentAtEnd = sent;
            elapsedAtEnd = double(clock.elapsed()) / 1000.0;
            cpuAtEnd = BenchProcess::cpuSeconds();
        }
        // Done when every call ended, or 60 s after the last Originate.
        if (sentAtEnd > 0 && (ended >= submitted || clock.elapsed() > (options.seconds + 60) * 1000))
            app.quit();
    });
    finish.start(100);
    app.exec();

    const double cpu = cpuAtEnd - cpuAtStart;
    std::printf("nodes %d, asked %d originates/s for %d s\n", options.nodes, options.rate, options.seconds);
    std::printf("originates sent: %lld in %.2f s = %.0f/s\n", sent == 0 ? 0LL : (long long)sentAtEnd, elapsedAtEnd,
                double(sentAtEnd) / elapsedAtEnd);
    std::printf("calls ended (outcome tracked): %lld of %lld submitted\n", (long long)ended, (long long)submitted);
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        std::printf("  %-10s %lld\n", qPrintable(callOutcomeName(it.key())), (long long)it.value());
    std::printf("funnel process CPU while originating: %.2f s of %.2f s = %.0f%% of one core\n", cpu, elapsedAtEnd,
                100.0 * cpu / elapsedAtEnd);
    std::printf("funnel process peak RSS: %ld kB\n", BenchProcess::peakRssKb());
    for (auto &process : simulators) {
        process->terminate();
        process->waitForFinished(5000);
    }
    return ended >= submitted ? 0 : 2;
}
