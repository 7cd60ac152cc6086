#include "engine/sim/voicesimlogging.h"

Q_LOGGING_CATEGORY(lcVoiceSim, "torque.sim.voice")
