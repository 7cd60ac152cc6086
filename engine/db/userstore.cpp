#include "engine/db/userstore.h"

#include "engine/db/dblogging.h"
#include "engine/db/dbquery.h"
#include "engine/db/sqltransaction.h"
#include "engine/db/storeresults.h"

#include <QDateTime>

using namespace StoreResults;

UserStore::UserStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<std::optional<UserAccount>> UserStore::findByName(const QString &username) const
{
    return fetchOne(QStringLiteral("username = ?"), username);
}

Result<std::optional<UserAccount>> UserStore::find(qint64 id) const
{
    return fetchOne(QStringLiteral("id = ?"), id);
}

Result<UserAccount> UserStore::add(const UserAccount &account)
{
    SqlTransaction transaction(m_db);
    if (const Result<Done> begun = transaction.begin(); !begun)
        return passOn<UserAccount>(begun);
    const Result<std::optional<UserAccount>> existing = findByName(account.username);
    if (!existing)
        return passOn<UserAccount>(existing);
    if (existing.value())
        return nameTaken<UserAccount>(QStringLiteral("user"), account.username, QStringLiteral("username"));

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    DbQuery insert(m_db, QStringLiteral("INSERT INTO users (username, password_hash, role, "
                                        "must_change_password, disabled, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.bind(account.username).bind(account.passwordHash).bind(roleName(account.role));
    insert.bind(account.mustChangePassword).bind(account.disabled).bind(now).bind(now);
    if (const Result<Done> done = insert.exec(); !done) {
        // Another engine inserted the same name between our check and insert.
        if (done.error() == ErrorCode::Conflict)
            return nameTaken<UserAccount>(QStringLiteral("user"), account.username, QStringLiteral("username"));
        return passOn<UserAccount>(done);
    }
    UserAccount stored = account;
    stored.id = insert.lastInsertId();
    if (const Result<Done> committed = transaction.commit(); !committed)
        return passOn<UserAccount>(committed);
    return Result<UserAccount>::success(stored);
}

Result<Done> UserStore::setPassword(qint64 id, const QString &passwordHash, bool mustChangePassword)
{
    DbQuery update(m_db, QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, "
                                        "updated_at = ? WHERE id = ?"));
    update.bind(passwordHash).bind(mustChangePassword).bind(QDateTime::currentMSecsSinceEpoch()).bind(id);
    if (const Result<Done> done = update.exec(); !done)
        return done;
    if (update.numRowsAffected() == 0)
        return Result<Done>::failure(ErrorCode::NotFound, QStringLiteral("there is no user with id %1").arg(id));
    return Result<Done>::success({});
}

Result<qint64> UserStore::count() const
{
    DbQuery query(m_db, QStringLiteral("SELECT COUNT(*) FROM users"));
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<qint64>();
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return Result<qint64>::success(n);
}

Result<std::optional<UserAccount>> UserStore::fetchOne(const QString &where, const QVariant &key) const
{
    DbQuery query(m_db, QStringLiteral("SELECT id, username, password_hash, role, must_change_password, "
                                       "disabled FROM users WHERE ")
                            + where);
    query.bind(key);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<std::optional<UserAccount>>();
    if (!query.next())
        return Result<std::optional<UserAccount>>::success(std::nullopt);
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.username = query.value(1).toString();
    account.passwordHash = query.value(2).toString();
    const QString role = query.value(3).toString();
    account.mustChangePassword = query.value(4).toBool();
    account.disabled = query.value(5).toBool();
    query.finish();
    const std::optional<Role> parsed = roleFromName(role);
    if (!parsed) {
        // The CHECK constraint forbids this; a hand-edited row could still do it.
        qCWarning(lcDb).noquote() << "user" << account.id << "has an unknown role" << role;
        return Result<std::optional<UserAccount>>::failure(
            ErrorCode::DatabaseError,
            QStringLiteral("user %1 has an unknown role \"%2\"").arg(account.id).arg(role));
    }
    account.role = *parsed;
    return Result<std::optional<UserAccount>>::success(account);
}
