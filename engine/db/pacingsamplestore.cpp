#include "engine/db/pacingsamplestore.h"

#include "common/protocol.h"
#include "engine/db/dbquery.h"

#include <QJsonDocument>
#include <QJsonObject>

PacingSampleStore::PacingSampleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QJsonArray> PacingSampleStore::since(qint64 campaignId, qint64 sinceMs, int limit) const
{
    // The newest `limit` rows, read newest first and then turned around. The
    // LIMIT is our own bounded integer; the values are bound.
    DbQuery query(m_db, QStringLiteral("SELECT sampled_at, figures FROM pacing_samples WHERE campaign_id = ? "
                                       "AND sampled_at > ? ORDER BY sampled_at DESC LIMIT %1")
                            .arg(qBound(1, limit, 100000)));
    query.bind(campaignId).bind(sinceMs);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<QJsonArray>();
    QList<QJsonObject> newestFirst;
    while (query.next()) {
        QJsonObject sample = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        // The row's own time is the authority (a figure object may lack "t").
        sample.insert(Protocol::StatusKey::Time, double(query.value(0).toLongLong()));
        newestFirst << sample;
    }
    QJsonArray samples;
    for (auto it = newestFirst.crbegin(); it != newestFirst.crend(); ++it)
        samples.append(*it);
    return Result<QJsonArray>::success(samples);
}
