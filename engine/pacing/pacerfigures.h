#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// A pacer's live figures for the engine status and pacing_samples: each pacer
// fills what it has and leaves the rest empty (left out of the JSON).
struct PacerFigures final
{
    QString pacer;
    QString mode;                              // e.g. "predictive", "progressive", "warm-up"
    int agentsLoggedIn = 0;
    int agentsFree = 0;
    int callsInProgress = 0;
    double abandonRate = 0;                    // whole run, fraction
    double windowAbandonRate = 0;              // rolling window, fraction
    double abandonCap = 0;
    std::optional<double> abandonBudget;       // abandons still allowed at the target rate
    std::optional<double> dialLevel;           // lines per agent (ratio, vicidial)
    std::optional<double> targetBusyPercent;   // smoothtorque
    std::optional<double> busyPercent;
    std::optional<double> averageBusyPercent;
    std::optional<double> weight;
    std::optional<double> cad;
    std::optional<double> elasticityPercent;
    std::optional<double> boostPercent;
    std::optional<double> msBetweenCalls;
    std::optional<double> humanRateEstimate;   // torque's live estimates
    std::optional<double> machineRateEstimate;
    std::optional<double> pressOneRateEstimate;
    std::optional<double> ringSecondsEstimate;
    std::optional<double> talkSecondsEstimate;
    std::optional<double> wrapSecondsEstimate;
    std::optional<double> agentLeaveEstimate;
    std::optional<double> marginalAbandonLimit;
    std::optional<double> expectedAbandons;    // in the pacer's horizon

    QJsonObject toJson() const;
};
