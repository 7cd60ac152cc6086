#include "engine/enginesettings.h"
#include "engine/logging.h"
#include "engine/signalwatcher.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/voicesimconfig.h"
#include "engine/sim/voicesimlogging.h"
#include "engine/sim/voicesimserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

constexpr int kExitBadConfig = 2;
constexpr int kExitStartFailed = 3;

int failStart(const QString &message, int code)
{
    std::fprintf(stderr, "torque-voicesim: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torque-voicesim"));
    QCoreApplication::setOrganizationName(QStringLiteral("Torque"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TORQUE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Torque voice-node simulator: speaks Asterisk 20 AMI on a TCP port and simulates the calls "
        "it is asked to originate (see docs/voicesim.md)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("INI configuration file; flags override it."),
                                          QStringLiteral("FILE"));
    parser.addOption(configOption);
    VoiceSimConfig::addOptions(parser);
    parser.process(app);

    VoiceSimConfig config;
    if (parser.isSet(configOption)) {
        if (const Result<Done> loaded = config.loadFile(parser.value(configOption)); !loaded)
            return failStart(loaded.detail(), kExitBadConfig);
    }
    if (const Result<Done> applied = config.applyOptions(parser); !applied)
        return failStart(QStringLiteral("bad setting %1: %2").arg(applied.field(), applied.detail()),
                         kExitBadConfig);
    if (const Result<Done> valid = config.validate(); !valid)
        return failStart(QStringLiteral("bad setting %1: %2").arg(valid.field(), valid.detail()), kExitBadConfig);
    EngineLogging::install(config.logLevel);

    const auto listenAt = EngineSettings::parseListen(config.listen);
    VoiceSimServer server(config);
    if (const Result<Done> listening = server.listen(listenAt.value().first, listenAt.value().second); !listening)
        return failStart(listening.detail(), kExitStartFailed);

    // Scripts and tests read the port from this line (port 0 picks one).
    const QHostAddress bound = server.address();
    const QString host = bound.protocol() == QAbstractSocket::IPv6Protocol
        ? u'[' + bound.toString() + u']'
        : bound.toString();
    std::printf("listening %s:%u\n", qPrintable(host), unsigned(server.port()));
    std::fflush(stdout);

    SignalWatcher signalWatcher;
    QObject::connect(&signalWatcher, &SignalWatcher::terminationRequested, &app, [&server](int signalNumber) {
        const CallSwitch::Stats &stats = server.node().stats();
        qCInfo(lcVoiceSim) << "signal" << signalNumber << "received: stopping;" << stats.originates << "originates,"
                           << stats.rejected << "rejected," << stats.overCapacity << "over capacity,"
                           << server.node().activeCalls() << "calls dropped";
        server.close();
        QCoreApplication::quit();
    });
    return app.exec();
}
