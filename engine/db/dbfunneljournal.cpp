#include "engine/db/dbfunneljournal.h"

#include "engine/db/dbfunnelcodec.h"
#include "engine/db/dblogging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace {

// Reads are done in pieces of this size; a record never exceeds MaxPayload.
constexpr qint64 ReadChunk = 4 * 1024 * 1024;

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A new directory entry is only durable once the directory itself is synced.
bool syncDirectory(const QString &directory)
{
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

DbFunnelJournal::DbFunnelJournal(QString directory, qint64 runId, qint64 segmentBytes)
    : m_directory(std::move(directory))
    , m_runId(runId)
    , m_segmentBytes(segmentBytes)
{
}

DbFunnelJournal::~DbFunnelJournal()
{
    closeActive();
    m_readFile.close();
}

QString DbFunnelJournal::segmentPath(qint64 number) const
{
    return m_directory + QStringLiteral("/journal-%1.tjl").arg(number, 16, 10, QLatin1Char('0'));
}

Result<Done> DbFunnelJournal::fail(const QString &detail)
{
    return Result<Done>::failure(ErrorCode::Internal, detail);
}

Result<Done> DbFunnelJournal::open()
{
    if (!QDir().mkpath(m_directory))
        return fail(QStringLiteral("cannot create the journal directory %1").arg(m_directory));
    // Damaged segments do not make the journal unusable: reported apart.
    if (const Result<Done> scanned = scan(); !scanned)
        m_damageReport = scanned.detail();
    return probeWritable();
}

Result<Done> DbFunnelJournal::scan()
{
    static const QRegularExpression name(QStringLiteral("^journal-(\\d{16})\\.tjl$"));
    QDir dir(m_directory);
    const QStringList entries = dir.entryList({QStringLiteral("journal-*.tjl")}, QDir::Files | QDir::System,
                                              QDir::Name);
    QStringList problems;
    for (const QString &entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const QString path = dir.filePath(entry);
        // A device or anything else that is not a plain file was not written
        // by a funnel; leave it alone rather than read or rename it.
        if (!QFileInfo(path).isFile()) {
            qCWarning(lcDb).noquote() << "journal: ignoring" << path << "(not a regular file)";
            continue;
        }
        Segment segment;
        segment.number = match.captured(1).toLongLong();
        segment.path = path;
        m_nextNumber = std::max(m_nextNumber, segment.number + 1);

        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems << QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            continue;
        }
        const std::optional<DbFunnelCodec::Header> header = DbFunnelCodec::decodeHeader(
            file.read(DbFunnelCodec::HeaderSize));
        if (!header) {
            file.close();
            // An empty file is a segment whose header never made it (a
            // crash right after creation); anything else is kept for a human.
            if (QFileInfo(path).size() == 0) {
                QFile::remove(path);
                continue;
            }
            const QString aside = path + QStringLiteral(".corrupt");
            QFile::rename(path, aside);
            problems << QStringLiteral("%1 has no valid header; moved to %2").arg(path, aside);
            continue;
        }
        segment.runId = header->runId;
        segment.readOffset = segment.endOffset = DbFunnelCodec::HeaderSize;
        // Walk the records to count them and find where the valid part ends.
        QByteArray buffer;
        qint64 bufferStart = DbFunnelCodec::HeaderSize;
        bool more = true;
        while (more) {
            const QByteArray piece = file.read(ReadChunk);
            more = !piece.isEmpty();
            buffer.append(piece);
            qsizetype pos = segment.endOffset - bufferStart;
            for (;;) {
                DbWrite write;
                qsizetype consumed = 0;
                const DbFunnelCodec::Decoded decoded = DbFunnelCodec::decodeRecord(
                    QByteArrayView(buffer).sliced(pos), &write, &consumed);
                if (decoded == DbFunnelCodec::Decoded::Ok) {
                    pos += consumed;
                    segment.endOffset += consumed;
                    ++segment.records;
                    continue;
                }
                if (decoded == DbFunnelCodec::Decoded::Corrupt)
                    more = false;
                break;
            }
            buffer.remove(0, pos);
            bufferStart += pos;
        }
        if (segment.endOffset < file.size())
            qCWarning(lcDb).noquote() << "journal:" << path << "ends with" << file.size() - segment.endOffset
                                      << "bytes of a torn or damaged record; they are ignored";
        file.close();
        m_pendingRecords += segment.records;
        m_pendingBytes += segment.endOffset - segment.readOffset;
        m_segments.push_back(segment);
    }
    if (!m_segments.empty())
        qCInfo(lcDb).noquote() << "journal:" << m_pendingRecords << "writes left by earlier runs in"
                               << m_segments.size() << "segment(s) under" << m_directory;
    if (!problems.isEmpty())
        return fail(QStringLiteral("journal: ") + problems.join(QStringLiteral("; ")));
    return Result<Done>::success({});
}

Result<Done> DbFunnelJournal::probeWritable()
{
    // Found now rather than in the middle of an outage, when it is too late.
    const QString path = m_directory + QStringLiteral("/.probe-%1").arg(m_runId);
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return fail(QStringLiteral("the journal directory %1 is not writable: %2")
                        .arg(m_directory, probe.errorString()));
    const bool written = probe.write("torque", 6) == 6 && ::fdatasync(probe.handle()) == 0;
    const QString error = written ? QString() : probe.errorString();
    probe.close();
    QFile::remove(path);
    if (!written)
        return fail(QStringLiteral("cannot write in the journal directory %1: %2").arg(m_directory, error));
    return Result<Done>::success({});
}

QList<qint64> DbFunnelJournal::pendingRunIds() const
{
    QList<qint64> runs;
    for (const Segment &segment : m_segments) {
        if (segment.records > 0 && !runs.contains(segment.runId))
            runs << segment.runId;
    }
    return runs;
}

void DbFunnelJournal::stage(const DbWrite &write)
{
    DbFunnelCodec::appendRecord(m_staged, write);
    ++m_stagedCount;
    m_stagedLastSeq = write.seq;
}

void DbFunnelJournal::discardStaged()
{
    m_staged.clear();
    m_stagedCount = 0;
}

Result<Done> DbFunnelJournal::startSegment()
{
    const qint64 number = m_nextNumber;
    const QString path = segmentPath(number);
    const bool existed = QFileInfo::exists(path);
    m_writeFile.setFileName(path);
    // Append, never truncate: an existing entry is not ours to clobber.
    if (!m_writeFile.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return fail(QStringLiteral("cannot create the journal segment %1: %2").arg(path, m_writeFile.errorString()));
    const QByteArray header = DbFunnelCodec::encodeHeader({m_runId, QDateTime::currentMSecsSinceEpoch()});
    if (m_writeFile.write(header) != header.size() || ::fdatasync(m_writeFile.handle()) != 0
        || !syncDirectory(m_directory)) {
        const QString error = m_writeFile.error() != QFileDevice::NoError ? m_writeFile.errorString() : errnoText();
        m_writeFile.close();
        if (!existed)
            QFile::remove(path);
        return fail(QStringLiteral("cannot write the journal segment %1: %2").arg(path, error));
    }
    ++m_nextNumber;
    Segment segment;
    segment.number = number;
    segment.path = path;
    segment.runId = m_runId;
    segment.readOffset = segment.endOffset = DbFunnelCodec::HeaderSize;
    segment.active = true;
    m_segments.push_back(segment);
    return Result<Done>::success({});
}

void DbFunnelJournal::closeActive()
{
    if (m_segments.empty() || !m_segments.back().active)
        return;
    if (hasUnsynced())
        sync();
    m_segments.back().active = false;
    m_writeFile.close();
}

Result<Done> DbFunnelJournal::writeStaged()
{
    if (m_stagedCount == 0)
        return Result<Done>::success({});
    const bool haveActive = !m_segments.empty() && m_segments.back().active;
    if (haveActive && m_segments.back().endOffset > DbFunnelCodec::HeaderSize
        && m_segments.back().endOffset + m_staged.size() > m_segmentBytes)
        closeActive();
    if (m_segments.empty() || !m_segments.back().active) {
        if (const Result<Done> started = startSegment(); !started) {
            discardStaged();
            return started;
        }
    }
    Segment &segment = m_segments.back();
    const qint64 written = m_writeFile.write(m_staged);
    if (written != m_staged.size()) {
        const QString error = m_writeFile.errorString();
        // Cut the torn tail off so that the segment ends on a whole record;
        // if even that fails, the reader stops at the torn record anyway.
        m_writeFile.resize(segment.endOffset);
        closeActive();
        discardStaged();
        return fail(QStringLiteral("cannot write the journal segment %1: %2").arg(segment.path, error));
    }
    segment.endOffset += written;
    segment.records += m_stagedCount;
    m_pendingRecords += m_stagedCount;
    m_pendingBytes += written;
    m_writtenSeq = m_stagedLastSeq;
    m_staged.clear();
    m_stagedCount = 0;
    return Result<Done>::success({});
}

Result<Done> DbFunnelJournal::sync()
{
    if (!hasUnsynced())
        return Result<Done>::success({});
    if (m_segments.empty() || !m_segments.back().active || !m_writeFile.isOpen()) {
        // The segment was closed after a failure; what it holds was synced
        // then or is lost with the failure already reported.
        m_syncedSeq = m_writtenSeq;
        return Result<Done>::success({});
    }
    if (::fdatasync(m_writeFile.handle()) != 0)
        return fail(QStringLiteral("cannot sync the journal segment %1: %2")
                        .arg(m_segments.back().path, errnoText()));
    m_syncedSeq = m_writtenSeq;
    return Result<Done>::success({});
}

Result<DbFunnelJournal::Batch> DbFunnelJournal::peek(int maxRecords)
{
    Batch batch;
    // Finished segments with nothing left (all records skipped) go first.
    while (!m_segments.empty() && m_segments.front().readOffset >= m_segments.front().endOffset
           && !m_segments.front().active)
        removeFront();
    if (m_segments.empty() || m_segments.front().readOffset >= m_segments.front().endOffset)
        return Result<Batch>::success(std::move(batch));

    Segment &segment = m_segments.front();
    if (m_readNumber != segment.number || !m_readFile.isOpen()) {
        m_readFile.close();
        m_readFile.setFileName(segment.path);
        if (!m_readFile.open(QIODevice::ReadOnly))
            return Result<Batch>::failure(ErrorCode::Internal,
                                          QStringLiteral("cannot read the journal segment %1: %2")
                                              .arg(segment.path, m_readFile.errorString()));
        m_readNumber = segment.number;
    }
    batch.runId = segment.runId;
    const qint64 remaining = segment.endOffset - segment.readOffset;
    qint64 want = std::min(remaining, ReadChunk);
    qsizetype pos = 0;
    for (;;) {
        if (!m_readFile.seek(segment.readOffset))
            return Result<Batch>::failure(ErrorCode::Internal, QStringLiteral("cannot seek in %1: %2")
                                                                   .arg(segment.path, m_readFile.errorString()));
        const QByteArray bytes = m_readFile.read(want);
        pos = 0;
        batch.writes.reserve(std::min<qint64>(maxRecords, segment.records));
        DbFunnelCodec::Decoded decoded = DbFunnelCodec::Decoded::Ok;
        while (int(batch.writes.size()) < maxRecords && pos < bytes.size()) {
            DbWrite write;
            qsizetype consumed = 0;
            decoded = DbFunnelCodec::decodeRecord(QByteArrayView(bytes).sliced(pos), &write, &consumed);
            if (decoded != DbFunnelCodec::Decoded::Ok)
                break;
            batch.writes.push_back(std::move(write));
            pos += consumed;
        }
        if (decoded == DbFunnelCodec::Decoded::Incomplete && pos == 0 && want < remaining) {
            // A single record larger than the first read: read enough for it.
            want = std::min(remaining, qint64(DbFunnelCodec::MaxPayload) + DbFunnelCodec::RecordOverhead);
            continue;
        }
        const bool damaged = decoded == DbFunnelCodec::Decoded::Corrupt
            || (decoded == DbFunnelCodec::Decoded::Incomplete && want >= remaining)
            || (batch.writes.empty() && bytes.size() < qMin<qint64>(want, DbFunnelCodec::RecordOverhead));
        if (damaged) {
            // Valid when written, not any more (the disk, or another
            // program): drop the rest of this segment, loudly.
            const qint64 lost = segment.records - qint64(batch.writes.size());
            qCCritical(lcDb).noquote() << "journal:" << segment.path << "is damaged at offset"
                                       << segment.readOffset + pos << "; skipping" << lost << "records after it";
            m_damageReport = QStringLiteral("journal segment %1 is damaged; %2 writes in it cannot be read")
                                 .arg(segment.path)
                                 .arg(lost);
            m_pendingRecords -= lost;
            m_pendingBytes -= segment.endOffset - (segment.readOffset + pos);
            segment.records = qint64(batch.writes.size());
            segment.endOffset = segment.readOffset + pos;
        }
        break;
    }
    batch.endOffset = segment.readOffset + pos;
    return Result<Batch>::success(std::move(batch));
}

void DbFunnelJournal::consume(const Batch &batch)
{
    if (m_segments.empty() || batch.writes.empty())
        return;
    Segment &segment = m_segments.front();
    const qint64 count = qint64(batch.writes.size());
    m_pendingBytes -= batch.endOffset - segment.readOffset;
    m_pendingRecords -= count;
    segment.records -= count;
    segment.readOffset = batch.endOffset;
    if (segment.readOffset >= segment.endOffset && !segment.active)
        removeFront();
}

void DbFunnelJournal::removeFront()
{
    const Segment segment = m_segments.front();
    m_segments.pop_front();
    if (m_readNumber == segment.number) {
        m_readFile.close();
        m_readNumber = 0;
    }
    if (!QFile::remove(segment.path))
        qCWarning(lcDb).noquote() << "journal: cannot delete the finished segment" << segment.path;
}

void DbFunnelJournal::retireIfDrained()
{
    if (m_pendingRecords > 0 || m_stagedCount > 0)
        return;
    closeActive();
    while (!m_segments.empty())
        removeFront();
}
