#include "engine/campaigns/numberhopper.h"

#include "engine/db/sqlworkerthread.h"

#include <QPointer>

namespace {
constexpr qint64 kRetryMs = 2000;
} // namespace

NumberHopper::NumberHopper(SqlWorkerThread &worker, QObject *replyContext, qint64 campaignId, Source source,
                           QObject *parent)
    : QObject(parent)
    , m_worker(worker)
    , m_replyContext(replyContext)
    , m_campaignId(campaignId)
    , m_source(source)
{
}

void NumberHopper::start(bool releaseStale)
{
    m_releaseStale = releaseStale;
    refillIfLow();
}

void NumberHopper::setTarget(int count)
{
    m_target = qBound(1, count, 10000);
    refillIfLow();
}

bool NumberHopper::takeNext(Entry &entry)
{
    if (m_entries.empty()) {
        refillIfLow();
        return false;
    }
    entry = std::move(m_entries.front());
    m_entries.pop_front();
    refillIfLow();
    return true;
}

std::deque<NumberHopper::Entry> NumberHopper::drain()
{
    std::deque<Entry> left;
    left.swap(m_entries);
    return left;
}

void NumberHopper::refillIfLow()
{
    if (m_claiming || int(m_entries.size()) * 2 > m_target)
        return;
    // After a failed claim, wait a little: the runner asks ten times a second.
    if (m_failedAt.isValid() && m_failedAt.elapsed() < kRetryMs)
        return;
    if (m_exhausted && m_source == Source::ListOnly)
        return;
    m_claiming = true;
    const int wanted = m_target - int(m_entries.size());
    const qint64 campaignId = m_campaignId;
    const bool generate = m_source == Source::GenerateWhenEmpty;
    const bool releaseStale = std::exchange(m_releaseStale, false);
    QPointer<NumberHopper> self(this);
    QObject *context = m_replyContext;
    m_worker.post([=](const Result<QSqlDatabase> &db) {
        Result<Claim> result = Result<Claim>::failure(db.error(), db.detail());
        if (db) {
            NumberStore store(db.value());
            if (releaseStale)
                store.releaseClaimed(campaignId, ClaimedStatus, NewStatus);
            Claim claim;
            const auto claimed = store.claim(campaignId, wanted, NewStatus, ClaimedStatus);
            if (claimed) {
                for (const NumberStore::Number &n : claimed.value())
                    claim.entries.push_back(n);
                claim.listEmpty = claimed.value().size() < wanted;
                if (claim.listEmpty && generate) {
                    const auto made = store.generate(campaignId, wanted - int(claimed.value().size()), ClaimedStatus);
                    if (made) {
                        for (const NumberStore::Number &n : made.value())
                            claim.entries.push_back(n);
                        claim.listEmpty = false;
                    }
                }
                result = Result<Claim>::success(std::move(claim));
            } else {
                result = Result<Claim>::failure(claimed.error(), claimed.detail());
            }
        }
        // Back on the engine thread; the hopper may be gone by then.
        QMetaObject::invokeMethod(context, [self, result] {
            if (self)
                self->onClaimed(result);
        }, Qt::QueuedConnection);
        return db.ok();
    });
}

void NumberHopper::onClaimed(const Result<Claim> &claim)
{
    m_claiming = false;
    if (!claim) {
        m_failedAt.start();
        emit failed(claim.detail());
        return;
    }
    m_failedAt.invalidate();
    m_exhausted = claim.value().listEmpty;
    for (const Entry &e : claim.value().entries)
        m_entries.push_back(e);
    emit refilled(int(claim.value().entries.size()));
}
