#pragma once

#include "common/role.h"

#include <QString>

// The part of a users row that login and sessions need. Customer details
// (address, credit, trunk...) are read by their own stores.
struct UserAccount final
{
    qint64 id = 0;
    QString username;
    QString passwordHash;  // libsodium crypt_pwhash string, never a password
    Role role = Role::Customer;
    bool mustChangePassword = false;
    bool disabled = false;

    bool operator==(const UserAccount &) const = default;
};
