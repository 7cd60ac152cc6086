#include "engine/pacing/pacerfactory.h"

#include "engine/pacing/progressivepacer.h"
#include "engine/pacing/ratiopacer.h"
#include "engine/pacing/smoothtorquepacer.h"
#include "engine/pacing/torquepacer.h"
#include "engine/pacing/vicidialpacer.h"

std::unique_ptr<Pacer> PacerFactory::create(const QString &name, const PacerSettings &settings)
{
    if (name == QLatin1String("progressive"))
        return std::make_unique<ProgressivePacer>(settings);
    if (name == QLatin1String("ratio"))
        return std::make_unique<RatioPacer>(settings);
    if (name == QLatin1String("vicidial"))
        return std::make_unique<VicidialPacer>(settings, VicidialPacer::Tally::ReadyOrInCall);
    if (name == QLatin1String("vicidial-ready"))
        return std::make_unique<VicidialPacer>(settings, VicidialPacer::Tally::ReadyOnly);
    if (name == QLatin1String("smoothtorque"))
        return std::make_unique<SmoothTorquePacer>(settings);
    if (name == QLatin1String("torque"))
        return std::make_unique<TorquePacer>(settings);
    return nullptr;
}

QStringList PacerFactory::ownSettings(const QString &name)
{
    if (name == QLatin1String("ratio"))
        return {QStringLiteral("linesPerAgent")};
    if (name == QLatin1String("vicidial") || name == QLatin1String("vicidial-ready"))
        return {QStringLiteral("dialLevel"), QStringLiteral("adaptiveMaximumLevel"),
                QStringLiteral("adaptiveIntensity"), QStringLiteral("adaptiveDiffTarget"),
                QStringLiteral("adaptiveDroppedPercentage"), QStringLiteral("dropMode")};
    if (name == QLatin1String("smoothtorque"))
        return {QStringLiteral("driveMin"), QStringLiteral("driveMax"), QStringLiteral("expectedRate")};
    if (name == QLatin1String("torque"))
        return {QStringLiteral("safetyMargin"), QStringLiteral("safetyAbandons"),
                QStringLiteral("minPredictiveAgents"), QStringLiteral("warmUpDials")};
    return {};
}

QStringList PacerFactory::names()
{
    return {QStringLiteral("progressive"), QStringLiteral("ratio"),        QStringLiteral("vicidial"),
            QStringLiteral("vicidial-ready"), QStringLiteral("smoothtorque"), QStringLiteral("torque")};
}
