#include "engine/db/numberstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/numberstatus.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

using namespace StoreResults;

namespace {

constexpr int kMaxBatch = 10000;

QString testPhone(qint64 sequence)
{
    return QStringLiteral("555%1").arg(sequence, 7, 10, QLatin1Char('0'));
}

// "?, ?, ?" for a bound IN list.
QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

} // namespace

NumberStore::NumberStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{
}

Result<QList<NumberStore::Number>> NumberStore::claim(qint64 campaignId, qint64 runId, int count)
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
    select.bind(campaignId).bind(NumberStatus::New);
    if (const Result<Done> done = select.exec(); !done)
        return select.failure<QList<Number>>();
    QList<Number> numbers;
    while (select.next())
        numbers.append({select.value(0).toLongLong(), select.value(1).toString(), select.value(2).toInt()});
    select.finish();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery mark(m_db, QStringLiteral("UPDATE numbers SET status = ?, claim_run = ?, last_update = ? "
                                      "WHERE id = ? AND status = ?"));
    QList<Number> claimed;
    claimed.reserve(numbers.size());
    for (const Number &n : std::as_const(numbers)) {
        mark.bind(NumberStatus::Hopper).bind(runId).bind(now).bind(n.id).bind(NumberStatus::New);
        if (const Result<Done> done = mark.exec(); !done)
            return passOn<QList<Number>>(done);
        if (mark.numRowsAffected() == 1)
            claimed.append(n);
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<Number>>(committed);
    return R::success(claimed);
}

Result<QList<qint64>> NumberStore::arm(qint64 runId, const QList<qint64> &ids)
{
    using R = Result<QList<qint64>>;
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<QList<qint64>>(begun);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery mark(m_db, QStringLiteral("UPDATE numbers SET status = ?, last_update = ? "
                                      "WHERE id = ? AND status = ? AND claim_run = ?"));
    QList<qint64> armed;
    armed.reserve(ids.size());
    for (const qint64 id : ids) {
        mark.bind(NumberStatus::Dialing).bind(now).bind(id).bind(NumberStatus::Hopper).bind(runId);
        if (const Result<Done> done = mark.exec(); !done)
            return passOn<QList<qint64>>(done);
        if (mark.numRowsAffected() == 1)
            armed.append(id);
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<qint64>>(committed);
    return R::success(armed);
}

Result<int> NumberStore::releaseClaimed(qint64 campaignId, qint64 runId)
{
    DbQuery release(m_db, QStringLiteral("UPDATE numbers SET status = ?, claim_run = NULL, last_update = ? "
                                         "WHERE campaign_id = ? AND status = ? AND claim_run = ?"));
    release.bind(NumberStatus::New).bind(QDateTime::currentMSecsSinceEpoch()).bind(campaignId)
        .bind(NumberStatus::Hopper).bind(runId);
    if (const Result<Done> done = release.exec(); !done)
        return passOn<int>(done);
    return Result<int>::success(release.numRowsAffected());
}

Result<int> NumberStore::releaseArmed(qint64 runId, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return Result<int>::success(0);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<int>(begun);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery release(m_db, QStringLiteral("UPDATE numbers SET status = ?, claim_run = NULL, last_update = ? "
                                         "WHERE id = ? AND status = ? AND claim_run = ?"));
    int released = 0;
    for (const qint64 id : ids) {
        release.bind(NumberStatus::New).bind(now).bind(id).bind(NumberStatus::Dialing).bind(runId);
        if (const Result<Done> done = release.exec(); !done)
            return passOn<int>(done);
        released += release.numRowsAffected();
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<int>(committed);
    return Result<int>::success(released);
}

Result<NumberStore::Recovered> NumberStore::recover(qint64 campaignId, const QList<qint64> &liveRuns)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Recovered>(begun);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString notLive = liveRuns.isEmpty()
                                ? QString()
                                : QStringLiteral(" AND (claim_run IS NULL OR claim_run NOT IN (%1))")
                                      .arg(placeholders(liveRuns.size()));
    DbQuery claimed(m_db, QStringLiteral("UPDATE numbers SET status = ?, claim_run = NULL, last_update = ? "
                                         "WHERE campaign_id = ? AND status = ?")
                              + notLive);
    claimed.bind(NumberStatus::New).bind(now).bind(campaignId).bind(NumberStatus::Hopper);
    for (const qint64 run : liveRuns)
        claimed.bind(run);
    if (const Result<Done> done = claimed.exec(); !done)
        return passOn<Recovered>(done);
    Recovered recovered;
    recovered.released = claimed.numRowsAffected();
    DbQuery armed(m_db, QStringLiteral("UPDATE numbers SET status = ?, attempts = attempts + 1, last_update = ? "
                                       "WHERE campaign_id = ? AND status = ?")
                            + notLive);
    armed.bind(NumberStatus::Interrupted).bind(now).bind(campaignId).bind(NumberStatus::Dialing);
    for (const qint64 run : liveRuns)
        armed.bind(run);
    if (const Result<Done> done = armed.exec(); !done)
        return passOn<Recovered>(done);
    recovered.interrupted = armed.numRowsAffected();
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Recovered>(committed);
    return Result<Recovered>::success(recovered);
}

Result<QList<NumberStore::Number>> NumberStore::generate(qint64 campaignId, qint64 runId, int count)
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
    DbQuery insert(m_db, QStringLiteral("INSERT INTO numbers (campaign_id, phone, status, claim_run, random_order_key, "
                                        "attempts, last_update) VALUES (?, ?, ?, ?, ?, 0, ?)"));
    for (qint64 seq = first; seq < first + count; ++seq) {
        const QString phone = testPhone(seq);
        const qint64 key = qint64(QRandomGenerator::global()->generate64() >> 2);
        insert.bind(campaignId).bind(phone).bind(NumberStatus::Hopper).bind(runId).bind(key).bind(now);
        if (const Result<Done> done = insert.exec(); !done)
            return passOn<QList<Number>>(done);
        numbers.append({insert.lastInsertId(), phone, 0});
    }
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<Number>>(committed);
    return R::success(numbers);
}
