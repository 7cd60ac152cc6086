#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// Engine-wide log set-up: a message pattern with time and category (stderr,
// so journald keeps it under systemd) and the --log-level threshold.
namespace EngineLogging {

// debug, info, warning or critical
bool isValidLevel(const QString &level);
void install(const QString &level);

} // namespace EngineLogging
