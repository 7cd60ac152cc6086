#include "engine/db/numberstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/numberstatus.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

using namespace StoreResults;

namespace {

constexpr int kMaxBatch = 10000;

QString testPhone(qint64 sequence)
{
    return QStringLiteral("555%1").arg(sequence, 7, 10, QLatin1Char('0'));
}

// "?, ?, ?" for a bound IN list.
QString bindMarks(qsizetype count)
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

    QList<qint64> ids;
    ids.reserve(numbers.size());
    for (const Number &n : std::as_const(numbers))
        ids.append(n.id);
    const Result<QList<qint64>> moved = moveEach(ids, {NumberStatus::New, 0, NumberStatus::Hopper, runId});
    if (!moved)
        return passOn<QList<Number>>(moved);
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<Number>>(committed);
    // A row another engine took between the SELECT and the UPDATE is left out.
    const QSet<qint64> claimed(moved.value().cbegin(), moved.value().cend());
    numbers.removeIf([&claimed](const Number &n) { return !claimed.contains(n.id); });
    return R::success(numbers);
}

Result<QList<qint64>> NumberStore::arm(qint64 runId, const QList<qint64> &ids)
{
    return moveEachAtOnce(ids, {NumberStatus::Hopper, runId, NumberStatus::Dialing, runId});
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
    const Result<QList<qint64>> released = moveEachAtOnce(ids, {NumberStatus::Dialing, runId, NumberStatus::New, 0});
    if (!released)
        return passOn<int>(released);
    return Result<int>::success(int(released.value().size()));
}

Result<QList<qint64>> NumberStore::moveEach(const QList<qint64> &ids, const Step &step)
{
    DbQuery move(m_db, QStringLiteral("UPDATE numbers SET status = ?, claim_run = ?, last_update = ? "
                                      "WHERE id = ? AND status = ?")
                           + (step.fromRun != 0 ? QStringLiteral(" AND claim_run = ?") : QString()));
    const QVariant toRun = step.toRun != 0 ? QVariant(step.toRun) : QVariant(QMetaType::fromType<qlonglong>());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> moved;
    moved.reserve(ids.size());
    for (const qint64 id : ids) {
        move.bind(step.to).bind(toRun).bind(now).bind(id).bind(step.from);
        if (step.fromRun != 0)
            move.bind(step.fromRun);
        if (const Result<Done> done = move.exec(); !done)
            return passOn<QList<qint64>>(done);
        if (move.numRowsAffected() == 1)
            moved.append(id);
    }
    return Result<QList<qint64>>::success(moved);
}

Result<QList<qint64>> NumberStore::moveEachAtOnce(const QList<qint64> &ids, const Step &step)
{
    if (ids.isEmpty())
        return Result<QList<qint64>>::success({});
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<QList<qint64>>(begun);
    const Result<QList<qint64>> moved = moveEach(ids, step);
    if (!moved)
        return moved;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<QList<qint64>>(committed);
    return moved;
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
                                      .arg(bindMarks(liveRuns.size()));
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
