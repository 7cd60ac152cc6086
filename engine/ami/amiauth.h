#pragma once

#include <QByteArray>

// The AMI challenge login: "Action: Challenge / AuthType: MD5" returns a
// Challenge; "Action: Login / AuthType: MD5 / Key: <md5hex(challenge + secret)>"
// proves the secret without sending it. Shared by the engine and voicesim.
namespace AmiAuth {

QByteArray md5Key(const QByteArray &challenge, const QByteArray &secret);

} // namespace AmiAuth
