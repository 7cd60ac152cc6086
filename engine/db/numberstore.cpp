#include "engine/db/numberstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace StoreResults;

namespace {

constexpr int kMaxBatch = 10000;

QString testPhone(qint64 sequence)
{
    return QStringLiteral("555%1").arg(sequence, 7, 10, QLatin1Char('0'));
}

} // namespace

NumberStore::NumberStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{
}

Result<QList<NumberStore::Number>> NumberStore::claim(qint64 campaignId, int count, const QString &newStatus,
                                                      const QString &claimedStatus)
{
    using R = Result<QList<Number>>;
    count = qBound(1, count, kMaxBatch);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<QList<Number>>(begun);
    // The LIMIT is our own bounded integer; the values are bound.
    DbQuery select(m_db, QStringLiteral("SELECT id, phone, attempts FROM numbers WHERE campaign_id = ? AND status = ? "
                                        "ORDER BY random_order_key LIMIT %1%2")
                             .arg(count)
                             .arg(m_dialect.forUpdateSkipLocked()));
    select.bind(campaignId).bind(newStatus);
    if (const Result<Done> done = select.exec(); !done)
        return select.failure<QList<Number>>();
    QList<Number> numbers;
    while (select.next())
        numbers.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toInt()});
    select.finish();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery mark(m_db, QStringLiteral("UPDATE numbers SET status = ?, last_update = ? WHERE id = ?"));
    for (const Number &n : std::as_const(numbers)) {
        mark.bind(claimedStatus).bind(now).bind(n.id);
        if (const Result<Done> done = mark.exec(); !done)
            return passOn<QList<Number>>(done);
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<Number>>(committed);
    return R::success(numbers);
}

Result<int> NumberStore::releaseClaimed(qint64 campaignId, const QString &claimedStatus, const QString &newStatus)
{
    DbQuery release(m_db, QStringLiteral("UPDATE numbers SET status = ?, last_update = ? "
                                         "WHERE campaign_id = ? AND status = ?"));
    release.bind(newStatus).bind(QDateTime::currentMSecsSinceEpoch()).bind(campaignId).bind(claimedStatus);
    if (const Result<Done> done = release.exec(); !done)
        return passOn<int>(done);
    return Result<int>::success(release.numRowsAffected());
}

Result<QList<NumberStore::Number>> NumberStore::generate(qint64 campaignId, int count, const QString &claimedStatus)
{
    using R = Result<QList<Number>>;
    count = qBound(1, count, kMaxBatch);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<QList<Number>>(begun);
    DbQuery existing(m_db, QStringLiteral("SELECT COUNT(*) FROM numbers WHERE campaign_id = ?"));
    existing.bind(campaignId);
    if (const Result<Done> done = existing.exec(); !done)
        return existing.failure<QList<Number>>();
    const qint64 first = existing.next() ? existing.value(0).toLongLong() : 0;
    existing.finish();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Number> numbers;
    DbQuery insert(m_db, QStringLiteral("INSERT INTO numbers (campaign_id, phone, status, random_order_key, "
                                        "attempts, last_update) VALUES (?, ?, ?, ?, 0, ?)"));
    for (qint64 seq = first; seq < first + count; ++seq) {
        const QString phone = testPhone(seq);
        const qint64 key = qint64(QRandomGenerator::global()->generate64() >> 2);
        insert.bind(campaignId).bind(phone).bind(claimedStatus).bind(key).bind(now);
        if (const Result<Done> done = insert.exec(); !done)
            return passOn<QList<Number>>(done);
        numbers.append({insert.lastInsertId(), phone, 0});
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<Number>>(committed);
    return R::success(numbers);
}
