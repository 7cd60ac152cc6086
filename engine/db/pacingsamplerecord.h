#pragma once

#include <QJsonObject>
#include <QString>

// One row of pacing_samples: the pacer's figures for a campaign at one moment,
// which consoles connected to other engines read to show live figures. The
// JSON object is serialised on the funnel's thread, not the caller's.
struct PacingSampleRecord final
{
    qint64 campaignId = 0;
    QString engineId;        // 100
    qint64 sampledAtMs = 0;  // UTC milliseconds since the epoch
    QJsonObject figures;

    bool operator==(const PacingSampleRecord &) const = default;
};
