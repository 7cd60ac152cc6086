#pragma once

#include "common/result.h"

class CampaignManager;
class CampaignStore;
class TrunkStore;
class UserStore;

// `torque-engine --load-simulation N`: makes sure there is a trunk to dial on
// (a "Load Test" trunk to Local/${EXTEN}@simnet, the voicesim's simulated
// network, when there is none) and a "Load simulation" campaign of the first
// admin with N simulated agents, then starts it unless it already runs. The
// demo's one-command load simulation.
class LoadSimulationSetup final
{
public:
    struct Stores final
    {
        CampaignStore *campaigns = nullptr;
        TrunkStore *trunks = nullptr;
        UserStore *users = nullptr;
    };

    static Result<Done> ensureRunning(const Stores &stores, CampaignManager &manager, int agents);

private:
    static Result<Done> ensureTrunk(TrunkStore &trunks);
    static Result<qint64> ensureCampaign(CampaignStore &campaigns, qint64 ownerId, int agents);
};
