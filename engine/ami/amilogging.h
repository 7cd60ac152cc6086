#pragma once

#include <QLoggingCategory>

// torque.engine.ami: voice-node connections, logins, protocol errors and the
// reasons a node was dropped.
Q_DECLARE_LOGGING_CATEGORY(lcAmi)
