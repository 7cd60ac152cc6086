#include "engine/sim/pacing/pacescenario.h"

PaceScenario::Rates PaceScenario::ratesAt(double t) const
{
    double factor = 1.0;
    for (const DriftStep &d : drift) {
        if (d.at <= t)
            factor = d.humanRateFactor;
    }
    Rates r = rates;
    r.human *= factor;
    const double sum = r.human + r.machine + r.busy + r.congestion;
    if (sum > 1.0) {
        r.human /= sum;
        r.machine /= sum;
        r.busy /= sum;
        r.congestion /= sum;
    }
    return r;
}
