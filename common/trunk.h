#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

// A way of placing calls through the voice nodes (manual, "Trunks").
struct Trunk final
{
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr double MaxCpsLimit = 10000.0;
    static constexpr qint64 MaxChannelsLimit = 1000000;

    qint64 id = 0;
    QString name;
    QString dialString;
    double maxCps = 1.0;     // may be fractional: 0.1 is one call every 10 s
    qint64 maxChannels = 1;
    bool isDefault = false;

    QJsonObject toJson() const;
    // Reads and validates the editable fields (name, dialString, maxCps, maxChannels).
    static Result<Trunk> fromJson(const QJsonObject &data);
    // Checks every rule on a trunk built in code (the same rules as fromJson).
    Result<Done> validate() const;

    bool operator==(const Trunk &) const = default;
};
