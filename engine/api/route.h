#pragma once

#include "common/protocolmessage.h"
#include "common/role.h"

#include <QList>
#include <QString>

#include <functional>

class ClientSession;

// One request type the engine answers, and who may send it. The router
// enforces these before the handler runs, so no handler can forget.
struct Route final
{
    enum class Access {
        Anyone,          // before login (hello, auth.login)
        LoggedIn,        // any logged-in role (still blocked by a pending password change)
        PasswordChange,  // logged in, allowed even while a password change is due
        Roles            // logged in, password changed, role in `roles`
    };
    using Handler = std::function<void(ClientSession &session, const ProtocolMessage &request)>;

    QString type;
    Access access = Access::Roles;
    QList<Role> roles;
    Handler handler;
};
