#include "console/logging.h"

Q_LOGGING_CATEGORY(lcConsoleNet, "torque.console.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConsoleUi, "torque.console.ui", QtInfoMsg)
