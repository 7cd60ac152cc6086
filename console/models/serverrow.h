#pragma once

#include "common/voiceserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One voice server as the engine lists it (docs/protocol.md, "Voice
// servers"): the stored settings -- without the AMI secret, which never
// leaves the engine, so server.amiSecret is always empty here -- whether a
// secret is stored, and the live state of the engine's AMI session to it.
struct ServerRow final
{
    // The engine's AmiConnection states, as named on the wire.
    enum class State { Inactive, Connecting, Active, Timeout, LoginFailed };

    VoiceServer server;
    bool hasSecret = false;
    State state = State::Inactive;
    QString stateDetail; // the last problem, in the engine's (English) words
    qint64 channels = 0; // calls the engine has on it now

    // Read as stored, without VoiceServer's validation: a server saved under
    // older rules must still be listed so that it can be fixed.
    static ServerRow fromJson(const QJsonObject &object);
    static QList<ServerRow> listFromJson(const QJsonArray &array);
    // An unknown name (a newer engine) reads as Connecting: neither good nor bad.
    static State stateFromName(const QString &name);

    bool operator==(const ServerRow &) const = default;
};
