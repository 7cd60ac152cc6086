#include "engine/ami/amilogging.h"

Q_LOGGING_CATEGORY(lcAmi, "torque.engine.ami")
