#include "engine/ami/amiauth.h"

#include <QCryptographicHash>

namespace AmiAuth {

QByteArray md5Key(const QByteArray &challenge, const QByteArray &secret)
{
    // Asterisk compares against lower-case hex (ast_md5_hash).
    return QCryptographicHash::hash(QByteArray(challenge).append(secret), QCryptographicHash::Md5).toHex();
}

} // namespace AmiAuth
