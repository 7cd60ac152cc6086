#include "engine/db/dbfunnel.h"
#include "engine/db/dbfunnelcodec.h"
#include "engine/db/dbfunneljournal.h"
#include "engine/db/schemamigrator.h"
#include "tests/engine/dbfunnelstream.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

DbWrite numberWrite(qint64 seq)
{
    DbWrite write;
    write.seq = seq;
    write.payload = NumberStatusUpdate{seq, QStringLiteral("busy"), int(seq % 10), seq * 1000};
    return write;
}

QStringList entries(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::System | QDir::Hidden);
}

// Writes n records seq first..first+n-1 and syncs them.
void writeRecords(DbFunnelJournal &journal, qint64 first, qint64 n)
{
    for (qint64 seq = first; seq < first + n; ++seq)
        journal.stage(numberWrite(seq));
    QVERIFY(journal.writeStaged().ok());
    QVERIFY(journal.sync().ok());
}

// Reads everything back in batches of batchSize; returns the seqs in order.
QList<qint64> drain(DbFunnelJournal &journal, int batchSize)
{
    QList<qint64> seqs;
    while (journal.hasPending()) {
        Result<DbFunnelJournal::Batch> batch = journal.peek(batchSize);
        if (!batch || batch.value().writes.empty())
            break;
        for (const DbWrite &write : batch.value().writes)
            seqs << write.seq;
        journal.consume(batch.value());
    }
    return seqs;
}

} // namespace

class TestDbFunnelJournal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void codecRoundTripsEveryKind();
    void codecRefusesDamage();
    void segmentsRollAndAreReadInOrder();
    void reopenFindsWhatEarlierRunsLeft();
    void tornTailIsIgnored();
    void damagedHeaderIsMovedAside();
    void damagedSegmentIsReportedNotFatal();
    void unwritableDirectoryIsReportedAndWritesStillLand();
    void fullDiskIsReportedAndWritesStillLand();
    void fullDiskAndNoDatabaseRefusesPastTheHardLimit();

private:
    DbFunnelOptions options(const QString &journal) const;

    std::unique_ptr<TestDatabase> m_database;
};

void TestDbFunnelJournal::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    const Result<Done> seeded = DbFunnelStream::seed(m_database->db());
    QVERIFY2(seeded.ok(), qPrintable(seeded.detail()));
}

DbFunnelOptions TestDbFunnelJournal::options(const QString &journal) const
{
    DbFunnelOptions options;
    options.url = m_database->url();
    options.funnelName = QStringLiteral("tst_dbfunneljournal");
    options.journalDirectory = journal;
    options.flushIntervalMs = 10;
    options.reconnectMinMs = 50;
    options.reconnectMaxMs = 200;
    options.journalRetryMs = 200;
    return options;
}

void TestDbFunnelJournal::codecRoundTripsEveryKind()
{
    auto cdr = std::make_shared<CdrRecord>();
    cdr->customerId = 1;
    cdr->numberId = -5;
    cdr->phone = QStringLiteral("+39 06 1234");
    cdr->uniqueId = QStringLiteral("1700000000.1");
    cdr->startedAtMs = 1700000000000;
    cdr->answeredAtMs = 0;
    cdr->hangupCause = 16;
    cdr->disposition = QStringLiteral("àèì \U0001F600");
    cdr->costMicros = -42;
    auto sample = std::make_shared<PacingSampleRecord>();
    sample->campaignId = 7;
    sample->engineId = QStringLiteral("e1");
    sample->figures = QJsonObject{{QStringLiteral("ratio"), 1.5}, {QStringLiteral("abandon"), 0.02}};
    auto log = std::make_shared<SystemLogEntry>();
    log->level = QStringLiteral("info");
    log->message = QString(70000, QLatin1Char('x'));  // longer than the column: the journal keeps it all
    auto timedLog = std::make_shared<SystemLogEntry>(*log);
    timedLog->createdAt = QDateTime::fromMSecsSinceEpoch(123456, Qt::UTC);

    QList<DbWrite> writes;
    writes << numberWrite(1);
    writes << DbWrite{2, std::shared_ptr<const CdrRecord>(cdr)};
    writes << DbWrite{3, std::shared_ptr<const CdrRecord>(std::make_shared<CdrRecord>())};
    writes << DbWrite{4, std::shared_ptr<const PacingSampleRecord>(sample)};
    writes << DbWrite{5, std::shared_ptr<const SystemLogEntry>(log)};
    writes << DbWrite{6, std::shared_ptr<const SystemLogEntry>(timedLog)};
    QByteArray bytes;
    for (const DbWrite &write : std::as_const(writes))
        DbFunnelCodec::appendRecord(bytes, write);

    qsizetype pos = 0;
    for (const DbWrite &expected : std::as_const(writes)) {
        DbWrite decoded;
        qsizetype consumed = 0;
        QCOMPARE(DbFunnelCodec::decodeRecord(QByteArrayView(bytes).sliced(pos), &decoded, &consumed),
                 DbFunnelCodec::Decoded::Ok);
        pos += consumed;
        QCOMPARE(decoded.seq, expected.seq);
        QCOMPARE(decoded.kind(), expected.kind());
        switch (expected.kind()) {
        case DbWrite::Kind::NumberStatus:
            QVERIFY(std::get<NumberStatusUpdate>(decoded.payload) == std::get<NumberStatusUpdate>(expected.payload));
            break;
        case DbWrite::Kind::Cdr:
            QVERIFY(*std::get<std::shared_ptr<const CdrRecord>>(decoded.payload)
                    == *std::get<std::shared_ptr<const CdrRecord>>(expected.payload));
            break;
        case DbWrite::Kind::PacingSample:
            QVERIFY(*std::get<std::shared_ptr<const PacingSampleRecord>>(decoded.payload)
                    == *std::get<std::shared_ptr<const PacingSampleRecord>>(expected.payload));
            break;
        case DbWrite::Kind::SystemLog:
            QVERIFY(*std::get<std::shared_ptr<const SystemLogEntry>>(decoded.payload)
                    == *std::get<std::shared_ptr<const SystemLogEntry>>(expected.payload));
            break;
        case DbWrite::Kind::None:
            QFAIL("empty write");
        }
    }
    QCOMPARE(pos, bytes.size());

    const DbFunnelCodec::Header header{0x1234567890abcdefLL, 1700000000000};
    const std::optional<DbFunnelCodec::Header> back = DbFunnelCodec::decodeHeader(DbFunnelCodec::encodeHeader(header));
    QVERIFY(back);
    QCOMPARE(back->runId, header.runId);
    QCOMPARE(back->createdAtMs, header.createdAtMs);
}

void TestDbFunnelJournal::codecRefusesDamage()
{
    QByteArray bytes;
    DbFunnelCodec::appendRecord(bytes, numberWrite(9));
    DbWrite decoded;
    qsizetype consumed = 0;
    QCOMPARE(DbFunnelCodec::decodeRecord(QByteArrayView(bytes).first(bytes.size() - 1), &decoded, &consumed),
             DbFunnelCodec::Decoded::Incomplete);
    QCOMPARE(DbFunnelCodec::decodeRecord(QByteArrayView(bytes).first(5), &decoded, &consumed),
             DbFunnelCodec::Decoded::Incomplete);
    QByteArray flipped = bytes;
    flipped[12] = char(flipped[12] ^ 0x40);
    QCOMPARE(DbFunnelCodec::decodeRecord(flipped, &decoded, &consumed), DbFunnelCodec::Decoded::Corrupt);
    QByteArray huge = bytes;
    huge[3] = char(0x7f);  // length far past MaxPayload
    QCOMPARE(DbFunnelCodec::decodeRecord(huge, &decoded, &consumed), DbFunnelCodec::Decoded::Corrupt);
    QByteArray header = DbFunnelCodec::encodeHeader({1, 2});
    header[10] = 'x';
    QVERIFY(!DbFunnelCodec::decodeHeader(header));
}

void TestDbFunnelJournal::segmentsRollAndAreReadInOrder()
{
    QTemporaryDir dir;
    DbFunnelJournal journal(dir.path(), 77, 4096);
    QVERIFY(journal.open().ok());
    for (int piece = 0; piece < 10; ++piece)
        writeRecords(journal, piece * 100 + 1, 100);
    QCOMPARE(journal.pendingRecords(), 1000);
    QCOMPARE(journal.syncedSeq(), 1000);
    QVERIFY(entries(dir.path()).size() > 3);
    QCOMPARE(journal.pendingRunIds(), QList<qint64>{77});

    const QList<qint64> seqs = drain(journal, 64);
    QCOMPARE(seqs.size(), 1000);
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), qint64(i + 1));
    QCOMPARE(journal.pendingRecords(), 0);
    QCOMPARE(journal.pendingBytes(), 0);
    // Only the segment still being appended to remains, until retired.
    QCOMPARE(entries(dir.path()).size(), 1);
    journal.retireIfDrained();
    QVERIFY(entries(dir.path()).isEmpty());
}

void TestDbFunnelJournal::reopenFindsWhatEarlierRunsLeft()
{
    QTemporaryDir dir;
    {
        DbFunnelJournal first(dir.path(), 1, 1 << 20);
        QVERIFY(first.open().ok());
        writeRecords(first, 1, 300);
        // Half of it was written to the database before the "crash".
        Result<DbFunnelJournal::Batch> batch = first.peek(150);
        QVERIFY(batch.ok());
        first.consume(batch.value());
    }
    {
        DbFunnelJournal second(dir.path(), 2, 1 << 20);
        QVERIFY(second.open().ok());
        // The reader position is not kept: all 300 come back, and the funnel
        // skips those funnel_state says are written.
        QCOMPARE(second.pendingRecords(), 300);
        QCOMPARE(second.pendingRunIds(), QList<qint64>{1});
        writeRecords(second, 1, 50);  // run 2's own writes, after run 1's
        Result<DbFunnelJournal::Batch> batch = second.peek(1000);
        QVERIFY(batch.ok());
        QCOMPARE(batch.value().runId, 1);
        QCOMPARE(qint64(batch.value().writes.size()), 300);
        second.consume(batch.value());
        batch = second.peek(1000);
        QCOMPARE(batch.value().runId, 2);
        QCOMPARE(qint64(batch.value().writes.size()), 50);
    }
}

void TestDbFunnelJournal::tornTailIsIgnored()
{
    QTemporaryDir dir;
    QString path;
    {
        DbFunnelJournal journal(dir.path(), 1, 1 << 20);
        QVERIFY(journal.open().ok());
        writeRecords(journal, 1, 100);
        path = dir.filePath(entries(dir.path()).first());
    }
    // A crash in the middle of a write(2): half a record at the end.
    QByteArray half;
    DbFunnelCodec::appendRecord(half, numberWrite(101));
    QFile file(path);
    QVERIFY(file.open(QIODevice::Append));
    file.write(half.first(half.size() / 2));
    file.close();

    DbFunnelJournal journal(dir.path(), 2, 1 << 20);
    QVERIFY(journal.open().ok());
    QCOMPARE(journal.pendingRecords(), 100);
    const QList<qint64> seqs = drain(journal, 1000);
    QCOMPARE(seqs.size(), 100);
    QCOMPARE(seqs.last(), 100);
    // The finished segment is gone, torn tail and all.
    QVERIFY(!QFile::exists(path));
}

void TestDbFunnelJournal::damagedHeaderIsMovedAside()
{
    QTemporaryDir dir;
    QFile bad(dir.filePath(QStringLiteral("journal-0000000000000005.tjl")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(100, 'z'));
    bad.close();
    DbFunnelJournal journal(dir.path(), 1, 1 << 20);
    QVERIFY(journal.open().ok());
    const QString damage = journal.takeDamageReport();
    QVERIFY2(damage.contains(QLatin1String("no valid header")), qPrintable(damage));
    QCOMPARE(journal.pendingRecords(), 0);
    QVERIFY(QFile::exists(bad.fileName() + QStringLiteral(".corrupt")));
    // Still usable; new segments are numbered after the damaged one.
    writeRecords(journal, 1, 10);
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("journal-0000000000000006.tjl"))));
}

void TestDbFunnelJournal::damagedSegmentIsReportedNotFatal()
{
    QVERIFY(DbFunnelStream::reset(m_database->db()).ok());
    QTemporaryDir journal;
    QFile bad(journal.filePath(QStringLiteral("journal-0000000000000003.tjl")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray(64, 'z'));
    bad.close();
    DbFunnel funnel(options(journal.path()));
    funnel.start();
    const DbFunnelStatus status = funnel.status();
    QVERIFY2(status.lastError.contains(QLatin1String("no valid header")), qPrintable(status.lastError));
    QCOMPARE(status.journal, DbFunnelStatus::Journal::Idle);
    for (qint64 i = 1; i <= 100; ++i)
        QVERIFY(DbFunnelStream::enqueue(funnel, i));
    QVERIFY(funnel.waitForDrained(10000));
    QCOMPARE(DbFunnelStream::verify(m_database->db()).value(), 100);
}

void TestDbFunnelJournal::unwritableDirectoryIsReportedAndWritesStillLand()
{
    QVERIFY(DbFunnelStream::reset(m_database->db()).ok());
    QTemporaryDir base;
    const QString journal = base.filePath(QStringLiteral("journal"));
    QVERIFY(QDir().mkpath(journal));
    // Root ignores permission bits: the immutable attribute stops it too.
    QVERIFY(QFile::setPermissions(journal, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
    const bool root = ::geteuid() == 0;
    if (root)
        QCOMPARE(QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), journal}), 0);
    const auto restore = qScopeGuard([&] {
        if (root)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), journal});
        QFile::setPermissions(journal, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    {
        QFile probe(journal + QStringLiteral("/probe"));
        QVERIFY2(!probe.open(QIODevice::WriteOnly), "could not make a read-only directory for this test");
    }

    DbFunnelOptions opts = options(journal);
    opts.writeAhead = true;
    DbFunnel funnel(opts);
    QSignalSpy failed(&funnel, &DbFunnel::journalFailed);
    funnel.start();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(journal), qPrintable(failed.first().first().toString()));
    QCOMPARE(funnel.status().journal, DbFunnelStatus::Journal::Failed);
    QVERIFY(funnel.status().lastError.contains(QLatin1String("journal")));
    // Without a journal the writes are still written, from memory.
    for (qint64 i = 1; i <= 2000; ++i)
        QVERIFY(DbFunnelStream::enqueue(funnel, i));
    QVERIFY(funnel.waitForDrained(30000));
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), 2000);
    QCOMPARE(funnel.status().dropped, 0u);
    QCOMPARE(failed.size(), 1);  // reported once, not on every retry
}

void TestDbFunnelJournal::fullDiskIsReportedAndWritesStillLand()
{
    QVERIFY(DbFunnelStream::reset(m_database->db()).ok());
    QTemporaryDir journal;
    // Every write to the next segment fails with ENOSPC.
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), journal.filePath(QStringLiteral("journal-0000000000000001.tjl"))));
    DbFunnelOptions opts = options(journal.path());
    opts.writeAhead = true;
    DbFunnel funnel(opts);
    QSignalSpy failed(&funnel, &DbFunnel::journalFailed);
    funnel.start();
    for (qint64 i = 1; i <= 2000; ++i)
        QVERIFY(DbFunnelStream::enqueue(funnel, i));
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("No space left on device")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(funnel.waitForDrained(30000));
    const Result<qint64> verified = DbFunnelStream::verify(m_database->db());
    QVERIFY2(verified.ok(), qPrintable(verified.detail()));
    QCOMPARE(verified.value(), 2000);
    QCOMPARE(funnel.status().journal, DbFunnelStatus::Journal::Failed);
}

void TestDbFunnelJournal::fullDiskAndNoDatabaseRefusesPastTheHardLimit()
{
    QTemporaryDir journal;
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), journal.filePath(QStringLiteral("journal-0000000000000001.tjl"))));
    DbFunnelOptions opts = options(journal.path());
    opts.url = DatabaseUrl::parse(QStringLiteral("sqlite:///dev/null/torque/unreachable.db")).value();
    opts.memoryLimit = 100;
    opts.hardLimit = 1000;
    DbFunnel funnel(opts);
    QSignalSpy failed(&funnel, &DbFunnel::journalFailed);
    QSignalSpy dropped(&funnel, &DbFunnel::writesDropped);
    funnel.start();
    int accepted = 0;
    for (qint64 i = 1; i <= 1500; ++i) {
        if (DbFunnelStream::enqueue(funnel, i))
            ++accepted;
    }
    QCOMPARE(accepted, 1000);
    QTRY_VERIFY(!failed.isEmpty());
    QTRY_VERIFY(!dropped.isEmpty());
    QCOMPARE(dropped.last().first().value<quint64>(), 500u);
    DbFunnelStatus status = funnel.status();
    QCOMPARE(status.dropped, 500u);
    QCOMPARE(status.memoryBacklog, 1000);  // kept what it could
    QCOMPARE(status.journal, DbFunnelStatus::Journal::Failed);
    QCOMPARE(status.connection, DbFunnelStatus::Connection::Disconnected);
    QVERIFY2(status.lastError.contains(QLatin1String("refused")), qPrintable(status.lastError));
    // Stopping now loses those 1000, and says so.
    funnel.stop();
    status = funnel.status();
    QCOMPARE(status.dropped, 1500u);
    QVERIFY2(status.lastError.contains(QLatin1String("lost")), qPrintable(status.lastError));
}

QTEST_GUILESS_MAIN(TestDbFunnelJournal)
#include "tst_dbfunneljournal.moc"
