#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QCommandLineParser;

// torque-voicesim's settings: an INI file (--config) with command-line flags
// applied on top. docs/voicesim.md lists every key, flag and default; both
// come from one table in voicesimconfig.cpp so they cannot drift apart.
// Durations are seconds of simulated time (see speed).
struct VoiceSimConfig final
{
    enum class TalkDistribution { Uniform, Exponential };

    // [ami]
    QString listen = QStringLiteral("127.0.0.1:5038");
    QByteArray user = QByteArrayLiteral("dialer");
    QByteArray secret;
    // [outcomes] fractions of accepted calls; what is left over fails
    // (unallocated number). press1/press2 are fractions of the humans.
    double humanRate = 0.40;
    double machineRate = 0.15;
    double busyRate = 0.15;
    double noAnswerRate = 0.15;
    double congestionRate = 0.10;
    double press1Rate = 0.0;
    double press2Rate = 0.0;
    // [events] How failed Local-channel calls end (docs/voicesim.md, "Event
    // orders"): drawn per call with the shares a real Asterisk 20 showed, or
    // always as in the recorded captures.
    enum class EventOrder { Drawn, Capture };
    EventOrder failedOrder = EventOrder::Drawn;
    double responseFirstRate = 0.67;   // OriginateResponse before both legs' Hangups
    double responseLastRate = 0.07;    // ... after both (the rest: between them)
    double dialerLegFirstRate = 0.5;   // the ;1 leg hangs up before the ;2 leg
    // [timing]
    double ringMinSeconds = 1;
    double ringMaxSeconds = 4;
    double talkMinSeconds = 5;
    double talkMaxSeconds = 30;
    TalkDistribution talkDistribution = TalkDistribution::Uniform;
    double talkMeanSeconds = 0;   // exponential only; 0 = halfway between min and max
    double speed = 1;             // 10 = every timer runs ten times faster
    // [capacity]
    int channels = 0;             // concurrent calls; 0 = no limit
    double acceptRate = 1.0;      // Originates answered "Success" rather than "Error"
    // [queue]
    QByteArray queueName = QByteArrayLiteral("dialer-agents");
    int agents = 10;
    double agentRingMinSeconds = 1;
    double agentRingMaxSeconds = 2;
    double wrapupSeconds = 0;
    double queueTimeoutSeconds = 60;
    // [dialplan]
    double messageSeconds = 4;    // the message played to answering machines
    double ivrTimeoutSeconds = 5; // how long Read() waits for the press-1/2 digit
    QByteArray sipContext = QByteArrayLiteral("from-sip");
    // Where the engine redirects abandoned calls (AMI Redirect): the message
    // the law requires, then Hangup(16). Any other context just hangs up.
    QByteArray safeHarbourContext = QByteArrayLiteral("torque-safe-harbour");
    double safeHarbourSeconds = 4; // [timing] the safe-harbour message's length
    // [sim]
    std::optional<quint64> seed;  // unset = a new random seed per run
    // [log]
    QString logLevel = QStringLiteral("info");

    double failedRate() const;
    double talkMean() const;

    // A missing file is an error: it was named explicitly.
    Result<Done> loadFile(const QString &path);
    static void addOptions(QCommandLineParser &parser);
    Result<Done> applyOptions(const QCommandLineParser &parser);
    // The first problem, naming the INI key.
    Result<Done> validate() const;
};
