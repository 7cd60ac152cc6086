#pragma once

#include "common/result.h"

#include <QString>

// Argon2id password hashes in libsodium's self-describing string format
// ($argon2id$v=19$m=...,t=...,p=...$salt$hash). Slow on purpose: call it off
// the event loop (see Authenticator).
class PasswordHasher final
{
public:
    static bool initialise();
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // A valid hash of a random password: verifying against it costs the same
    // time as a real check, so unknown user names are not revealed by timing.
    static const QString &decoyHash();
};
