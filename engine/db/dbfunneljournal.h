#pragma once

#include "common/result.h"
#include "engine/db/dbwrite.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <deque>
#include <utility>
#include <vector>

// The DbFunnel's append-only journal on local disk: a directory of segment
// files journal-<16 digits>.tjl, oldest first, each written by one funnel run
// (its run id is in the header; format in DbFunnelCodec). The funnel moves
// writes here from the front of its memory backlog, so the journal always
// holds the oldest pending writes and is read back before memory. Segments are
// deleted once every record in them is in the database. Only the funnel's
// thread uses it.
//
// Durability: records are written with write(2) as soon as they are staged
// (a killed process loses nothing that was written) and fdatasync'ed in
// batches (sync()), which is what survives a power cut.
class DbFunnelJournal final
{
public:
    // Writes read back in one piece, all from one segment and so one run.
    struct Batch
    {
        qint64 runId = 0;
        std::vector<DbWrite> writes;
        qint64 endOffset = 0;  // where the segment is read up to after these
    };

    DbFunnelJournal(QString directory, qint64 runId, qint64 segmentBytes);
    ~DbFunnelJournal();
    Q_DISABLE_COPY_MOVE(DbFunnelJournal)

    // Creates the directory, finds the segments earlier runs left (damaged
    // ones are renamed *.corrupt and reported by takeDamageReport()), and
    // checks that a file can be written there. On failure the journal stays
    // usable for reading what was found, and writeStaged() will retry.
    Result<Done> open();
    QString directory() const { return m_directory; }

    // Writing: stage() encodes, writeStaged() appends to the active segment.
    // If writeStaged() fails nothing staged counts as journaled: the caller
    // keeps those writes in memory.
    void stage(const DbWrite &write);
    qint64 stagedCount() const { return m_stagedCount; }
    Result<Done> writeStaged();
    void discardStaged();
    Result<Done> sync();
    bool hasUnsynced() const { return m_writtenSeq > m_syncedSeq; }
    // Every write of this run up to here is fsynced in the journal.
    qint64 syncedSeq() const { return m_syncedSeq; }

    // Reading, oldest first.
    qint64 pendingRecords() const { return m_pendingRecords; }
    qint64 pendingBytes() const { return m_pendingBytes; }
    bool hasPending() const { return m_pendingRecords > 0; }
    QList<qint64> pendingRunIds() const;
    // Up to maxRecords from the front segment; an empty batch when there is
    // nothing to read. Fails only on an I/O error.
    Result<Batch> peek(int maxRecords);
    // The batch is in the database: moves past it, deletes finished segments.
    void consume(const Batch &batch);
    // When nothing is pending, closes and deletes the active segment too, so
    // an idle journal is an empty directory.
    void retireIfDrained();
    // Set when open() or peek() found a damaged segment (also logged).
    QString takeDamageReport() { return std::exchange(m_damageReport, QString()); }

private:
    struct Segment
    {
        qint64 number = 0;
        QString path;
        qint64 runId = 0;
        qint64 readOffset = 0;
        qint64 endOffset = 0;  // end of the last valid record
        qint64 records = 0;    // not yet consumed
        bool active = false;   // this run is appending to it
    };

    Result<Done> scan();
    Result<Done> probeWritable();
    Result<Done> startSegment();
    void closeActive();
    void removeFront();
    Result<Done> fail(const QString &detail);
    QString segmentPath(qint64 number) const;

    QString m_directory;
    qint64 m_runId;
    qint64 m_segmentBytes;
    std::deque<Segment> m_segments;
    qint64 m_nextNumber = 1;
    QFile m_writeFile;
    QFile m_readFile;
    qint64 m_readNumber = 0;  // the segment m_readFile has open

    QByteArray m_staged;
    qint64 m_stagedCount = 0;
    qint64 m_stagedLastSeq = 0;
    qint64 m_writtenSeq = 0;
    qint64 m_syncedSeq = 0;

    qint64 m_pendingRecords = 0;
    qint64 m_pendingBytes = 0;
    QString m_damageReport;
};
