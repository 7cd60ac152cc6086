#pragma once

#include "common/result.h"

#include <QJsonArray>
#include <QSqlDatabase>

// Reads pacing_samples: the status figures engines store every 10 s, so that
// a console connected to one engine can see the recent graph of a campaign
// another engine runs.
class PacingSampleStore final
{
public:
    explicit PacingSampleStore(QSqlDatabase db);

    // The campaign's samples taken after sinceMs, oldest first (at most `limit`).
    Result<QJsonArray> since(qint64 campaignId, qint64 sinceMs, int limit = 720) const;

private:
    QSqlDatabase m_db;
};
