#pragma once

#include <QLoggingCategory>

// torque.engine.pacing: pacer decisions worth a look (fallbacks, drop guards).
Q_DECLARE_LOGGING_CATEGORY(lcPacing)
