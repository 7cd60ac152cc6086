#include "engine/pacing/progressivepacer.h"

ProgressivePacer::ProgressivePacer(const PacerSettings &settings)
    : Pacer(settings)
{
}

QString ProgressivePacer::name() const
{
    return QStringLiteral("progressive");
}

int ProgressivePacer::decide(double)
{
    return progressiveCalls();
}

PacerFigures ProgressivePacer::figures() const
{
    PacerFigures f = baseFigures();
    f.mode = QStringLiteral("progressive");
    f.dialLevel = 1.0;
    return f;
}
