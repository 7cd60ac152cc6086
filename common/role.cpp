#include "common/role.h"

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Customer: return QStringLiteral("customer");
    case Role::Agent: return QStringLiteral("agent");
    case Role::AccountsManager: return QStringLiteral("accountsManager");
    }
    return QStringLiteral("customer");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Admin, Role::Customer, Role::Agent, Role::AccountsManager}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}
