#pragma once

#include <QString>

#include <optional>

// The four kinds of account of the manual's "Customer Type".
enum class Role { Admin, Customer, Agent, AccountsManager };

QString roleName(Role role);
std::optional<Role> roleFromName(const QString &name);
