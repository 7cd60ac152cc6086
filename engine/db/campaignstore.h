#pragma once

#include "common/campaign.h"
#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The campaigns table and its runs (campaign_runs). Names are unique per
// owner. A running campaign is leased by one engine (lease_owner, renewed
// while it runs): starting it claims the lease in one UPDATE, so two engines
// sharing a database never run the same campaign; a dead engine's lease
// lapses and another may take the campaign over. A running campaign can be
// neither changed nor removed.
class CampaignStore final
{
public:
    struct RunTotals final
    {
        qint64 placed = 0;
        qint64 answered = 0;
        qint64 connected = 0;
        qint64 abandoned = 0;
    };

    explicit CampaignStore(QSqlDatabase db);

    // Sorted by name; only customerId's when given.
    Result<QList<Campaign>> list(std::optional<qint64> customerId = std::nullopt) const;
    Result<Campaign> find(qint64 id) const;
    // customerId must be set. Conflict on a name the owner already uses.
    Result<Campaign> add(const Campaign &campaign);
    // The editable fields of campaign.id; the owner stays. Conflict if running.
    Result<Campaign> update(const Campaign &campaign);
    // Conflict if running. Its numbers, runs and schedules go with it.
    Result<Done> remove(qint64 id);

    // Marks it running under engineId's lease until leaseUntilMs and opens a
    // run; returns the run id. Conflict if another engine holds a live lease,
    // or it already runs here (`resume` allows the latter, after a restart).
    Result<qint64> startRun(qint64 campaignId, const QString &engineId, std::optional<qint64> startedBy,
                            qint64 leaseUntilMs, bool resume = false);
    // Renews engineId's leases on these running campaigns; returns those
    // whose lease it no longer holds (another engine took them over, or
    // they were stopped behind its back).
    Result<QList<qint64>> renewLeases(const QString &engineId, const QList<qint64> &campaignIds,
                                      qint64 leaseUntilMs);
    // Closes the run with its totals; the campaign stays as it is (an engine
    // that shuts down leaves it running, to resume it at its next start).
    Result<Done> closeRun(qint64 runId, const QString &reason, const RunTotals &totals);
    // Closes the run with its totals and marks the campaign stopped.
    Result<Done> finishRun(qint64 campaignId, qint64 runId, const QString &reason, const RunTotals &totals);
    // Running campaigns this engine should pick up at start: its own, and
    // those whose lease has lapsed.
    Result<QList<Campaign>> resumable(const QString &engineId, qint64 nowMs) const;

private:
    Result<std::optional<Campaign>> fetch(qint64 id) const;
    Result<std::optional<qint64>> idByName(qint64 customerId, const QString &name) const;
    Result<Done> checkStopped(qint64 id) const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
