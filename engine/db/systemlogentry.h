#pragma once

#include <QDateTime>
#include <QString>

// One line of the manual's "View System Logs": who did what, from where.
struct SystemLogEntry final
{
    QDateTime createdAt;  // UTC; an invalid time means "now" when appended
    QString level;        // "info", "warning", "error"...
    QString category;     // the area, e.g. "auth", "campaign"
    QString username;     // the acting account, possibly a failed login's name
    QString address;      // the client's address
    QString message;

    bool operator==(const SystemLogEntry &) const = default;
};
