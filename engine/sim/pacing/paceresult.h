#pragma once

#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <vector>

// One scenario run with one pacer: the figures torque-pacesim prints.
struct PaceResult final
{
    QString scenario;
    QString pacer;
    quint64 seed = 0;
    double occupancy = 0;          // (talk + wrap) / logged-in time
    double abandonRate = 0;        // abandoned / humans that needed an agent
    double meanWaitSeconds = 0;    // agent wait between calls
    double p95WaitSeconds = 0;
    qint64 dialed = 0;
    qint64 humanAnswered = 0;      // answered by a person (AMD: human)
    qint64 humansNeedingAgent = 0; // press-1: those who pressed 1
    qint64 abandoned = 0;
    int peakCps = 0;
    int peakChannels = 0;
    double abandonCap = 0;
    // Held when abandoned <= cap x humans needing an agent.
    bool heldCap() const;
    double wallSeconds = 0;
    std::vector<QJsonObject> trace; // the pacer's figures now and then (--trace)

    // The keys of torque-pacesim --json.
    QJsonObject toJson() const;
};
