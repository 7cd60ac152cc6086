#pragma once

#include "engine/sim/pacing/simdistribution.h"

#include <QString>

#include <optional>
#include <vector>

// One call-centre shift for torque-pacesim, as bench/pacing/README.md
// defines the format (ScenarioParser reads it).
struct PaceScenario final
{
    struct AgentStep final
    {
        double at = 0;
        int count = 0;
    };
    struct DriftStep final
    {
        double at = 0;
        double humanRateFactor = 1;
    };
    struct Rates final
    {
        double human = 0;
        double machine = 0;
        double busy = 0;
        double congestion = 0;
    };

    QString name;
    QString file;
    quint64 seed = 0;
    double durationSeconds = 0;
    std::vector<AgentStep> agents;
    Rates rates;
    SimDistribution ringSeconds = SimDistribution::fixed(0);
    double noAnswerTimeoutSeconds = 0;
    SimDistribution talkSeconds = SimDistribution::fixed(0);
    SimDistribution wrapSeconds = SimDistribution::fixed(0);
    double amdSeconds = 0;
    std::optional<double> press1Rate;
    SimDistribution messageSeconds = SimDistribution::fixed(0);
    double abandonAfterSeconds = 2.0;
    std::vector<DriftStep> drift;
    double maxCps = 0;
    int maxChannels = 0;
    double abandonCap = 0.03;

    // The outcome rates in force at `t`: the drift factor multiplies the
    // base human rate; if the rates then pass 1 they are scaled to sum to 1
    // (no-answer is then 0).
    Rates ratesAt(double t) const;
};
