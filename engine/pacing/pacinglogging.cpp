#include "engine/pacing/pacinglogging.h"

Q_LOGGING_CATEGORY(lcPacing, "torque.engine.pacing")
