#pragma once

#include <QLoggingCategory>

// torque.engine.db: connections, migrations and every SQL error the stores meet.
Q_DECLARE_LOGGING_CATEGORY(lcDb)
