#include "engine/sim/pacing/paceresult.h"

QJsonObject PaceResult::toJson() const
{
    return QJsonObject{{QStringLiteral("scenario"), scenario},
                       {QStringLiteral("pacer"), pacer},
                       {QStringLiteral("occupancy"), occupancy},
                       {QStringLiteral("abandonRate"), abandonRate},
                       {QStringLiteral("meanWaitSeconds"), meanWaitSeconds},
                       {QStringLiteral("p95WaitSeconds"), p95WaitSeconds},
                       {QStringLiteral("dialed"), dialed},
                       {QStringLiteral("humanAnswered"), humanAnswered},
                       {QStringLiteral("abandoned"), abandoned},
                       {QStringLiteral("peakCps"), peakCps},
                       {QStringLiteral("peakChannels"), peakChannels}};
}

bool PaceResult::heldCap() const
{
    return double(abandoned) <= abandonCap * double(humansNeedingAgent) + 1e-9;
}
