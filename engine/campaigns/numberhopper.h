#pragma once

#include "common/result.h"
#include "engine/db/numberstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <deque>

class SqlWorkerThread;

// The numbers a running campaign is about to dial, claimed from the numbers
// table ahead of time so that dialling never waits on the database. Claims
// run on a worker thread with a connection of its own, in random order
// (random_order_key), marking the rows 'hopper'; MariaDB and PostgreSQL use
// FOR UPDATE SKIP LOCKED, so two engines never claim the same number. A load
// simulation generates test numbers when its list runs dry.
class NumberHopper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberHopper)

public:
    // A number in hand: its row id, phone and attempts so far.
    using Entry = NumberStore::Number;
    enum class Source { ListOnly, GenerateWhenEmpty };

    static inline const QString ClaimedStatus = QStringLiteral("hopper");
    static inline const QString NewStatus = QStringLiteral("new");

    // replyContext must outlive the worker's tasks (the worker is stopped first).
    NumberHopper(SqlWorkerThread &worker, QObject *replyContext, qint64 campaignId, Source source,
                 QObject *parent = nullptr);

    // Returns rows a crashed run left claimed to 'new' (when asked), then fills.
    void start(bool releaseStale);
    // How many numbers to keep in hand; refills below half of it.
    void setTarget(int count);
    int available() const { return int(m_entries.size()); }
    bool takeNext(Entry &entry);
    // Everything still in hand, for the caller to release (status 'new').
    std::deque<Entry> drain();
    // The list has no new numbers and none are in hand.
    bool exhausted() const { return m_exhausted && m_entries.empty(); }

signals:
    void refilled(int count);
    void failed(const QString &detail);

private:
    struct Claim final
    {
        std::deque<Entry> entries;
        bool listEmpty = false;
    };
    void refillIfLow();
    void onClaimed(const Result<Claim> &claim);

    SqlWorkerThread &m_worker;
    QObject *m_replyContext;
    const qint64 m_campaignId;
    const Source m_source;
    std::deque<Entry> m_entries;
    int m_target = 50;
    bool m_claiming = false;
    bool m_exhausted = false;
    bool m_releaseStale = false;
    QElapsedTimer m_failedAt;   // the last claim that failed
};
