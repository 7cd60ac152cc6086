#include "engine/db/dbfunnelstatus.h"

QString DbFunnelStatus::connectionName(Connection connection)
{
    switch (connection) {
    case Connection::Stopped: return QStringLiteral("stopped");
    case Connection::Connecting: return QStringLiteral("connecting");
    case Connection::Connected: return QStringLiteral("connected");
    case Connection::Disconnected: return QStringLiteral("disconnected");
    }
    return {};
}

QString DbFunnelStatus::journalName(Journal journal)
{
    switch (journal) {
    case Journal::Disabled: return QStringLiteral("disabled");
    case Journal::Idle: return QStringLiteral("idle");
    case Journal::Active: return QStringLiteral("active");
    case Journal::Failed: return QStringLiteral("failed");
    }
    return {};
}
