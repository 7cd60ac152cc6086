#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// A campaign (manual, "Campaigns"): what to dial, how fast, through which
// trunk. Load Simulation is the first type; the others extend this record.
// The pacing object holds PacerSettings keys, which the engine validates.
struct Campaign final
{
    enum class Type { LoadSimulation };
    enum class Status { Stopped, Running };

    static constexpr qsizetype MaxNameLength = 100;
    static constexpr qsizetype MaxDescriptionLength = 500;
    static constexpr int MaxConnectedLimit = 10000;
    static constexpr double MaxWrapUpSeconds = 3600.0;
    static constexpr qsizetype MaxSoundNameLength = 100;
    static inline const QString DefaultSafeHarbourMessage = QStringLiteral("custom/safe-harbour");

    qint64 id = 0;
    qint64 customerId = 0;             // the owner (a customer, or the admin who made it)
    QString name;
    QString description;
    Type type = Type::LoadSimulation;
    Status status = Status::Stopped;
    int maxConnected = 1;              // load simulation: the simulated agents
    std::optional<qint64> trunkId;     // empty: the default trunk
    QString pacer = QStringLiteral("torque");
    QJsonObject pacing;                // PacerSettings keys
    double wrapUpSeconds = 5.0;        // load simulation: an agent's wrap-up after each call
    // The recording an abandoned caller hears: a sound on the voice nodes
    // (Asterisk's sounds directory, no extension), e.g. custom/safe-harbour.
    QString safeHarbourMessage = DefaultSafeHarbourMessage;
    qint64 runId = 0;                  // the current (or last) run, 0 = never started

    QJsonObject toJson() const;
    // Reads and validates the editable fields (not id, status, runId; customerId optional).
    static Result<Campaign> fromJson(const QJsonObject &data);
    Result<Done> validate() const;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);
    static QString statusName(Status status);
    static std::optional<Status> statusFromName(const QString &name);
    // Letters, digits, _ - . and / (not "..", not leading /): a sound path
    // relative to the node's sounds directory, safe on an AMI line.
    static bool isValidSoundName(const QString &name);

    bool operator==(const Campaign &) const = default;
};
