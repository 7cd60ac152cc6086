#include "engine/api/passwordhasher.h"

#include <sodium.h>

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0;
}

Result<QString> PasswordHasher::hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Result<QString>::failure(ErrorCode::Internal,
                                        QStringLiteral("out of memory while hashing a password"));
    }
    return Result<QString>::success(QString::fromLatin1(out));
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    const QByteArray hashBytes = hash.toLatin1();
    if (hashBytes.isEmpty() || hashBytes.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hashBytes.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

const QString &PasswordHasher::decoyHash()
{
    static const QString decoy = [] {
        unsigned char random[32];
        randombytes_buf(random, sizeof random);
        const QByteArray seed(reinterpret_cast<const char *>(random), sizeof random);
        return hash(QString::fromLatin1(seed.toHex())).value();
    }();
    return decoy;
}
