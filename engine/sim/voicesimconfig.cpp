#include "engine/sim/voicesimconfig.h"

#include "engine/enginesettings.h"
#include "engine/logging.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSettings>
#include <QStringList>

#include <array>
#include <functional>

namespace {

using Apply = std::function<bool(VoiceSimConfig &, const QString &)>;

struct Spec {
    const char *flag;     // command-line option without "--"; nullptr = INI only
    const char *key;      // INI group/key
    const char *valueName;
    const char *help;
    Apply apply;
};

// Accepts "0.4" and "40%".
bool toFraction(const QString &text, double &out)
{
    QString t = text.trimmed();
    double scale = 1.0;
    if (t.endsWith(u'%')) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (ok)
        out = v * scale;
    return ok;
}

Apply fraction(double VoiceSimConfig::*member)
{
    return [member](VoiceSimConfig &c, const QString &v) { return toFraction(v, c.*member); };
}

Apply seconds(double VoiceSimConfig::*member)
{
    return [member](VoiceSimConfig &c, const QString &v) {
        bool ok = false;
        const double d = v.trimmed().toDouble(&ok);
        if (ok)
            c.*member = d;
        return ok;
    };
}

Apply integer(int VoiceSimConfig::*member)
{
    return [member](VoiceSimConfig &c, const QString &v) {
        bool ok = false;
        const int i = v.trimmed().toInt(&ok);
        if (ok)
            c.*member = i;
        return ok;
    };
}

Apply bytes(QByteArray VoiceSimConfig::*member)
{
    return [member](VoiceSimConfig &c, const QString &v) {
        c.*member = v.toUtf8();
        return true;
    };
}

// One of two named values (case does not matter).
template <typename E>
Apply choice(E VoiceSimConfig::*member, QLatin1String firstName, E first, QLatin1String secondName, E second)
{
    return [=](VoiceSimConfig &c, const QString &v) {
        const QString t = v.trimmed().toLower();
        if (t != firstName && t != secondName)
            return false;
        c.*member = t == firstName ? first : second;
        return true;
    };
}

Apply text(QString VoiceSimConfig::*member)
{
    return [member](VoiceSimConfig &c, const QString &v) {
        c.*member = v.trimmed();
        return true;
    };
}

const std::array<Spec, 36> &specs()
{
    static const std::array<Spec, 36> table = {{
        {"listen", "ami/listen", "ADDR:PORT", "Where to accept AMI clients; port 0 picks a free port and prints it.", text(&VoiceSimConfig::listen)},
        {"user", "ami/user", "NAME", "AMI user name (manager.conf [user]).", bytes(&VoiceSimConfig::user)},
        {"secret", "ami/secret", "SECRET", "AMI secret, for plain and MD5 challenge logins.", bytes(&VoiceSimConfig::secret)},
        {"human-rate", "outcomes/human", "FRACTION", "Answered by a person (AMD HUMAN).", fraction(&VoiceSimConfig::humanRate)},
        {"machine-rate", "outcomes/machine", "FRACTION", "Answered by a machine (AMD MACHINE).", fraction(&VoiceSimConfig::machineRate)},
        {"busy-rate", "outcomes/busy", "FRACTION", "Busy (Reason 5, cause 17).", fraction(&VoiceSimConfig::busyRate)},
        {"no-answer-rate", "outcomes/noAnswer", "FRACTION", "Rings until the Originate Timeout (Reason 3, cause 19).", fraction(&VoiceSimConfig::noAnswerRate)},
        {"congestion-rate", "outcomes/congestion", "FRACTION", "Congestion (Reason 8, cause 34).", fraction(&VoiceSimConfig::congestionRate)},
        {"press1-rate", "outcomes/press1", "FRACTION", "Of the humans, how many press 1 (UserEvent DialerDTMF).", fraction(&VoiceSimConfig::press1Rate)},
        {"press2-rate", "outcomes/press2", "FRACTION", "Of the humans, how many press 2.", fraction(&VoiceSimConfig::press2Rate)},
        {"event-order", "events/failedOrder", "drawn|capture", "How failed calls end: drawn per call as on a real Asterisk, or always as in the captures.",
         choice(&VoiceSimConfig::failedOrder, QLatin1String("drawn"), VoiceSimConfig::EventOrder::Drawn,
                QLatin1String("capture"), VoiceSimConfig::EventOrder::Capture)},
        {"response-first-rate", "events/responseFirst", "FRACTION", "Of the failed calls, how many get their OriginateResponse before both legs' Hangups.", fraction(&VoiceSimConfig::responseFirstRate)},
        {"response-last-rate", "events/responseLast", "FRACTION", "Of the failed calls, how many get it after both Hangups (the rest: between them).", fraction(&VoiceSimConfig::responseLastRate)},
        {"dialer-leg-first-rate", "events/dialerLegFirst", "FRACTION", "Of the failed calls, how many hang up their ;1 leg before the ;2 leg.", fraction(&VoiceSimConfig::dialerLegFirstRate)},
        {"ring-min", "timing/ringMin", "SECONDS", "Shortest ring before the far end reacts.", seconds(&VoiceSimConfig::ringMinSeconds)},
        {"ring-max", "timing/ringMax", "SECONDS", "Longest ring before the far end reacts.", seconds(&VoiceSimConfig::ringMaxSeconds)},
        {"talk-min", "timing/talkMin", "SECONDS", "Shortest time an answering party stays after its greeting.", seconds(&VoiceSimConfig::talkMinSeconds)},
        {"talk-max", "timing/talkMax", "SECONDS", "Longest time an answering party stays (a cap for exponential).", seconds(&VoiceSimConfig::talkMaxSeconds)},
        {"talk-distribution", "timing/talkDistribution", "uniform|exponential", "How talk times spread between min and max.",
         choice(&VoiceSimConfig::talkDistribution, QLatin1String("uniform"), VoiceSimConfig::TalkDistribution::Uniform,
                QLatin1String("exponential"), VoiceSimConfig::TalkDistribution::Exponential)},
        {"talk-mean", "timing/talkMean", "SECONDS", "Mean talk time for the exponential distribution.", seconds(&VoiceSimConfig::talkMeanSeconds)},
        {"speed", "timing/speed", "FACTOR", "Run every timer this many times faster (tests, demos).", seconds(&VoiceSimConfig::speed)},
        {"channels", "capacity/channels", "COUNT", "Concurrent calls the node carries; 0 = no limit.", integer(&VoiceSimConfig::channels)},
        {"accept-rate", "capacity/acceptRate", "FRACTION", "Originates answered Success (the rest get Response: Error).", fraction(&VoiceSimConfig::acceptRate)},
        {"seed", "sim/seed", "NUMBER", "Random seed; the same seed and Originates give the same calls.",
         [](VoiceSimConfig &c, const QString &v) {
             bool ok = false;
             const quint64 s = v.trimmed().toULongLong(&ok);
             if (ok)
                 c.seed = s;
             return ok;
         }},
        {"queue", "queue/name", "NAME", "The agents' queue callers are sent to.", bytes(&VoiceSimConfig::queueName)},
        {"agents", "queue/agents", "COUNT", "Simulated agents (queue members Local/6001@agents/n ...).", integer(&VoiceSimConfig::agents)},
        {"wrapup", "queue/wrapup", "SECONDS", "Time an agent stays unavailable after a call.", seconds(&VoiceSimConfig::wrapupSeconds)},
        {"queue-timeout", "queue/timeout", "SECONDS", "Longest wait in the queue before the call is hung up.", seconds(&VoiceSimConfig::queueTimeoutSeconds)},
        {nullptr, "queue/agentRingMin", "SECONDS", "Shortest time an agent takes to answer.", seconds(&VoiceSimConfig::agentRingMinSeconds)},
        {nullptr, "queue/agentRingMax", "SECONDS", "Longest time an agent takes to answer.", seconds(&VoiceSimConfig::agentRingMaxSeconds)},
        {nullptr, "dialplan/messageSeconds", "SECONDS", "Length of the message played to machines.", seconds(&VoiceSimConfig::messageSeconds)},
        {nullptr, "dialplan/ivrTimeout", "SECONDS", "How long the press-1 prompt waits for a digit.", seconds(&VoiceSimConfig::ivrTimeoutSeconds)},
        {nullptr, "dialplan/sipContext", "NAME", "Context of simulated SIP peers' channels.", bytes(&VoiceSimConfig::sipContext)},
        {"safe-harbour-context", "dialplan/safeHarbourContext", "NAME", "Context that plays the safe-harbour message to a redirected call.", bytes(&VoiceSimConfig::safeHarbourContext)},
        {"safe-harbour-seconds", "timing/safeHarbourSeconds", "SECONDS", "Length of the safe-harbour message.", seconds(&VoiceSimConfig::safeHarbourSeconds)},
        {"log-level", "log/level", "LEVEL", "debug, info, warning or critical.", text(&VoiceSimConfig::logLevel)},
    }};
    return table;
}

Result<Done> fail(const QString &detail, const char *key)
{
    return Result<Done>::failure(ErrorCode::InvalidField, detail, QString::fromLatin1(key));
}

bool isFraction(double v)
{
    return v >= 0.0 && v <= 1.0;
}

} // namespace

double VoiceSimConfig::failedRate() const
{
    const double rest = 1.0 - humanRate - machineRate - busyRate - noAnswerRate - congestionRate;
    return rest > 0.0 ? rest : 0.0;
}

double VoiceSimConfig::talkMean() const
{
    return talkMeanSeconds > 0 ? talkMeanSeconds : (talkMinSeconds + talkMaxSeconds) / 2;
}

Result<Done> VoiceSimConfig::loadFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return Result<Done>::failure(ErrorCode::NotFound, QStringLiteral("cannot read config file %1").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("config file %1 is not a valid INI file").arg(path));
    for (const Spec &spec : specs()) {
        const QString key = QString::fromLatin1(spec.key);
        if (!ini.contains(key))
            continue;
        // QSettings turns "a,b" into a list; put it back together.
        const QVariant value = ini.value(key);
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().join(u',')
                                                                       : value.toString();
        if (!spec.apply(*this, text))
            return fail(QStringLiteral("\"%1\" is not a valid value").arg(text), spec.key);
    }
    return Result<Done>::success({});
}

void VoiceSimConfig::addOptions(QCommandLineParser &parser)
{
    for (const Spec &spec : specs()) {
        if (!spec.flag)
            continue;
        parser.addOption(QCommandLineOption(QString::fromLatin1(spec.flag),
                                            QString::fromLatin1(spec.help) + QStringLiteral(" [") +
                                                QString::fromLatin1(spec.key) + u']',
                                            QString::fromLatin1(spec.valueName)));
    }
}

Result<Done> VoiceSimConfig::applyOptions(const QCommandLineParser &parser)
{
    for (const Spec &spec : specs()) {
        if (!spec.flag)
            continue;
        const QString flag = QString::fromLatin1(spec.flag);
        if (!parser.isSet(flag))
            continue;
        const QString value = parser.value(flag);
        if (!spec.apply(*this, value))
            return fail(QStringLiteral("--%1: \"%2\" is not a valid value").arg(flag, value), spec.key);
    }
    return Result<Done>::success({});
}

Result<Done> VoiceSimConfig::validate() const
{
    if (const auto listenAt = EngineSettings::parseListen(listen); !listenAt)
        return fail(listenAt.detail(), "ami/listen");
    if (user.trimmed().isEmpty())
        return fail(QStringLiteral("must not be empty"), "ami/user");
    if (secret.isEmpty())
        return fail(QStringLiteral("must be set (--secret)"), "ami/secret");
    const std::array<std::pair<double, const char *>, 11> fractions = {{
        {humanRate, "outcomes/human"}, {machineRate, "outcomes/machine"}, {busyRate, "outcomes/busy"},
        {noAnswerRate, "outcomes/noAnswer"}, {congestionRate, "outcomes/congestion"},
        {press1Rate, "outcomes/press1"}, {press2Rate, "outcomes/press2"}, {acceptRate, "capacity/acceptRate"},
        {responseFirstRate, "events/responseFirst"}, {responseLastRate, "events/responseLast"},
        {dialerLegFirstRate, "events/dialerLegFirst"},
    }};
    for (const auto &[value, key] : fractions) {
        if (!isFraction(value))
            return fail(QStringLiteral("must be between 0 and 1"), key);
    }
    if (humanRate + machineRate + busyRate + noAnswerRate + congestionRate > 1.0 + 1e-9)
        return fail(QStringLiteral("human, machine, busy, noAnswer and congestion add up to more than 1"),
                    "outcomes/human");
    if (responseFirstRate + responseLastRate > 1.0 + 1e-9)
        return fail(QStringLiteral("responseFirst and responseLast add up to more than 1"), "events/responseFirst");
    if (press1Rate + press2Rate > 1.0 + 1e-9)
        return fail(QStringLiteral("press1 and press2 add up to more than 1"), "outcomes/press1");
    if (ringMinSeconds < 0 || ringMaxSeconds < ringMinSeconds)
        return fail(QStringLiteral("need 0 <= ringMin <= ringMax"), "timing/ringMin");
    if (talkMinSeconds < 0 || talkMaxSeconds < talkMinSeconds)
        return fail(QStringLiteral("need 0 <= talkMin <= talkMax"), "timing/talkMin");
    if (talkDistribution == TalkDistribution::Exponential
        && (talkMean() < talkMinSeconds || talkMean() > talkMaxSeconds))
        return fail(QStringLiteral("must lie between talkMin and talkMax"), "timing/talkMean");
    if (!(speed > 0) || speed > 100000)
        return fail(QStringLiteral("must be above 0 and at most 100000"), "timing/speed");
    if (channels < 0)
        return fail(QStringLiteral("must be 0 (no limit) or more"), "capacity/channels");
    if (queueName.isEmpty())
        return fail(QStringLiteral("must not be empty"), "queue/name");
    if (agents < 0 || agents > 9000)
        return fail(QStringLiteral("must be between 0 and 9000"), "queue/agents");
    if (agentRingMinSeconds < 0 || agentRingMaxSeconds < agentRingMinSeconds)
        return fail(QStringLiteral("need 0 <= agentRingMin <= agentRingMax"), "queue/agentRingMin");
    if (wrapupSeconds < 0)
        return fail(QStringLiteral("must not be negative"), "queue/wrapup");
    if (queueTimeoutSeconds <= 0)
        return fail(QStringLiteral("must be above 0"), "queue/timeout");
    if (messageSeconds < 0)
        return fail(QStringLiteral("must not be negative"), "dialplan/messageSeconds");
    if (safeHarbourContext.trimmed().isEmpty())
        return fail(QStringLiteral("must not be empty"), "dialplan/safeHarbourContext");
    if (safeHarbourSeconds < 0)
        return fail(QStringLiteral("must not be negative"), "timing/safeHarbourSeconds");
    if (ivrTimeoutSeconds <= 0)
        return fail(QStringLiteral("must be above 0"), "dialplan/ivrTimeout");
    if (!EngineLogging::isValidLevel(logLevel))
        return fail(QStringLiteral("must be debug, info, warning or critical"), "log/level");
    return Result<Done>::success({});
}
