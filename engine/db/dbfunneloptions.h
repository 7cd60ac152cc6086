#pragma once

#include "engine/db/databaseurl.h"

#include <QString>

// How a DbFunnel runs. The defaults suit one engine on 2 cores; engine.conf
// may override them. Limits count writes, not bytes: a number update takes
// about 100 bytes of memory, a CDR or a log line a few hundred.
struct DbFunnelOptions final
{
    DatabaseUrl url;
    // Identifies this engine's rows in funnel_state; engines sharing a
    // database server must use different names (the engine id).
    QString funnelName = QStringLiteral("engine");
    // Where the journal lives (e.g. /var/lib/torque/journal). Empty: no
    // journal, so writes can only wait in memory (tests, :memory: databases).
    QString journalDirectory;

    // Writes held in memory before the oldest move to the journal.
    qint64 memoryLimit = 250'000;
    // Writes held in memory while the journal cannot take them; past this,
    // writes are refused and counted (DbFunnelStatus::dropped).
    qint64 hardLimit = 1'000'000;
    // Journal every write before it is written to the database, so that a
    // killed engine loses at most journalSyncIntervalMs of writes (to a power
    // cut; a killed process loses none that reached the journal).
    bool writeAhead = false;
    // While the database is unreachable, move every waiting write to the
    // journal: nothing is gained by keeping them only in memory then.
    bool journalWhileDisconnected = true;

    // A write waits at most this long before its batch is written.
    int flushIntervalMs = 50;
    // A backlog of this many writes is written at once, without waiting.
    int minBatchRows = 500;
    int maxBatchRows = 20'000;
    // Batches are sized so a transaction takes about this long: long enough
    // to amortise the commit, short enough not to hold other writers off.
    int targetTransactionMs = 200;

    // A batch waiting this long on a silent server (a network partition, not
    // a closed connection) fails, and the funnel reconnects; batches are
    // sized to take ~targetTransactionMs, so this is far above any real one.
    int ioTimeoutSeconds = 60;

    int reconnectMinMs = 100;
    int reconnectMaxMs = 1000;
    // fdatasync of the journal at most this often (group commit).
    int journalSyncIntervalMs = 100;
    // After a journal failure (full disk...), try again this often.
    int journalRetryMs = 5000;
    qint64 journalSegmentBytes = 64 * 1024 * 1024;
    // On stop(), keep writing to a reachable database for at most this long;
    // whatever is left goes to the journal.
    int shutdownDrainMs = 5000;
    // How often rows/s and the drop counters are refreshed.
    int statusIntervalMs = 250;
};
