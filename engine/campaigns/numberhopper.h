#pragma once

#include "common/result.h"
#include "engine/campaigns/numberclaim.h"
#include "engine/db/numberstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>

class DbFunnel;
class SqlWorkerThread;

// Every number one campaign run holds, from its claim to its outcome
// (docs/numbers.md): claimed ahead of time so that dialling never waits on
// the database, armed (a committed 'dialing') in small batches just before
// they are needed, handed out only once armed, and finished with the call's
// outcome through the DbFunnel. Each number's step is a NumberClaim move;
// the database steps are NumberStore's guarded UPDATEs on a worker thread.
//
// A run starts by recovering what dead runs of the campaign left claimed,
// and claims nothing before that is done; it recovers only once the
// outcomes this engine already accepted (and any a crash left in the
// funnel's journal) are in the database, so that a call that ended is not
// taken for one cut off. MariaDB and PostgreSQL claim with
// FOR UPDATE SKIP LOCKED, so two engines never claim the same number. A load
// simulation generates test numbers when its list runs dry.
class NumberHopper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberHopper)

public:
    using Entry = NumberStore::Number;
    enum class Source { ListOnly, GenerateWhenEmpty };
    enum class Phase { Idle, Settling, Recovering, Running, Stopped };

    struct Ids final
    {
        qint64 campaignId = 0;
        qint64 runId = 0;
    };

    // replyContext must outlive the worker's tasks (the worker is stopped first).
    NumberHopper(SqlWorkerThread &worker, QObject *replyContext, DbFunnel &db, Ids ids, Source source,
                 QObject *parent = nullptr);

    // Recovers the claims of the campaign's runs that are not in liveRuns
    // (this run and any still draining here), then claims and arms.
    void start(const QList<qint64> &liveRuns);
    // How many numbers to keep claimed, and how many of them armed.
    void setTargets(int claimed, int armed);
    // An armed number to dial now (Armed -> Dialling).
    bool takeArmed(Entry &entry);
    // The voice funnel never sent it (Dialling -> Released, back to 'new').
    void withdraw(qint64 numberId);
    // The call ended with `status` (Dialling -> Finished), written through the DbFunnel.
    void finish(qint64 numberId, const QString &status, qint64 atMs);
    // Claims and arms no more; every number not dialling goes back to 'new'.
    void stop();

    // The list has no new numbers and none are in hand (dialling ones aside).
    bool exhausted() const;

signals:
    void failed(const QString &detail);

private:
    struct Held final
    {
        Entry number;
        NumberClaim claim;
    };
    struct Claimed final
    {
        QList<Entry> entries;
        bool listEmpty = false;
    };

    bool move(qint64 numberId, NumberClaim::State next);
    void settle();
    void recover();
    void refill();
    void claimMore();
    void armMore();
    void onRecovered(const Result<NumberStore::Recovered> &recovered);
    void onClaimed(const Result<Claimed> &claimed);
    void onArmed(const QList<qint64> &asked, const Result<QList<qint64>> &armed);
    void postRelease(const QList<qint64> &armedIds, bool releaseClaimed);
    bool backingOff() const;
    void noteFailure(const QString &detail);
    int inHand() const; // claimed, arming or armed

    SqlWorkerThread &m_worker;
    QObject *m_replyContext;
    DbFunnel &m_db;
    const Ids m_ids;
    const Source m_source;
    Phase m_phase = Phase::Idle;
    QList<qint64> m_liveRuns;          // what start() was told, for a retried recovery
    qint64 m_outcomesBefore = 0;       // the funnel's last write when the run started
    QElapsedTimer m_settling;
    QHash<qint64, Held> m_held;        // every number of this run not yet finished or released
    std::deque<qint64> m_claimed;      // Claimed, in claim (random) order
    std::deque<qint64> m_armed;        // Armed, ready to dial
    int m_arming = 0;
    int m_claimTarget = 50;
    int m_armTarget = 4;
    bool m_claiming = false;
    bool m_exhausted = false;
    QElapsedTimer m_failedAt;          // the last database step that failed
    QElapsedTimer m_emptySince;        // the claim that found the list empty
};
