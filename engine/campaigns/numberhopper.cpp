#include "engine/campaigns/numberhopper.h"

#include "engine/campaigns/campaignlogging.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/numberstatus.h"
#include "engine/db/sqlworkerthread.h"

#include <QPointer>
#include <QSet>
#include <QTimer>

namespace {

constexpr qint64 kRetryMs = 2000;
constexpr int kMaxClaimTarget = 10000;
constexpr qint64 kSettleMs = 10000;
constexpr int kSettlePollMs = 50;
constexpr qint64 kEmptyListPollMs = 5000;

// Runs `work` on the worker's connection and hands its result to `done` on
// the engine thread, if the hopper is still there.
template <typename T, typename Work, typename Done>
void onWorker(SqlWorkerThread &worker, QObject *context, NumberHopper *hopper, Work work, Done done)
{
    QPointer<NumberHopper> self(hopper);
    worker.post([=](const Result<QSqlDatabase> &db) {
        const Result<T> result = db ? work(NumberStore(db.value())) : Result<T>::failure(db.error(), db.detail());
        QMetaObject::invokeMethod(context, [self, done, result] {
            if (self)
                done(self.data(), result);
        }, Qt::QueuedConnection);
        return db.ok();
    });
}

} // namespace

NumberHopper::NumberHopper(SqlWorkerThread &worker, QObject *replyContext, DbFunnel &db, Ids ids, Source source,
                           QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_replyContext(replyContext)
    , m_db(db)
    , m_ids(ids)
    , m_source(source)
{
}

void NumberHopper::start(const QList<qint64> &liveRuns)
{
    if (m_phase != Phase::Idle)
        return;
    m_phase = Phase::Settling;
    m_liveRuns = liveRuns;
    m_outcomesBefore = m_db.status().accepted;
    m_settling.start();
    settle();
}

void NumberHopper::settle()
{
    if (m_phase != Phase::Settling)
        return;
    if (m_db.hasCommitted(m_outcomesBefore)) {
        recover();
        return;
    }
    // A database that lags this much fails the recovery too, and it is retried;
    // a late outcome replaces 'interrupted' in any case.
    if (m_settling.elapsed() >= kSettleMs) {
        qCWarning(lcCampaigns) << "campaign" << m_ids.campaignId << "run" << m_ids.runId
                               << "recovers its claims while earlier outcomes still wait in the database funnel";
        recover();
        return;
    }
    QTimer::singleShot(kSettlePollMs, this, &NumberHopper::settle);
}

void NumberHopper::recover()
{
    m_phase = Phase::Recovering;
    const qint64 campaignId = m_ids.campaignId;
    const QList<qint64> liveRuns = m_liveRuns;
    onWorker<NumberStore::Recovered>(
        m_worker, m_replyContext, this,
        [campaignId, liveRuns](NumberStore store) { return store.recover(campaignId, liveRuns); },
        [](NumberHopper *self, const Result<NumberStore::Recovered> &r) { self->onRecovered(r); });
}

void NumberHopper::onRecovered(const Result<NumberStore::Recovered> &recovered)
{
    if (m_phase != Phase::Recovering)
        return;
    if (!recovered) {
        // Claiming before the dead runs' claims are sorted out could hand
        // this run a number another run still calls: try again later.
        noteFailure(recovered.detail());
        m_phase = Phase::Settling;
        QTimer::singleShot(kRetryMs, this, &NumberHopper::settle);
        return;
    }
    const NumberStore::Recovered &r = recovered.value();
    if (r.released > 0 || r.interrupted > 0)
        qCInfo(lcCampaigns) << "campaign" << m_ids.campaignId << "run" << m_ids.runId << "put" << r.released
                            << "numbers left claimed back in the list and marked" << r.interrupted
                            << "whose calls were cut off interrupted";
    m_phase = Phase::Running;
    refill();
}

void NumberHopper::setTargets(int claimed, int armed)
{
    m_claimTarget = qBound(1, claimed, kMaxClaimTarget);
    m_armTarget = qBound(1, armed, m_claimTarget);
    refill();
}

bool NumberHopper::move(qint64 numberId, NumberClaim::State next)
{
    const auto it = m_held.find(numberId);
    if (it == m_held.end()) {
        qCCritical(lcCampaigns) << "number" << numberId << "is not held by run" << m_ids.runId << "; cannot make it"
                                << NumberClaim::name(next);
        return false;
    }
    if (!it->claim.moveTo(next)) {
        qCCritical(lcCampaigns) << "number" << numberId << "cannot go from" << NumberClaim::name(it->claim.state())
                                << "to" << NumberClaim::name(next);
        return false;
    }
    if (next == NumberClaim::State::Finished || next == NumberClaim::State::Released)
        m_held.erase(it);
    return true;
}

bool NumberHopper::takeArmed(Entry &entry)
{
    while (!m_armed.empty()) {
        const qint64 id = m_armed.front();
        m_armed.pop_front();
        const auto it = m_held.constFind(id);
        if (it == m_held.cend())
            continue;
        entry = it->number;
        if (move(id, NumberClaim::State::Dialling)) {
            refill();
            return true;
        }
    }
    refill();
    return false;
}

void NumberHopper::withdraw(qint64 numberId)
{
    if (move(numberId, NumberClaim::State::Released))
        postRelease({numberId}, false);
}

void NumberHopper::finish(qint64 numberId, const QString &status, qint64 atMs)
{
    const auto it = m_held.constFind(numberId);
    if (it == m_held.cend())
        return;
    // A call lost with its node does not count as an attempt on the number.
    const int attempts = it->number.attempts + (status == NumberStatus::NodeLost ? 0 : 1);
    if (move(numberId, NumberClaim::State::Finished))
        m_db.updateNumberStatus(numberId, status, attempts, atMs);
}

void NumberHopper::stop()
{
    if (m_phase == Phase::Stopped)
        return;
    const bool claimedAny = m_phase == Phase::Running;
    m_phase = Phase::Stopped;
    // Armed numbers (and those being armed: their arm runs first on the
    // worker) were never sent; claims still on their way are released by
    // the run-wide release, which the worker also runs after them.
    QList<qint64> armedIds;
    QList<qint64> done;
    for (auto it = m_held.cbegin(); it != m_held.cend(); ++it) {
        const NumberClaim::State state = it->claim.state();
        if (state == NumberClaim::State::Armed || state == NumberClaim::State::Arming)
            armedIds.append(it.key());
        if (state != NumberClaim::State::Dialling)
            done.append(it.key());
    }
    for (const qint64 id : std::as_const(done))
        move(id, NumberClaim::State::Released);
    m_claimed.clear();
    m_armed.clear();
    m_arming = 0;
    if (claimedAny)
        postRelease(armedIds, true);
}

void NumberHopper::postRelease(const QList<qint64> &armedIds, bool releaseClaimed)
{
    const Ids ids = m_ids;
    onWorker<int>(
        m_worker, m_replyContext, this,
        [ids, armedIds, releaseClaimed](NumberStore store) {
            int released = 0;
            if (releaseClaimed) {
                const Result<int> claimed = store.releaseClaimed(ids.campaignId, ids.runId);
                if (!claimed)
                    return claimed;
                released += claimed.value();
            }
            const Result<int> armed = store.releaseArmed(ids.runId, armedIds);
            if (!armed)
                return armed;
            return Result<int>::success(released + armed.value());
        },
        [](NumberHopper *self, const Result<int> &released) {
            // Left claimed, they are recovered by the campaign's next run.
            if (!released)
                qCWarning(lcCampaigns) << "campaign" << self->m_ids.campaignId << "run" << self->m_ids.runId
                                       << "could not put its unused numbers back:" << released.detail();
        });
}

bool NumberHopper::exhausted() const
{
    return m_exhausted && !m_claiming && inHand() == 0;
}

int NumberHopper::inHand() const
{
    return int(m_claimed.size() + m_armed.size()) + m_arming;
}

bool NumberHopper::backingOff() const
{
    return m_failedAt.isValid() && m_failedAt.elapsed() < kRetryMs;
}

void NumberHopper::noteFailure(const QString &detail)
{
    m_failedAt.start();
    emit failed(detail);
}

void NumberHopper::refill()
{
    if (m_phase != Phase::Running || backingOff())
        return;
    armMore();
    claimMore();
}

void NumberHopper::claimMore()
{
    if (m_claiming || inHand() * 2 > m_claimTarget)
        return;
    // An empty list is asked again now and then: numbers may be added to it.
    if (m_exhausted && m_source == Source::ListOnly && m_emptySince.elapsed() < kEmptyListPollMs)
        return;
    m_claiming = true;
    const int wanted = m_claimTarget - inHand();
    const Ids ids = m_ids;
    const bool generate = m_source == Source::GenerateWhenEmpty;
    onWorker<Claimed>(
        m_worker, m_replyContext, this,
        [ids, wanted, generate](NumberStore store) {
            const Result<QList<Entry>> claimed = store.claim(ids.campaignId, ids.runId, wanted);
            if (!claimed)
                return Result<Claimed>::failure(claimed.error(), claimed.detail());
            Claimed result{claimed.value(), claimed.value().size() < wanted};
            if (result.listEmpty && generate) {
                const int missing = wanted - int(result.entries.size());
                if (const auto made = store.generate(ids.campaignId, ids.runId, missing); made) {
                    result.entries.append(made.value());
                    result.listEmpty = false;
                }
            }
            return Result<Claimed>::success(result);
        },
        [](NumberHopper *self, const Result<Claimed> &claimed) { self->onClaimed(claimed); });
}

void NumberHopper::onClaimed(const Result<Claimed> &claimed)
{
    m_claiming = false;
    if (m_phase != Phase::Running)
        return; // stopped meanwhile: the stop's release, run after this claim, put them back
    if (!claimed) {
        noteFailure(claimed.detail());
        return;
    }
    m_failedAt.invalidate();
    m_exhausted = claimed.value().listEmpty;
    if (m_exhausted)
        m_emptySince.start();
    for (const Entry &e : claimed.value().entries) {
        m_held.insert(e.id, Held{e, NumberClaim(NumberClaim::State::Claimed)});
        m_claimed.push_back(e.id);
    }
    refill();
}

void NumberHopper::armMore()
{
    if (m_arming > 0 || m_claimed.empty() || int(m_armed.size()) * 2 > m_armTarget)
        return;
    QList<qint64> batch;
    while (!m_claimed.empty() && int(m_armed.size() + batch.size()) < m_armTarget) {
        const qint64 id = m_claimed.front();
        m_claimed.pop_front();
        if (move(id, NumberClaim::State::Arming))
            batch.append(id);
    }
    if (batch.isEmpty())
        return;
    m_arming = int(batch.size());
    const qint64 runId = m_ids.runId;
    onWorker<QList<qint64>>(
        m_worker, m_replyContext, this, [runId, batch](NumberStore store) { return store.arm(runId, batch); },
        [batch](NumberHopper *self, const Result<QList<qint64>> &armed) { self->onArmed(batch, armed); });
}

void NumberHopper::onArmed(const QList<qint64> &asked, const Result<QList<qint64>> &armed)
{
    m_arming = 0;
    if (m_phase != Phase::Running)
        return; // stopped meanwhile: the stop released them
    if (!armed) {
        // Not armed: they stay claimed, first in line for the next try.
        for (auto it = asked.crbegin(); it != asked.crend(); ++it) {
            if (move(*it, NumberClaim::State::Claimed))
                m_claimed.push_front(*it);
        }
        noteFailure(armed.detail());
        return;
    }
    const QSet<qint64> ok(armed.value().cbegin(), armed.value().cend());
    for (const qint64 id : asked) {
        if (ok.contains(id)) {
            if (move(id, NumberClaim::State::Armed))
                m_armed.push_back(id);
        } else {
            // Another engine recovered it: this run no longer holds it.
            qCWarning(lcCampaigns) << "campaign" << m_ids.campaignId << "run" << m_ids.runId << "lost its claim on number"
                                   << id;
            move(id, NumberClaim::State::Released);
        }
    }
    m_failedAt.invalidate();
    refill();
}
