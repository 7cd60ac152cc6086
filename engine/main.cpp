#include "engine/engine.h"
#include "engine/enginesettings.h"
#include "engine/logging.h"
#include "engine/signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int kExitBadConfig = 2;
constexpr int kExitStartFailed = 3;

int failStart(const QString &message, int code)
{
    std::fprintf(stderr, "torque-engine: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torque-engine"));
    QCoreApplication::setOrganizationName(QStringLiteral("Torque"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TORQUE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Torque predictive dialer engine"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
        QStringLiteral("INI configuration file (see /usr/share/torque/engine.conf)."), QStringLiteral("FILE"));
    const QCommandLineOption databaseOption(QStringLiteral("database"),
        QStringLiteral("Database URL: sqlite:///path, mysql://user:pass@host:port/db or "
                       "postgresql://user:pass@host:port/db."), QStringLiteral("URL"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
        QStringLiteral("Address and port of the console API, e.g. 127.0.0.1:7080."), QStringLiteral("ADDR:PORT"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
        QStringLiteral("debug, info, warning or critical."), QStringLiteral("LEVEL"));
    const QCommandLineOption voiceServerOption(QStringLiteral("voice-server"),
        QStringLiteral("Register (or update) an enabled voice server at start: "
                       "NAME=ami://USER:SECRET@HOST:PORT[?md5=0&channels=N]. Repeatable."),
        QStringLiteral("SPEC"));
    const QCommandLineOption loadSimulationOption(QStringLiteral("load-simulation"),
        QStringLiteral("Set up (if missing) and start the \"Load simulation\" campaign with AGENTS simulated "
                       "agents, on the default trunk (a \"Load Test\" trunk to Local/${EXTEN}@simnet is "
                       "added when there is none)."),
        QStringLiteral("AGENTS"));
    parser.addOptions({configOption, databaseOption, listenOption, logLevelOption, voiceServerOption,
                       loadSimulationOption});
    parser.process(app);

    EngineSettings settings;
    if (parser.isSet(configOption)) {
        if (const Result<Done> loaded = settings.loadFile(parser.value(configOption)); !loaded)
            return failStart(loaded.detail(), kExitBadConfig);
    }
    if (parser.isSet(databaseOption))
        settings.setDatabaseUrl(parser.value(databaseOption));
    if (parser.isSet(listenOption))
        settings.setListen(parser.value(listenOption));
    if (parser.isSet(logLevelOption))
        settings.setLogLevel(parser.value(logLevelOption));
    if (parser.isSet(voiceServerOption))
        settings.setVoiceServerSpecs(parser.values(voiceServerOption));
    if (parser.isSet(loadSimulationOption)) {
        bool ok = false;
        const int agents = parser.value(loadSimulationOption).toInt(&ok);
        settings.setLoadSimulationAgents(ok ? agents : -1);
    }
    if (const Result<Done> valid = settings.validate(); !valid)
        return failStart(QStringLiteral("bad setting %1: %2").arg(valid.field(), valid.detail()),
                         kExitBadConfig);
    EngineLogging::install(settings.logLevel());

    Engine engine(settings);
    if (const Result<Done> started = engine.start(); !started)
        return failStart(started.detail(), kExitStartFailed);

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&engine](int signalNumber) {
        qCInfo(lcEngine) << "signal" << signalNumber << "received: shutting down";
        engine.beginStop();
    });
    QObject::connect(&engine, &Engine::stopped, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    qCInfo(lcEngine) << "torque-engine" << TORQUE_VERSION << "ready on" << engine.apiUrl().toString();
    return app.exec();
}
