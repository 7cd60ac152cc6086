#include "engine/pacing/pacerfigures.h"

namespace {

void put(QJsonObject &o, const QString &key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
}

} // namespace

// Keys of the "figures" object of pacing_samples and engine.status.
QJsonObject PacerFigures::toJson() const
{
    QJsonObject o{{QStringLiteral("pacer"), pacer},
                  {QStringLiteral("agentsLoggedIn"), agentsLoggedIn},
                  {QStringLiteral("agentsFree"), agentsFree},
                  {QStringLiteral("callsInProgress"), callsInProgress},
                  {QStringLiteral("abandonRate"), abandonRate},
                  {QStringLiteral("windowAbandonRate"), windowAbandonRate},
                  {QStringLiteral("abandonCap"), abandonCap}};
    if (!mode.isEmpty())
        o.insert(QStringLiteral("mode"), mode);
    put(o, QStringLiteral("abandonBudget"), abandonBudget);
    put(o, QStringLiteral("dialLevel"), dialLevel);
    put(o, QStringLiteral("targetBusyPercent"), targetBusyPercent);
    put(o, QStringLiteral("busyPercent"), busyPercent);
    put(o, QStringLiteral("averageBusyPercent"), averageBusyPercent);
    put(o, QStringLiteral("weight"), weight);
    put(o, QStringLiteral("cad"), cad);
    put(o, QStringLiteral("elasticityPercent"), elasticityPercent);
    put(o, QStringLiteral("boostPercent"), boostPercent);
    put(o, QStringLiteral("msBetweenCalls"), msBetweenCalls);
    put(o, QStringLiteral("humanRateEstimate"), humanRateEstimate);
    put(o, QStringLiteral("machineRateEstimate"), machineRateEstimate);
    put(o, QStringLiteral("pressOneRateEstimate"), pressOneRateEstimate);
    put(o, QStringLiteral("ringSecondsEstimate"), ringSecondsEstimate);
    put(o, QStringLiteral("talkSecondsEstimate"), talkSecondsEstimate);
    put(o, QStringLiteral("wrapSecondsEstimate"), wrapSecondsEstimate);
    put(o, QStringLiteral("agentLeaveEstimate"), agentLeaveEstimate);
    put(o, QStringLiteral("marginalAbandonLimit"), marginalAbandonLimit);
    put(o, QStringLiteral("expectedAbandons"), expectedAbandons);
    return o;
}
