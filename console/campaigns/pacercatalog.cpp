#include "console/campaigns/pacercatalog.h"

#include "common/protocol.h"

#include <QHash>
#include <QJsonArray>

QString PacerCatalog::defaultPacer()
{
    return QStringLiteral("torque");
}

QStringList PacerCatalog::knownPacers()
{
    return {QStringLiteral("torque"),   QStringLiteral("smoothtorque"),   QStringLiteral("vicidial"),
            QStringLiteral("vicidial-ready"), QStringLiteral("ratio"), QStringLiteral("progressive")};
}

QString PacerCatalog::displayName(const QString &pacer)
{
    if (pacer == QLatin1String("torque"))
        return tr("Torque (predictive)");
    if (pacer == QLatin1String("smoothtorque"))
        return tr("SmoothTorque");
    if (pacer == QLatin1String("vicidial"))
        return tr("VICIdial adaptive");
    if (pacer == QLatin1String("vicidial-ready"))
        return tr("VICIdial adaptive (ready agents)");
    if (pacer == QLatin1String("ratio"))
        return tr("Fixed ratio");
    if (pacer == QLatin1String("progressive"))
        return tr("Progressive");
    return pacer;
}

QString PacerCatalog::description(const QString &pacer)
{
    if (pacer == QLatin1String("torque"))
        return tr("Predicts when agents come free and dials as fast as the abandon rule allows.");
    if (pacer == QLatin1String("smoothtorque"))
        return tr("The original SmoothTorque algorithm: time between calls, boost and elasticity.");
    if (pacer == QLatin1String("vicidial"))
        return tr("VICIdial's adaptive dial level, counting every logged-in agent.");
    if (pacer == QLatin1String("vicidial-ready"))
        return tr("VICIdial's adaptive dial level, counting only agents waiting for a call.");
    if (pacer == QLatin1String("ratio"))
        return tr("A fixed number of lines per agent.");
    if (pacer == QLatin1String("progressive"))
        return tr("One call per free agent: never abandons, slowest.");
    return {};
}

bool PacerCatalog::isAbandonRuleKey(const QString &key)
{
    return key == Protocol::StatusKey::AbandonCap || key == QLatin1String("abandonWindowSeconds");
}

bool PacerCatalog::pacerUsesSetting(const QJsonObject &pacerSettings, const QString &pacer, const QString &key)
{
    for (auto it = pacerSettings.begin(); it != pacerSettings.end(); ++it) {
        if (it.value().toArray().contains(key))
            return it.key() == pacer;
    }
    return true;
}

QString PacerCatalog::settingDescription(const QString &key)
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("abandonAfterSeconds"),
         QT_TR_NOOP("How long a person who answered waits for an agent before the call counts as abandoned (s).")},
        {QStringLiteral("dialTimeoutSeconds"), QT_TR_NOOP("Ring time before a call counts as not answered (s).")},
        {QStringLiteral("pressOne"), QT_TR_NOOP("Only people who press 1 need an agent.")},
        {QStringLiteral("maxCps"), QT_TR_NOOP("The trunk's calls per second, if the pacer should know it (0 = unknown).")},
        {QStringLiteral("maxChannels"), QT_TR_NOOP("The trunk's channels, if the pacer should know them (0 = unknown).")},
        {QStringLiteral("shiftEndSeconds"), QT_TR_NOOP("End of the calling hours on the pacer's clock (s, 0 = unknown).")},
        {QStringLiteral("linesPerAgent"), QT_TR_NOOP("Calls placed for each free agent.")},
        {QStringLiteral("dialLevel"), QT_TR_NOOP("The starting dial level (lines per agent).")},
        {QStringLiteral("adaptiveMaximumLevel"), QT_TR_NOOP("The highest dial level the pacer may reach.")},
        {QStringLiteral("adaptiveIntensity"), QT_TR_NOOP("From -40 (cautious) to 40 (aggressive).")},
        {QStringLiteral("adaptiveDiffTarget"), QT_TR_NOOP("Waiting agents to aim for (negative: calls waiting).")},
        {QStringLiteral("adaptiveDroppedPercentage"), QT_TR_NOOP("The drop percentage the pacer must stay under.")},
        {QStringLiteral("dropMode"), QT_TR_NOOP("How the drop limit is applied: hard, tapered or average.")},
        {QStringLiteral("driveMin"), QT_TR_NOOP("The lowest target busy percentage.")},
        {QStringLiteral("driveMax"), QT_TR_NOOP("The highest target busy percentage.")},
        {QStringLiteral("expectedRate"), QT_TR_NOOP("The expected share of dials that reach an agent (0 to 1).")},
        {QStringLiteral("safetyMargin"), QT_TR_NOOP("Share of the allowed abandons kept in hand (0 to 0.9).")},
        {QStringLiteral("safetyAbandons"), QT_TR_NOOP("Abandons kept in hand at least.")},
        {QStringLiteral("minPredictiveAgents"), QT_TR_NOOP("With fewer agents logged in, dial progressively.")},
        {QStringLiteral("warmUpDials"), QT_TR_NOOP("Answered or failed dials to observe before predicting.")},
    };
    const char *text = texts.value(key, nullptr);
    return text ? tr(text) : QString();
}
