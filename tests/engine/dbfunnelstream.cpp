#include "tests/engine/dbfunnelstream.h"

#include "engine/db/dbfunnel.h"
#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {

const QString Category = QStringLiteral("funnel-test");

Result<Done> run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    DbQuery query(db, sql);
    for (const QVariant &value : values)
        query.bind(value);
    return query.exec();
}

QString statusFor(qint64 i)
{
    static const QString statuses[] = {QStringLiteral("answered"), QStringLiteral("busy"),
                                       QStringLiteral("noanswer"), QStringLiteral("machine"),
                                       QStringLiteral("press1")};
    return statuses[i % 5];
}

qint64 numberFor(qint64 i)
{
    return (i / 4) % DbFunnelStream::NumberCount + 1;
}

// Reads "w<i>" markers from one column; fails on a malformed or repeated one.
Result<Done> collect(const QSqlDatabase &db, const QString &sql, QSet<qint64> &seen, const char *what)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Result<Done>::failure(ErrorCode::DatabaseError, query.lastError().text());
    while (query.next()) {
        const QString marker = query.value(0).toString();
        bool ok = false;
        const qint64 i = marker.mid(1).toLongLong(&ok);
        if (!ok || !marker.startsWith(QLatin1Char('w')))
            return Result<Done>::failure(ErrorCode::Internal,
                                         QStringLiteral("unexpected %1 marker \"%2\"").arg(QLatin1String(what), marker));
        if (seen.contains(i))
            return Result<Done>::failure(ErrorCode::Internal,
                                         QStringLiteral("write %1 (%2) is in the database twice").arg(i).arg(QLatin1String(what)));
        seen.insert(i);
    }
    return Result<Done>::success({});
}

} // namespace

Result<Done> DbFunnelStream::seed(const QSqlDatabase &db)
{
    if (auto r = run(db, QStringLiteral("INSERT INTO users (id, username, password_hash, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?)"),
                     {CampaignId, QStringLiteral("funnel"), QStringLiteral("x"), 0, 0});
        !r)
        return r;
    if (auto r = run(db, QStringLiteral("INSERT INTO campaigns (id, customer_id, name, type, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                     {CampaignId, CampaignId, QStringLiteral("funnel"), QStringLiteral("test"), 0, 0});
        !r)
        return r;
    SqlTransaction transaction(db);
    if (auto r = transaction.begin(); !r)
        return r;
    constexpr int Rows = 250;
    QString sql = QStringLiteral("INSERT INTO numbers (id, campaign_id, phone, random_order_key) VALUES ");
    for (int r = 0; r < Rows; ++r)
        sql += (r ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, ?, ?, ?)");
    for (int first = 1; first <= NumberCount; first += Rows) {
        QVariantList values;
        for (int id = first; id < first + Rows; ++id)
            values << id << CampaignId << QStringLiteral("39000%1").arg(id) << id * 7919 % 1000;
        if (auto r = run(db, sql, values); !r)
            return r;
    }
    return transaction.commit();
}

Result<Done> DbFunnelStream::reset(const QSqlDatabase &db)
{
    for (const QString &sql : {QStringLiteral("DELETE FROM cdr"), QStringLiteral("DELETE FROM system_log"),
                               QStringLiteral("DELETE FROM pacing_samples"), QStringLiteral("DELETE FROM funnel_state"),
                               QStringLiteral("UPDATE numbers SET status = 'new', attempts = 0, last_update = 0")}) {
        if (auto r = run(db, sql); !r)
            return r;
    }
    return Result<Done>::success({});
}

qint64 DbFunnelStream::enqueue(DbFunnel &funnel, qint64 i)
{
    switch (i % 4) {
    case 0:
        return funnel.updateNumberStatus(numberFor(i), statusFor(i), int(i), i);
    case 1:
    case 2: {
        auto cdr = std::make_shared<CdrRecord>();
        cdr->customerId = CampaignId;
        cdr->campaignId = CampaignId;
        cdr->numberId = numberFor(i);
        cdr->phone = QStringLiteral("39000%1").arg(numberFor(i));
        cdr->engineId = QStringLiteral("test");
        cdr->uniqueId = QStringLiteral("w%1").arg(i);
        cdr->channel = QStringLiteral("Local/%1@torque").arg(i);
        cdr->startedAtMs = i;
        cdr->endedAtMs = i + 1000;
        cdr->durationMs = 1000;
        cdr->disposition = statusFor(i);
        cdr->hangupCause = 16;
        return funnel.enqueue(std::shared_ptr<const CdrRecord>(std::move(cdr)));
    }
    default: {
        SystemLogEntry entry;
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(i, Qt::UTC);
        entry.level = QStringLiteral("info");
        entry.category = Category;
        entry.message = QStringLiteral("w%1").arg(i);
        return funnel.enqueue(entry);
    }
    }
}

Result<qint64> DbFunnelStream::verify(const QSqlDatabase &db)
{
    QSet<qint64> seen;
    if (auto r = collect(db, QStringLiteral("SELECT unique_id FROM cdr WHERE engine_id = 'test'"), seen, "cdr"); !r)
        return Result<qint64>::failure(r.error(), r.detail());
    if (auto r = collect(db, QStringLiteral("SELECT message FROM system_log WHERE category = 'funnel-test'"), seen,
                         "system_log");
        !r)
        return Result<qint64>::failure(r.error(), r.detail());
    qint64 last = 0;
    for (const qint64 i : std::as_const(seen))
        last = std::max(last, i);
    for (qint64 i = 1; i <= last; ++i) {
        if (i % 4 != 0 && !seen.contains(i))
            return Result<qint64>::failure(ErrorCode::Internal,
                                           QStringLiteral("write %1 is missing, but write %2 is there").arg(i).arg(last));
    }
    // A number update right after the last insert may or may not be in.
    qint64 k = last;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, attempts, status, last_update FROM numbers WHERE campaign_id = 100")))
        return Result<qint64>::failure(ErrorCode::DatabaseError, query.lastError().text());
    QHash<qint64, qint64> attempts;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const qint64 a = query.value(1).toLongLong();
        attempts.insert(id, a);
        if (a > 0 && (query.value(2).toString() != statusFor(a) || query.value(3).toLongLong() != a))
            return Result<qint64>::failure(ErrorCode::Internal,
                                           QStringLiteral("number %1 has a torn update (attempts %2, status %3)")
                                               .arg(id)
                                               .arg(a)
                                               .arg(query.value(2).toString()));
    }
    const qint64 next = last + 1;
    if (next % 4 == 0 && attempts.value(numberFor(next)) == next)
        k = next;
    for (qint64 id = 1; id <= NumberCount; ++id) {
        // The last update of this number at or before k: write 4m updates
        // number m % NumberCount + 1.
        qint64 expected = 0;
        const qint64 mMax = k / 4;
        const qint64 m = mMax - (((mMax - (id - 1)) % NumberCount) + NumberCount) % NumberCount;
        if (m >= 1)
            expected = 4 * m;
        if (attempts.value(id) != expected)
            return Result<qint64>::failure(ErrorCode::Internal,
                                           QStringLiteral("number %1 has attempts %2, expected %3 after write %4")
                                               .arg(id)
                                               .arg(attempts.value(id))
                                               .arg(expected)
                                               .arg(k));
    }
    return Result<qint64>::success(k);
}
