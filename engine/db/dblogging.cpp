#include "engine/db/dblogging.h"

Q_LOGGING_CATEGORY(lcDb, "torque.engine.db")
