#pragma once

#include <QLoggingCategory>

// The console's two logging areas: the engine connection and the widgets.
// Enable with QT_LOGGING_RULES="torque.console.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcConsoleNet)
Q_DECLARE_LOGGING_CATEGORY(lcConsoleUi)
