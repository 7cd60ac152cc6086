#include "engine/db/campaignstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

using namespace StoreResults;

namespace {

const QString kWhat = QStringLiteral("campaign");

// runId: the campaign's latest run, if any.
const QString kSelect = QStringLiteral(
    "SELECT c.id, c.customer_id, c.name, c.description, c.type, c.status, c.max_connected, c.trunk_id, "
    "c.settings, (SELECT MAX(r.id) FROM campaign_runs r WHERE r.campaign_id = c.id) FROM campaigns c");

// Pacing and type options live in campaigns.settings as one JSON object.
QString settingsJson(const Campaign &c)
{
    const QJsonObject settings{{QStringLiteral("pacer"), c.pacer},
                               {QStringLiteral("pacing"), c.pacing},
                               {QStringLiteral("wrapUpSeconds"), c.wrapUpSeconds},
                               {QStringLiteral("safeHarbourMessage"), c.safeHarbourMessage}};
    return QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
}

void readSettings(Campaign &c, const QString &json)
{
    const QJsonObject settings = QJsonDocument::fromJson(json.toUtf8()).object();
    c.pacer = settings.value(QStringLiteral("pacer")).toString(c.pacer);
    c.pacing = settings.value(QStringLiteral("pacing")).toObject();
    c.wrapUpSeconds = settings.value(QStringLiteral("wrapUpSeconds")).toDouble(c.wrapUpSeconds);
    c.safeHarbourMessage = settings.value(QStringLiteral("safeHarbourMessage")).toString(c.safeHarbourMessage);
}

Campaign campaignFromRow(const DbQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.description = q.value(3).toString();
    c.type = Campaign::typeFromName(q.value(4).toString()).value_or(Campaign::Type::LoadSimulation);
    c.status = Campaign::statusFromName(q.value(5).toString()).value_or(Campaign::Status::Stopped);
    c.maxConnected = q.value(6).toInt();
    if (!q.value(7).isNull())
        c.trunkId = q.value(7).toLongLong();
    readSettings(c, q.value(8).toString());
    c.runId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    return c;
}

// A null QString would be bound as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

Result<QList<Campaign>> readAll(DbQuery &query)
{
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<QList<Campaign>>();
    QList<Campaign> campaigns;
    while (query.next())
        campaigns << campaignFromRow(query);
    sortByName(campaigns);
    return Result<QList<Campaign>>::success(campaigns);
}

} // namespace

CampaignStore::CampaignStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{
}

Result<QList<Campaign>> CampaignStore::list(std::optional<qint64> customerId) const
{
    if (!customerId) {
        DbQuery query(m_db, kSelect);
        return readAll(query);
    }
    DbQuery query(m_db, kSelect + QStringLiteral(" WHERE c.customer_id = ?"));
    query.bind(*customerId);
    return readAll(query);
}

Result<Campaign> CampaignStore::find(qint64 id) const
{
    const Result<std::optional<Campaign>> found = fetch(id);
    if (!found)
        return passOn<Campaign>(found);
    if (!found.value())
        return notFound<Campaign>(kWhat, id);
    return Result<Campaign>::success(*found.value());
}

Result<Campaign> CampaignStore::add(const Campaign &campaign)
{
    if (const Result<Done> valid = campaign.validate(); !valid)
        return passOn<Campaign>(valid);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Campaign>(begun);
    const Result<std::optional<qint64>> existing = idByName(campaign.customerId, campaign.name);
    if (!existing)
        return passOn<Campaign>(existing);
    if (existing.value())
        return nameTaken<Campaign>(kWhat, campaign.name);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery insert(m_db, QStringLiteral("INSERT INTO campaigns (customer_id, name, description, type, status, "
                                        "max_connected, trunk_id, settings, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(campaign.customerId).bind(campaign.name).bind(notNull(campaign.description));
    insert.bind(Campaign::typeName(campaign.type)).bind(Campaign::statusName(Campaign::Status::Stopped));
    insert.bind(campaign.maxConnected).bind(nullableId(campaign.trunkId)).bind(settingsJson(campaign));
    insert.bind(now).bind(now);
    if (const Result<Done> done = insert.exec(); !done) {
        if (done.error() == ErrorCode::Conflict)
            return nameTaken<Campaign>(kWhat, campaign.name);
        return passOn<Campaign>(done);
    }
    const Result<Campaign> stored = find(insert.lastInsertId());
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Campaign>(committed);
    return stored;
}

Result<Campaign> CampaignStore::update(const Campaign &campaign)
{
    if (const Result<Done> valid = campaign.validate(); !valid)
        return passOn<Campaign>(valid);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Campaign>(begun);
    const Result<Campaign> current = find(campaign.id);
    if (!current)
        return current;
    if (current.value().status == Campaign::Status::Running)
        return Result<Campaign>::failure(ErrorCode::Conflict, QStringLiteral("stop the campaign before changing it"));
    const Result<std::optional<qint64>> existing = idByName(current.value().customerId, campaign.name);
    if (!existing)
        return passOn<Campaign>(existing);
    if (existing.value() && *existing.value() != campaign.id)
        return nameTaken<Campaign>(kWhat, campaign.name);

    DbQuery save(m_db, QStringLiteral("UPDATE campaigns SET name = ?, description = ?, type = ?, max_connected = ?, "
                                      "trunk_id = ?, settings = ?, updated_at = ? WHERE id = ? AND status = ?"));
    save.bind(campaign.name).bind(notNull(campaign.description)).bind(Campaign::typeName(campaign.type));
    save.bind(campaign.maxConnected).bind(nullableId(campaign.trunkId)).bind(settingsJson(campaign));
    save.bind(QDateTime::currentMSecsSinceEpoch()).bind(campaign.id);
    save.bind(Campaign::statusName(Campaign::Status::Stopped));
    if (const Result<Done> done = save.exec(); !done) {
        if (done.error() == ErrorCode::Conflict)
            return nameTaken<Campaign>(kWhat, campaign.name);
        return passOn<Campaign>(done);
    }
    if (save.numRowsAffected() == 0) // started by another engine meanwhile
        return Result<Campaign>::failure(ErrorCode::Conflict, QStringLiteral("stop the campaign before changing it"));
    const Result<Campaign> stored = find(campaign.id);
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Campaign>(committed);
    return stored;
}

Result<Done> CampaignStore::remove(qint64 id)
{
    if (const Result<Done> stopped = checkStopped(id); !stopped)
        return stopped;
    DbQuery remove(m_db, QStringLiteral("DELETE FROM campaigns WHERE id = ? AND status = ?"));
    remove.bind(id).bind(Campaign::statusName(Campaign::Status::Stopped));
    if (const Result<Done> done = remove.exec(); !done)
        return done;
    if (remove.numRowsAffected() == 0)
        return Result<Done>::failure(ErrorCode::Conflict, QStringLiteral("stop the campaign before removing it"));
    return Result<Done>::success({});
}

Result<qint64> CampaignStore::startRun(qint64 campaignId, const QString &engineId, std::optional<qint64> startedBy,
                                       qint64 leaseUntilMs, bool resume)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<qint64>(begun);
    const Result<Campaign> current = find(campaignId);
    if (!current)
        return passOn<qint64>(current);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The claim: stopped, or running under a lapsed lease (or ours, on resume).
    const QString ours = resume ? QStringLiteral(" OR lease_owner = ?") : QString();
    DbQuery claim(m_db, QStringLiteral("UPDATE campaigns SET status = ?, lease_owner = ?, lease_expires_at = ? "
                                       "WHERE id = ? AND (status = ? OR lease_expires_at IS NULL "
                                       "OR lease_expires_at < ?%1)").arg(ours));
    claim.bind(Campaign::statusName(Campaign::Status::Running)).bind(engineId).bind(leaseUntilMs).bind(campaignId);
    claim.bind(Campaign::statusName(Campaign::Status::Stopped)).bind(now);
    if (resume)
        claim.bind(engineId);
    if (const Result<Done> done = claim.exec(); !done)
        return passOn<qint64>(done);
    if (claim.numRowsAffected() == 0)
        return Result<qint64>::failure(ErrorCode::Conflict, QStringLiteral("the campaign is already running"));

    // A run an engine never closed (it died) ends where the new one starts.
    DbQuery interrupted(m_db, QStringLiteral("UPDATE campaign_runs SET stopped_at = ?, stop_reason = ? "
                                             "WHERE campaign_id = ? AND stopped_at IS NULL"));
    interrupted.bind(now).bind(QStringLiteral("interrupted")).bind(campaignId);
    if (const Result<Done> done = interrupted.exec(); !done)
        return passOn<qint64>(done);

    DbQuery run(m_db, QStringLiteral("INSERT INTO campaign_runs (campaign_id, engine_id, started_by, started_at) "
                                     "VALUES (?, ?, ?, ?)"));
    run.bind(campaignId).bind(engineId).bind(nullableId(startedBy)).bind(now);
    if (const Result<Done> done = run.exec(); !done)
        return passOn<qint64>(done);
    const qint64 runId = run.lastInsertId();
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<qint64>(committed);
    return Result<qint64>::success(runId);
}

Result<QList<qint64>> CampaignStore::renewLeases(const QString &engineId, const QList<qint64> &campaignIds,
                                                 qint64 leaseUntilMs)
{
    QList<qint64> lost;
    DbQuery renew(m_db, QStringLiteral("UPDATE campaigns SET lease_expires_at = ? "
                                       "WHERE id = ? AND lease_owner = ? AND status = ?"));
    for (const qint64 id : campaignIds) {
        renew.bind(leaseUntilMs).bind(id).bind(engineId).bind(Campaign::statusName(Campaign::Status::Running));
        if (const Result<Done> done = renew.exec(); !done)
            return passOn<QList<qint64>>(done);
        // MariaDB counts changed rows: an unchanged expiry would read as 0,
        // but leaseUntilMs moves on every renewal.
        if (renew.numRowsAffected() == 0)
            lost << id;
    }
    return Result<QList<qint64>>::success(lost);
}

Result<Done> CampaignStore::closeRun(qint64 runId, const QString &reason, const RunTotals &totals)
{
    DbQuery run(m_db, QStringLiteral("UPDATE campaign_runs SET stopped_at = ?, stop_reason = ?, calls_placed = ?, "
                                     "calls_answered = ?, calls_connected = ?, calls_abandoned = ? WHERE id = ?"));
    run.bind(QDateTime::currentMSecsSinceEpoch()).bind(reason.left(100)).bind(totals.placed);
    run.bind(totals.answered).bind(totals.connected).bind(totals.abandoned).bind(runId);
    return run.exec();
}

Result<Done> CampaignStore::finishRun(qint64 campaignId, qint64 runId, const QString &reason,
                                      const RunTotals &totals)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return begun;
    if (const Result<Done> closed = closeRun(runId, reason, totals); !closed)
        return closed;
    DbQuery stop(m_db, QStringLiteral("UPDATE campaigns SET status = ?, lease_owner = NULL, lease_expires_at = NULL, "
                                      "updated_at = ? WHERE id = ?"));
    stop.bind(Campaign::statusName(Campaign::Status::Stopped)).bind(QDateTime::currentMSecsSinceEpoch());
    stop.bind(campaignId);
    if (const Result<Done> done = stop.exec(); !done)
        return done;
    return transaction.commit();
}

Result<QList<Campaign>> CampaignStore::resumable(const QString &engineId, qint64 nowMs) const
{
    DbQuery query(m_db, kSelect + QStringLiteral(" WHERE c.status = ? AND (c.lease_owner = ? "
                                                 "OR c.lease_expires_at IS NULL OR c.lease_expires_at < ?)"));
    query.bind(Campaign::statusName(Campaign::Status::Running)).bind(engineId).bind(nowMs);
    return readAll(query);
}

Result<std::optional<Campaign>> CampaignStore::fetch(qint64 id) const
{
    using R = Result<std::optional<Campaign>>;
    DbQuery query(m_db, kSelect + QStringLiteral(" WHERE c.id = ?"));
    query.bind(id);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<Campaign>>();
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(campaignFromRow(query));
}

Result<std::optional<qint64>> CampaignStore::idByName(qint64 customerId, const QString &name) const
{
    using R = Result<std::optional<qint64>>;
    DbQuery query(m_db, QStringLiteral("SELECT id FROM campaigns WHERE customer_id = ? AND name = ?"));
    query.bind(customerId).bind(name);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<qint64>>();
    if (!query.next())
        return R::success(std::nullopt);
    return R::success(query.value(0).toLongLong());
}

Result<Done> CampaignStore::checkStopped(qint64 id) const
{
    const Result<std::optional<Campaign>> found = fetch(id);
    if (!found)
        return passOn<Done>(found);
    if (!found.value())
        return notFound<Done>(kWhat, id);
    if (found.value()->status == Campaign::Status::Running)
        return Result<Done>::failure(ErrorCode::Conflict, QStringLiteral("stop the campaign before removing it"));
    return Result<Done>::success({});
}
