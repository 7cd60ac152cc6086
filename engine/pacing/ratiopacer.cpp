#include "engine/pacing/ratiopacer.h"

#include <cmath>

RatioPacer::RatioPacer(const PacerSettings &settings)
    : Pacer(settings)
{
}

QString RatioPacer::name() const
{
    return QStringLiteral("ratio");
}

int RatioPacer::decide(double)
{
    const int wanted = int(std::ceil(settings().linesPerAgent * state().freeAgents() - 1e-9));
    return wanted - state().pendingCalls();
}

PacerFigures RatioPacer::figures() const
{
    PacerFigures f = baseFigures();
    f.mode = QStringLiteral("ratio");
    f.dialLevel = settings().linesPerAgent;
    return f;
}
