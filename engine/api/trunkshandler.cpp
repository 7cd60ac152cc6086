#include "engine/api/trunkshandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "common/trunk.h"
#include "engine/api/apiserver.h"
#include "engine/api/clientsession.h"
#include "engine/api/handlerreplies.h"
#include "engine/api/requestrouter.h"
#include "engine/db/trunkstore.h"
#include "engine/logging.h"

#include <QJsonArray>

using namespace Protocol;
using namespace HandlerReplies;

namespace {


QJsonArray toJsonArray(const QList<Trunk> &trunks)
{
    QJsonArray array;
    for (const Trunk &t : trunks)
        array.append(t.toJson());
    return array;
}

} // namespace

TrunksHandler::TrunksHandler(TrunkStore &trunks, ApiServer &server)
    : m_trunks(trunks)
    , m_server(server)
{
}

void TrunksHandler::registerRoutes(RequestRouter &router)
{
    using Method = void (TrunksHandler::*)(ClientSession &, const ProtocolMessage &);
    const auto add = [this, &router](QLatin1String type, QList<Role> roles, Method method) {
        router.add({type, Route::Access::Roles, std::move(roles),
                    [this, method](ClientSession &s, const ProtocolMessage &r) { (this->*method)(s, r); }});
    };
    add(Type::TrunksList, {Role::Admin, Role::AccountsManager}, &TrunksHandler::onList);
    add(Type::TrunksAdd, {Role::Admin}, &TrunksHandler::onAdd);
    add(Type::TrunksUpdate, {Role::Admin}, &TrunksHandler::onUpdate);
    add(Type::TrunksRemove, {Role::Admin}, &TrunksHandler::onRemove);
    add(Type::TrunksSetDefault, {Role::Admin}, &TrunksHandler::onSetDefault);
}

void TrunksHandler::onList(ClientSession &session, const ProtocolMessage &request)
{
    const Result<QList<Trunk>> trunks = m_trunks.list();
    if (replyIfFailed(session, request.id(), trunks))
        return;
    session.sendReply(request.id(), {{Key::Trunks, toJsonArray(trunks.value())}});
}

void TrunksHandler::onAdd(ClientSession &session, const ProtocolMessage &request)
{
    const Result<Trunk> trunk = Trunk::fromJson(request.data());
    if (replyIfFailed(session, request.id(), trunk))
        return;
    const Result<Trunk> added = m_trunks.add(trunk.value());
    if (replyIfFailed(session, request.id(), added))
        return;
    session.sendReply(request.id(), {{Key::Trunk, added.value().toJson()}});
    publishChange(session, QStringLiteral("added trunk %1").arg(added.value().id));
}

void TrunksHandler::onUpdate(ClientSession &session, const ProtocolMessage &request)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    Result<Trunk> trunk = Trunk::fromJson(request.data());
    if (replyIfFailed(session, request.id(), trunk))
        return;
    trunk.value().id = *id;
    const Result<Trunk> updated = m_trunks.update(trunk.value());
    if (replyIfFailed(session, request.id(), updated))
        return;
    session.sendReply(request.id(), {{Key::Trunk, updated.value().toJson()}});
    publishChange(session, QStringLiteral("updated trunk %1").arg(*id));
}

void TrunksHandler::onRemove(ClientSession &session, const ProtocolMessage &request)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    const Result<Done> removed = m_trunks.remove(*id);
    if (replyIfFailed(session, request.id(), removed))
        return;
    session.sendReply(request.id());
    publishChange(session, QStringLiteral("removed trunk %1").arg(*id));
}

void TrunksHandler::onSetDefault(ClientSession &session, const ProtocolMessage &request)
{
    const auto id = readObjectId(session, request);
    if (!id)
        return;
    const Result<Trunk> trunk = m_trunks.setDefault(*id);
    if (replyIfFailed(session, request.id(), trunk))
        return;
    session.sendReply(request.id(), {{Key::Trunk, trunk.value().toJson()}});
    publishChange(session, QStringLiteral("made trunk %1 the default").arg(*id));
}

void TrunksHandler::publishChange(const ClientSession &session, const QString &what)
{
    qCInfo(lcApi).noquote() << session.user()->username << what;
    const Result<QList<Trunk>> trunks = m_trunks.list();
    if (!trunks) {
        qCWarning(lcApi) << "cannot list trunks after a change:" << trunks.detail();
        return;
    }
    m_server.publish(Topic::Trunks, Event::TrunksChanged, {{Key::Trunks, toJsonArray(trunks.value())}});
}
