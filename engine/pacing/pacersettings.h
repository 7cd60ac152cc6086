#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A campaign's pacing options, shared by every pacer (each reads its own).
// Only what the engine itself knows: its own settings and the trunk's limits,
// never the simulator's scenario. Keys (set(), fromJson()) are the member names.
struct PacerSettings final
{
    enum class DropMode { HardLimit, Tapered, Average };

    // The abandon rule the campaign must honour.
    double abandonCap = 0.03;
    double abandonWindowSeconds = 30.0 * 86400.0; // 86400 for the UK's 24 h
    double abandonAfterSeconds = 2.0;             // how long a human waits for an agent
    // The engine's own dialling set-up.
    double dialTimeoutSeconds = 25.0;             // no answer after this
    bool pressOne = false;                        // only humans who press 1 need an agent
    double maxCps = 0;                            // trunk limits, 0 = unknown
    int maxChannels = 0;
    double shiftEndSeconds = 0;                   // end of calling hours on the pacer's clock, 0 = unknown

    // ratio
    double linesPerAgent = 2.0;
    // vicidial, vicidial-ready (AST_VDadapt.pl's campaign fields)
    double dialLevel = 1.0;
    double adaptiveMaximumLevel = 3.0;
    double adaptiveIntensity = 0.0;               // -40..40
    double adaptiveDiffTarget = 0.0;
    double adaptiveDroppedPercentage = 3.0;
    DropMode dropMode = DropMode::HardLimit;
    // smoothtorque
    double driveMin = 43.0;
    double driveMax = 61.0;
    double expectedRate = 0.10;                   // expected fraction of dials reaching an agent
    // torque
    double safetyMargin = 0.02;                   // keep at least this share of the allowed abandons in hand...
    double safetyAbandons = 1.0;                  // ...and at least this many (besides a standard deviation)
    int minPredictiveAgents = 1;                  // fewer logged in: progressive
    int warmUpDials = 30;                         // resolved dials before predicting

    // key=value, as text (command line, INI); the error names the key.
    Result<Done> set(const QString &key, const QString &value);
    static Result<PacerSettings> fromJson(const QJsonObject &object);
    static QStringList keys();
    // Every key with its value, as fromJson() reads them back.
    QJsonObject toJson() const;
};
