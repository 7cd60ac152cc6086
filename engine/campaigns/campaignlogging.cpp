#include "engine/campaigns/campaignlogging.h"

Q_LOGGING_CATEGORY(lcCampaigns, "torque.engine.campaigns")
