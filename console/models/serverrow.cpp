#include "console/models/serverrow.h"

#include "common/protocol.h"

using namespace Protocol;

ServerRow ServerRow::fromJson(const QJsonObject &object)
{
    ServerRow row;
    VoiceServer &s = row.server;
    s.id = qint64(object.value(Key::Id).toDouble());
    s.name = object.value(Key::Name).toString();
    s.host = object.value(Key::Host).toString();
    s.amiPort = object.value(Key::AmiPort).toInt();
    s.amiUser = object.value(Key::AmiUser).toString();
    // Deliberately not read even if an engine sent it: the console never
    // holds a stored secret.
    s.amiSecret.clear();
    s.useMd5 = object.value(Key::UseMd5).toBool(true);
    s.maxChannels = qint64(object.value(Key::MaxChannels).toDouble());
    s.enabled = object.value(Key::Enabled).toBool();
    row.hasSecret = object.value(Key::HasSecret).toBool();
    row.state = stateFromName(object.value(Key::State).toString());
    row.stateDetail = object.value(Key::StateDetail).toString();
    row.channels = qint64(object.value(Key::Channels).toDouble());
    return row;
}

QList<ServerRow> ServerRow::listFromJson(const QJsonArray &array)
{
    QList<ServerRow> rows;
    rows.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            rows.append(fromJson(value.toObject()));
    }
    return rows;
}

ServerRow::State ServerRow::stateFromName(const QString &name)
{
    if (name == Protocol::ServerState::Inactive)
        return State::Inactive;
    if (name == Protocol::ServerState::Active)
        return State::Active;
    if (name == Protocol::ServerState::Timeout)
        return State::Timeout;
    if (name == Protocol::ServerState::LoginFailed)
        return State::LoginFailed;
    return State::Connecting;
}
