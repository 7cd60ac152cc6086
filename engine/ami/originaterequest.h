#pragma once

#include "common/trunk.h"

#include <QList>
#include <QString>

#include <utility>

// One call the dialer wants placed. It names no voice server: the funnel
// picks one. Where an answered call lands is the node's dialplan context.
struct OriginateRequest final
{
    qint64 callId = 0;            // chosen by the caller, unique while the call lives
    QString number;               // digits (and + * #) for ${EXTEN}
    Trunk trunk;                  // dial string and the trunk's CPS / channel limits
    QString context = QStringLiteral("dialer-out");
    QString exten = QStringLiteral("s");
    int priority = 1;
    QString callerId;             // "Name" <number>, or empty
    int ringTimeoutMs = 30000;    // Originate's Timeout: how long the far end may ring
    QList<std::pair<QString, QString>> variables;
};
