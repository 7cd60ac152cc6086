#include "engine/api/requestrouter.h"

#include "common/protocol.h"
#include "engine/api/clientsession.h"
#include "engine/logging.h"

void RequestRouter::add(Route route)
{
    Q_ASSERT(!m_routes.contains(route.type));
    const QString type = route.type;
    m_routes.insert(type, std::move(route));
}

void RequestRouter::dispatch(ClientSession &session, const ProtocolMessage &request) const
{
    if (!session.helloDone() && request.type() != Protocol::Type::Hello) {
        session.sendError(request.id(), ErrorCode::HelloRequired,
                          QStringLiteral("send \"hello\" before any other request"));
        return;
    }
    const auto it = m_routes.constFind(request.type());
    if (it == m_routes.constEnd()) {
        session.sendError(request.id(), ErrorCode::UnknownType,
                          QStringLiteral("unknown request type \"%1\"").arg(request.type()),
                          Protocol::Key::Type);
        return;
    }
    if (!mayPass(session, *it, request))
        return;
    qCDebug(lcApi) << "request" << request.type() << "from" << session.peerAddress();
    it->handler(session, request);
}

bool RequestRouter::mayPass(ClientSession &session, const Route &route,
                            const ProtocolMessage &request) const
{
    if (route.access == Route::Access::Anyone)
        return true;
    const auto &user = session.user();
    if (!user) {
        session.sendError(request.id(), ErrorCode::NotAuthenticated,
                          QStringLiteral("log in before \"%1\"").arg(request.type()));
        return false;
    }
    if (route.access == Route::Access::PasswordChange)
        return true;
    if (user->mustChangePassword) {
        session.sendError(request.id(), ErrorCode::PasswordChangeRequired,
                          QStringLiteral("change the password of \"%1\" first").arg(user->username));
        return false;
    }
    if (route.access == Route::Access::Roles && !route.roles.contains(user->role)) {
        qCInfo(lcApi) << "refused" << request.type() << "to" << user->username << "role"
                      << roleName(user->role);
        session.sendError(request.id(), ErrorCode::Forbidden,
                          QStringLiteral("the role \"%1\" may not use \"%2\"")
                              .arg(roleName(user->role), request.type()));
        return false;
    }
    return true;
}
