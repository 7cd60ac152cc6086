#include "engine/db/trunkstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>

using namespace StoreResults;

namespace {

const QString kWhat = QStringLiteral("trunk");

const QString Columns = QStringLiteral("id, name, dial_string, max_cps, max_channels, is_default");

Trunk trunkFromRow(const DbQuery &query)
{
    Trunk trunk;
    trunk.id = query.value(0).toLongLong();
    trunk.name = query.value(1).toString();
    trunk.dialString = query.value(2).toString();
    trunk.maxCps = query.value(3).toDouble();
    trunk.maxChannels = query.value(4).toLongLong();
    trunk.isDefault = query.value(5).toBool();
    return trunk;
}

} // namespace

TrunkStore::TrunkStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_dialect(SqlDialect::forDatabase(m_db))
{
}

Result<QList<Trunk>> TrunkStore::list() const
{
    DbQuery query(m_db, QStringLiteral("SELECT %1 FROM trunks").arg(Columns));
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<QList<Trunk>>();
    QList<Trunk> trunks;
    while (query.next())
        trunks << trunkFromRow(query);
    sortByName(trunks);
    return Result<QList<Trunk>>::success(trunks);
}

Result<Trunk> TrunkStore::find(qint64 id) const
{
    const Result<std::optional<Trunk>> found = fetch(id);
    if (!found)
        return passOn<Trunk>(found);
    if (!found.value())
        return notFound<Trunk>(kWhat, id);
    return Result<Trunk>::success(*found.value());
}

Result<Trunk> TrunkStore::add(const Trunk &trunk)
{
    if (const Result<Done> valid = trunk.validate(); !valid)
        return passOn<Trunk>(valid);

    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Trunk>(begun);
    if (const Result<Done> locked = lockTable(); !locked)
        return passOn<Trunk>(locked);

    const Result<std::optional<qint64>> existing = idByName(trunk.name);
    if (!existing)
        return passOn<Trunk>(existing);
    if (existing.value())
        return nameTaken<Trunk>(kWhat, trunk.name);

    DbQuery count(m_db, QStringLiteral("SELECT COUNT(*) FROM trunks"));
    if (const Result<Done> done = count.exec(); !done)
        return passOn<Trunk>(done);
    const bool first = count.next() && count.value(0).toLongLong() == 0;
    count.finish();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery insert(m_db, QStringLiteral("INSERT INTO trunks (name, dial_string, max_cps, max_channels, "
                                        "is_default, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(trunk.name).bind(trunk.dialString).bind(trunk.maxCps).bind(trunk.maxChannels);
    insert.bind(first).bind(now).bind(now);
    if (const Result<Done> done = insert.exec(); !done) {
        // Only reachable if the lock above did not cover a racing writer.
        if (done.error() == ErrorCode::Conflict)
            return nameTaken<Trunk>(kWhat, trunk.name);
        return passOn<Trunk>(done);
    }
    const qint64 id = insert.lastInsertId();
    const Result<Trunk> stored = find(id);
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Trunk>(committed);
    return stored;
}

Result<Trunk> TrunkStore::update(const Trunk &trunk)
{
    if (const Result<Done> valid = trunk.validate(); !valid)
        return passOn<Trunk>(valid);

    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Trunk>(begun);
    if (const Result<Done> locked = lockTable(); !locked)
        return passOn<Trunk>(locked);

    const Result<std::optional<Trunk>> current = fetch(trunk.id);
    if (!current)
        return passOn<Trunk>(current);
    if (!current.value())
        return notFound<Trunk>(kWhat, trunk.id);
    const Result<std::optional<qint64>> existing = idByName(trunk.name);
    if (!existing)
        return passOn<Trunk>(existing);
    if (existing.value() && *existing.value() != trunk.id)
        return nameTaken<Trunk>(kWhat, trunk.name);

    DbQuery save(m_db, QStringLiteral("UPDATE trunks SET name = ?, dial_string = ?, max_cps = ?, "
                                      "max_channels = ?, updated_at = ? WHERE id = ?"));
    save.bind(trunk.name).bind(trunk.dialString).bind(trunk.maxCps).bind(trunk.maxChannels);
    save.bind(QDateTime::currentMSecsSinceEpoch()).bind(trunk.id);
    if (const Result<Done> done = save.exec(); !done) {
        if (done.error() == ErrorCode::Conflict)
            return nameTaken<Trunk>(kWhat, trunk.name);
        return passOn<Trunk>(done);
    }
    const Result<Trunk> stored = find(trunk.id);
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Trunk>(committed);
    return stored;
}

Result<Done> TrunkStore::remove(qint64 id)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return begun;
    if (const Result<Done> locked = lockTable(); !locked)
        return locked;

    const Result<std::optional<Trunk>> current = fetch(id);
    if (!current)
        return passOn<Done>(current);
    if (!current.value())
        return notFound<Done>(kWhat, id);
    const Trunk &trunk = *current.value();

    DbQuery users(m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE trunk_id = ?"));
    users.bind(id);
    if (const Result<Done> done = users.exec(); !done)
        return done;
    const qint64 userCount = users.next() ? users.value(0).toLongLong() : 0;
    users.finish();
    if (userCount > 0)
        return Result<Done>::failure(ErrorCode::Conflict,
                                     QStringLiteral("the trunk \"%1\" is used by %2 customer(s); give "
                                                    "them another trunk first")
                                         .arg(trunk.name, QString::number(userCount)));

    if (trunk.isDefault) {
        DbQuery others(m_db, QStringLiteral("SELECT COUNT(*) FROM trunks WHERE id <> ?"));
        others.bind(id);
        if (const Result<Done> done = others.exec(); !done)
            return done;
        const qint64 otherCount = others.next() ? others.value(0).toLongLong() : 0;
        others.finish();
        if (otherCount > 0)
            return Result<Done>::failure(ErrorCode::Conflict,
                                         QStringLiteral("the trunk \"%1\" is the default trunk; make "
                                                        "another trunk the default before removing it")
                                             .arg(trunk.name));
    }

    DbQuery erase(m_db, QStringLiteral("DELETE FROM trunks WHERE id = ?"));
    erase.bind(id);
    if (const Result<Done> done = erase.exec(); !done)
        return done;
    return transaction.commit();
}

Result<Trunk> TrunkStore::setDefault(qint64 id)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<Trunk>(begun);
    if (const Result<Done> locked = lockTable(); !locked)
        return passOn<Trunk>(locked);

    const Result<std::optional<Trunk>> current = fetch(id);
    if (!current)
        return passOn<Trunk>(current);
    if (!current.value())
        return notFound<Trunk>(kWhat, id);

    // Clear first, then set: unique indexes are checked row by row, so a
    // single UPDATE could briefly hold two defaults and be refused.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery clear(m_db, QStringLiteral("UPDATE trunks SET is_default = ?, updated_at = ? "
                                       "WHERE is_default = ? AND id <> ?"));
    clear.bind(false).bind(now).bind(true).bind(id);
    if (const Result<Done> done = clear.exec(); !done)
        return passOn<Trunk>(done);
    DbQuery set(m_db, QStringLiteral("UPDATE trunks SET is_default = ?, updated_at = ? WHERE id = ?"));
    set.bind(true).bind(now).bind(id);
    if (const Result<Done> done = set.exec(); !done)
        return passOn<Trunk>(done);

    const Result<Trunk> stored = find(id);
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<Trunk>(committed);
    return stored;
}

Result<std::optional<Trunk>> TrunkStore::fetch(qint64 id) const
{
    DbQuery query(m_db, QStringLiteral("SELECT %1 FROM trunks WHERE id = ?").arg(Columns));
    query.bind(id);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<Trunk>>();
    std::optional<Trunk> trunk;
    if (query.next())
        trunk = trunkFromRow(query);
    query.finish();
    return Result<std::optional<Trunk>>::success(trunk);
}

Result<std::optional<qint64>> TrunkStore::idByName(const QString &name) const
{
    return DbQuery::findId(m_db, QStringLiteral("SELECT id FROM trunks WHERE name = ?"), name);
}

Result<Done> TrunkStore::lockTable() const
{
    const QString sql = m_dialect.lockTableSql(QStringLiteral("trunks"));
    if (sql.isEmpty())
        return Result<Done>::success({});
    return DbQuery::execute(m_db, sql);
}
