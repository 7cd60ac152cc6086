#pragma once

#include "common/result.h"

#include <QSqlDatabase>

class DbFunnel;

// A deterministic stream of funnel writes, numbered 1, 2, 3..., and the check
// that proves which of them are in the database and that none is there twice.
// Write i is, by i % 4:
//   0: a status update of number (i / 4) % NumberCount + 1 with attempts = i
//   1, 2: a CDR with unique_id "w<i>"
//   3: a system_log line (category "funnel-test") with message "w<i>"
// The funnel writes in order, so after any crash and replay the database must
// hold exactly writes 1..K for some K: no gap, no duplicate.
class DbFunnelStream final
{
public:
    DbFunnelStream() = delete;

    static constexpr int NumberCount = 1000;
    static constexpr qint64 CampaignId = 100;

    // A customer, a campaign and NumberCount numbers with ids 1..NumberCount.
    static Result<Done> seed(const QSqlDatabase &db);
    // Empties cdr, system_log, pacing_samples and funnel_state and resets the
    // numbers, between test cases.
    static Result<Done> reset(const QSqlDatabase &db);
    // Enqueues write i; returns the funnel's sequence number (0: refused).
    static qint64 enqueue(DbFunnel &funnel, qint64 i);
    // K such that the database holds exactly writes 1..K (K may be 0);
    // fails with a description of the first gap or duplicate.
    static Result<qint64> verify(const QSqlDatabase &db);
};
