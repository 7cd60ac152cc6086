#pragma once

#include <QLoggingCategory>

// torque.sim.voice: torque-voicesim's listener, AMI sessions and simulated calls.
Q_DECLARE_LOGGING_CATEGORY(lcVoiceSim)
