#include "engine/api/servershandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "common/voiceserver.h"
#include "engine/ami/voicefunnel.h"
#include "engine/api/apiserver.h"
#include "engine/api/clientsession.h"
#include "engine/api/handlerreplies.h"
#include "engine/api/requestrouter.h"
#include "engine/db/voiceserverstore.h"
#include "engine/logging.h"

using namespace Protocol;
using namespace HandlerReplies;

namespace {

constexpr int kPublishIntervalMs = 1000;

} // namespace

ServersHandler::ServersHandler(VoiceServerStore &servers, VoiceFunnel &funnel, ApiServer &api,
                               QObject *parent)
    : QObject(parent)
    , m_servers(servers)
    , m_funnel(funnel)
    , m_api(api)
{
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(kPublishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &ServersHandler::publish);
    connect(&m_funnel, &VoiceFunnel::nodeStatusChanged, this, &ServersHandler::onLiveStateChanged);
}

void ServersHandler::registerRoutes(RequestRouter &router)
{
    using Method = void (ServersHandler::*)(ClientSession &, const ProtocolMessage &);
    const auto add = [this, &router](QLatin1String type, Method method) {
        router.add({type, Route::Access::Roles, {Role::Admin},
                    [this, method](ClientSession &s, const ProtocolMessage &r) { (this->*method)(s, r); }});
    };
    add(Type::ServersList, &ServersHandler::onList);
    add(Type::ServersAdd, &ServersHandler::onAdd);
    add(Type::ServersUpdate, &ServersHandler::onUpdate);
    add(Type::ServersRemove, &ServersHandler::onRemove);
    add(Type::ServersStart, &ServersHandler::onStart);
    add(Type::ServersStop, &ServersHandler::onStop);
}

bool ServersHandler::applyStoredServers()
{
    const Result<QList<VoiceServer>> servers = m_servers.list();
    if (!servers) {
        qCWarning(lcApi) << "cannot load voice servers:" << servers.detail();
        return false;
    }
    m_applied = servers.value();
    m_funnel.applyServers(m_applied);
    return true;
}

QJsonArray ServersHandler::withLiveState(const QList<VoiceServer> &servers) const
{
    QJsonArray array;
    for (const VoiceServer &server : servers) {
        QJsonObject json = server.toJson();
        const VoiceFunnel::NodeStatus status = m_funnel.status(server.id);
        json.insert(Key::State, VoiceFunnel::nodeStateName(status.state));
        json.insert(Key::StateDetail, status.detail);
        json.insert(Key::Channels, status.channels);
        array.append(json);
    }
    return array;
}

void ServersHandler::onList(ClientSession &session, const ProtocolMessage &request)
{
    const Result<QList<VoiceServer>> servers = m_servers.list();
    if (replyIfFailed(session, request.id(), servers))
        return;
    session.sendReply(request.id(), {{Key::Servers, withLiveState(servers.value())}});
}

void ServersHandler::onAdd(ClientSession &session, const ProtocolMessage &request)
{
    const Result<VoiceServer> server = VoiceServer::fromJson(request.data());
    if (replyIfFailed(session, request.id(), server))
        return;
    const Result<VoiceServer> added = m_servers.add(server.value());
    if (replyIfFailed(session, request.id(), added))
        return;
    session.sendReply(request.id(), {{Key::Server, added.value().toJson()}});
    changed(session, QStringLiteral("added voice server %1").arg(added.value().id));
}

void ServersHandler::onUpdate(ClientSession &session, const ProtocolMessage &request)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    Result<VoiceServer> server = VoiceServer::fromJson(request.data());
    if (replyIfFailed(session, request.id(), server))
        return;
    server.value().id = *id;
    const Result<VoiceServer> updated = m_servers.update(server.value());
    if (replyIfFailed(session, request.id(), updated))
        return;
    session.sendReply(request.id(), {{Key::Server, updated.value().toJson()}});
    changed(session, QStringLiteral("updated voice server %1").arg(*id));
}

void ServersHandler::onRemove(ClientSession &session, const ProtocolMessage &request)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    const Result<Done> removed = m_servers.remove(*id);
    if (replyIfFailed(session, request.id(), removed))
        return;
    session.sendReply(request.id());
    changed(session, QStringLiteral("removed voice server %1").arg(*id));
}

void ServersHandler::onStart(ClientSession &session, const ProtocolMessage &request)
{
    setEnabled(session, request, true);
}

void ServersHandler::onStop(ClientSession &session, const ProtocolMessage &request)
{
    setEnabled(session, request, false);
}

void ServersHandler::setEnabled(ClientSession &session, const ProtocolMessage &request, bool enabled)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    const Result<VoiceServer> server = m_servers.setEnabled(*id, enabled);
    if (replyIfFailed(session, request.id(), server))
        return;
    session.sendReply(request.id(), {{Key::Server, server.value().toJson()}});
    changed(session, enabled ? QStringLiteral("started voice server %1").arg(*id)
                             : QStringLiteral("stopped voice server %1").arg(*id));
}

void ServersHandler::changed(const ClientSession &session, const QString &what)
{
    qCInfo(lcApi).noquote() << session.user()->username << what;
    applyStoredServers();
    publish();
}

void ServersHandler::onLiveStateChanged()
{
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void ServersHandler::publish()
{
    m_publishTimer.stop();
    m_api.publish(Topic::Servers, Event::ServersChanged, {{Key::Servers, withLiveState(m_applied)}});
}
