#include "engine/campaigns/loadsimulationsetup.h"

#include "common/campaign.h"
#include "common/trunk.h"
#include "engine/campaigns/campaignlogging.h"
#include "engine/campaigns/campaignmanager.h"
#include "engine/db/campaignstore.h"
#include "engine/db/storeresults.h"
#include "engine/db/trunkstore.h"
#include "engine/db/userstore.h"

using namespace StoreResults;

namespace {

const QString kCampaignName = QStringLiteral("Load simulation");
const QString kOwnerName = QStringLiteral("admin");

} // namespace

Result<Done> LoadSimulationSetup::ensureRunning(const Stores &stores, CampaignManager &manager, int agents)
{
    if (const Result<Done> trunk = ensureTrunk(*stores.trunks); !trunk)
        return trunk;
    const Result<std::optional<UserAccount>> owner = stores.users->findByName(kOwnerName);
    if (!owner)
        return passOn<Done>(owner);
    if (!owner.value())
        return Result<Done>::failure(ErrorCode::NotFound, QStringLiteral("there is no account \"admin\" to own it"));
    const Result<qint64> campaignId = ensureCampaign(*stores.campaigns, owner.value()->id, agents);
    if (!campaignId)
        return passOn<Done>(campaignId);
    if (manager.isRunning(campaignId.value()))
        return Result<Done>::success({});
    const Result<Campaign> started = manager.start(campaignId.value(), owner.value()->id);
    if (!started)
        return passOn<Done>(started);
    qCInfo(lcCampaigns) << "load simulation started with" << agents << "agents";
    return Result<Done>::success({});
}

Result<Done> LoadSimulationSetup::ensureTrunk(TrunkStore &trunks)
{
    const Result<QList<Trunk>> all = trunks.list();
    if (!all)
        return passOn<Done>(all);
    if (!all.value().isEmpty())
        return Result<Done>::success({});
    Trunk loadTest;
    loadTest.name = QStringLiteral("Load Test");
    loadTest.dialString = QStringLiteral("Local/${EXTEN}@simnet");
    loadTest.maxCps = 10;
    loadTest.maxChannels = 200;
    const Result<Trunk> added = trunks.add(loadTest);
    return added ? Result<Done>::success({}) : passOn<Done>(added);
}

Result<qint64> LoadSimulationSetup::ensureCampaign(CampaignStore &campaigns, qint64 ownerId, int agents)
{
    const Result<QList<Campaign>> own = campaigns.list(ownerId);
    if (!own)
        return passOn<qint64>(own);
    for (const Campaign &c : own.value()) {
        if (c.name != kCampaignName)
            continue;
        if (c.maxConnected == agents || c.status == Campaign::Status::Running)
            return Result<qint64>::success(c.id);
        Campaign resized = c;
        resized.maxConnected = agents;
        const Result<Campaign> updated = campaigns.update(resized);
        return updated ? Result<qint64>::success(c.id) : passOn<qint64>(updated);
    }
    Campaign campaign;
    campaign.customerId = ownerId;
    campaign.name = kCampaignName;
    campaign.description = QStringLiteral("Simulated agents and calls through torque-voicesim");
    campaign.maxConnected = agents;
    const Result<Campaign> added = campaigns.add(campaign);
    return added ? Result<qint64>::success(added.value().id) : passOn<qint64>(added);
}
