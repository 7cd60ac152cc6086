#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A snapshot of the DbFunnel for the engine status page ("MySQL Queue" in the
// manual is backlog). Sequence numbers are those of the current funnel run.
struct DbFunnelStatus final
{
    enum class Connection : quint8 {
        Stopped,       // not started, or stopped
        Connecting,    // first attempt under way
        Connected,
        Disconnected,  // lost or refused; retrying with back-off
    };
    enum class Journal : quint8 {
        Disabled,  // no journal directory configured
        Idle,      // nothing in it
        Active,    // holds writes waiting for the database
        Failed,    // cannot be written (full disk, unwritable directory)
    };

    Connection connection = Connection::Stopped;
    Journal journal = Journal::Disabled;

    qint64 backlog = 0;          // accepted, not yet in the database: memory + journal
    qint64 memoryBacklog = 0;
    qint64 journalBacklog = 0;
    qint64 journalBytes = 0;
    double rowsPerSecond = 0;    // writes committed per second, last 2 s

    qint64 runId = 0;
    qint64 accepted = 0;         // sequence number of the last accepted write
    qint64 applied = 0;          // writes committed by this run (journal replays included)
    qint64 durable = 0;          // every write up to this seq is committed or fsynced
    qint64 committed = 0;        // every write up to this seq is in the database
    quint64 rejected = 0;        // refused by the database (constraint, bad value); logged
    quint64 dropped = 0;         // refused by the funnel (memory full, journal failing) or lost at stop

    QString lastError;
    QDateTime lastErrorAt;       // UTC

    static QString connectionName(Connection connection);
    static QString journalName(Journal journal);
};

Q_DECLARE_METATYPE(DbFunnelStatus)
