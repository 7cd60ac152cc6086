#pragma once

#include "common/role.h"

#include <QString>

// Who a session is logged in as.
struct SessionUser final
{
    qint64 id = 0;
    QString username;
    Role role = Role::Customer;
    bool mustChangePassword = false;
};
