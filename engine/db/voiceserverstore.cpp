#include "engine/db/voiceserverstore.h"

#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>

using namespace StoreResults;

namespace {

const QString kWhat = QStringLiteral("voice server");

const QString Columns = QStringLiteral(
    "id, name, host, ami_port, ami_user, ami_secret, use_md5, max_channels, enabled");

VoiceServer serverFromRow(const DbQuery &query)
{
    VoiceServer s;
    s.id = query.value(0).toLongLong();
    s.name = query.value(1).toString();
    s.host = query.value(2).toString();
    s.amiPort = query.value(3).toInt();
    s.amiUser = query.value(4).toString();
    s.amiSecret = query.value(5).toString();
    s.useMd5 = query.value(6).toBool();
    s.maxChannels = query.value(7).toLongLong();
    s.enabled = query.value(8).toBool();
    return s;
}

} // namespace

VoiceServerStore::VoiceServerStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<VoiceServer>> VoiceServerStore::list() const
{
    DbQuery query(m_db, QStringLiteral("SELECT %1 FROM voice_servers").arg(Columns));
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<QList<VoiceServer>>();
    QList<VoiceServer> servers;
    while (query.next())
        servers << serverFromRow(query);
    sortByName(servers);
    return Result<QList<VoiceServer>>::success(servers);
}

Result<VoiceServer> VoiceServerStore::find(qint64 id) const
{
    const Result<std::optional<VoiceServer>> found = fetch(id);
    if (!found)
        return passOn<VoiceServer>(found);
    if (!found.value())
        return notFound<VoiceServer>(kWhat, id);
    return Result<VoiceServer>::success(*found.value());
}

Result<VoiceServer> VoiceServerStore::add(const VoiceServer &server)
{
    if (const Result<Done> valid = server.validate(); !valid)
        return passOn<VoiceServer>(valid);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<VoiceServer>(begun);
    const Result<std::optional<qint64>> existing = idByName(server.name);
    if (!existing)
        return passOn<VoiceServer>(existing);
    if (existing.value())
        return nameTaken<VoiceServer>(kWhat, server.name);

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery insert(m_db, QStringLiteral("INSERT INTO voice_servers (name, host, ami_port, ami_user, "
                                        "ami_secret, use_md5, max_channels, enabled, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(server.name).bind(server.host).bind(server.amiPort).bind(server.amiUser);
    insert.bind(server.amiSecret).bind(server.useMd5).bind(server.maxChannels).bind(server.enabled);
    insert.bind(now).bind(now);
    if (const Result<Done> done = insert.exec(); !done)
        return done.error() == ErrorCode::Conflict ? nameTaken<VoiceServer>(kWhat, server.name)
                                                    : passOn<VoiceServer>(done);
    const Result<VoiceServer> stored = find(insert.lastInsertId());
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<VoiceServer>(committed);
    return stored;
}

Result<VoiceServer> VoiceServerStore::update(const VoiceServer &server)
{
    if (const Result<Done> valid = server.validate(); !valid)
        return passOn<VoiceServer>(valid);
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<VoiceServer>(begun);
    const Result<std::optional<VoiceServer>> current = fetch(server.id);
    if (!current)
        return passOn<VoiceServer>(current);
    if (!current.value())
        return notFound<VoiceServer>(kWhat, server.id);
    const Result<std::optional<qint64>> existing = idByName(server.name);
    if (!existing)
        return passOn<VoiceServer>(existing);
    if (existing.value() && *existing.value() != server.id)
        return nameTaken<VoiceServer>(kWhat, server.name);

    const QString secret = server.amiSecret.isEmpty() ? current.value()->amiSecret : server.amiSecret;
    DbQuery save(m_db, QStringLiteral("UPDATE voice_servers SET name = ?, host = ?, ami_port = ?, "
                                      "ami_user = ?, ami_secret = ?, use_md5 = ?, max_channels = ?, "
                                      "enabled = ?, updated_at = ? WHERE id = ?"));
    save.bind(server.name).bind(server.host).bind(server.amiPort).bind(server.amiUser).bind(secret);
    save.bind(server.useMd5).bind(server.maxChannels).bind(server.enabled);
    save.bind(QDateTime::currentMSecsSinceEpoch()).bind(server.id);
    if (const Result<Done> done = save.exec(); !done)
        return done.error() == ErrorCode::Conflict ? nameTaken<VoiceServer>(kWhat, server.name)
                                                    : passOn<VoiceServer>(done);
    const Result<VoiceServer> stored = find(server.id);
    if (!stored)
        return stored;
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<VoiceServer>(committed);
    return stored;
}

Result<Done> VoiceServerStore::remove(qint64 id)
{
    DbQuery erase(m_db, QStringLiteral("DELETE FROM voice_servers WHERE id = ?"));
    erase.bind(id);
    if (const Result<Done> done = erase.exec(); !done)
        return done;
    if (erase.numRowsAffected() == 0)
        return notFound<Done>(kWhat, id);
    return Result<Done>::success({});
}

Result<VoiceServer> VoiceServerStore::setEnabled(qint64 id, bool enabled)
{
    DbQuery save(m_db, QStringLiteral("UPDATE voice_servers SET enabled = ?, updated_at = ? WHERE id = ?"));
    save.bind(enabled).bind(QDateTime::currentMSecsSinceEpoch()).bind(id);
    if (const Result<Done> done = save.exec(); !done)
        return passOn<VoiceServer>(done);
    return find(id);
}

Result<std::optional<VoiceServer>> VoiceServerStore::fetch(qint64 id) const
{
    DbQuery query(m_db, QStringLiteral("SELECT %1 FROM voice_servers WHERE id = ?").arg(Columns));
    query.bind(id);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<VoiceServer>>();
    std::optional<VoiceServer> server;
    if (query.next())
        server = serverFromRow(query);
    query.finish();
    return Result<std::optional<VoiceServer>>::success(server);
}

Result<std::optional<qint64>> VoiceServerStore::idByName(const QString &name) const
{
    return DbQuery::findId(m_db, QStringLiteral("SELECT id FROM voice_servers WHERE name = ?"), name);
}
