#pragma once

#include "common/result.h"
#include "engine/db/useraccount.h"

#include <QSqlDatabase>

#include <optional>

// Accounts in the users table, as login and account management see them.
// Input is trusted: user names and hashes are validated before they get here.
class UserStore final
{
public:
    explicit UserStore(QSqlDatabase db);

    // An empty optional when there is no such user (not an error: login
    // treats it like a wrong password).
    Result<std::optional<UserAccount>> findByName(const QString &username) const;
    Result<std::optional<UserAccount>> find(qint64 id) const;
    // Ignores account.id; returns the stored account. Conflict if the user
    // name is taken (user names are case-sensitive).
    Result<UserAccount> add(const UserAccount &account);
    // NotFound if there is no such user.
    Result<Done> setPassword(qint64 id, const QString &passwordHash, bool mustChangePassword);
    Result<qint64> count() const;

private:
    Result<std::optional<UserAccount>> fetchOne(const QString &where, const QVariant &key) const;

    QSqlDatabase m_db;
};
