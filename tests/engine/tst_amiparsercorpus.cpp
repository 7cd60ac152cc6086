#include "engine/ami/amiparser.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

struct Outcome {
    QList<AmiMessage> messages;
    bool ok = true;
    qsizetype maxBuffered = 0;
};

Outcome run(QByteArrayView stream, AmiParser::Side side, const AmiParser::Limits &limits,
            qsizetype chunk)
{
    AmiParser parser(side, limits);
    Outcome outcome;
    for (qsizetype pos = 0; pos < stream.size() && outcome.ok; pos += chunk) {
        outcome.ok = parser.feed(stream.sliced(pos, qMin(chunk, stream.size() - pos)),
                                 outcome.messages);
        outcome.maxBuffered = qMax(outcome.maxBuffered, parser.bufferedBytes());
        if (!outcome.ok && parser.error().isEmpty())
            qFatal("feed failed without saying why");
    }
    return outcome;
}

// The fuzzer's tiny limits (fuzz/amiparser_fuzzer.cpp), to reach every limit.
AmiParser::Limits tinyLimits()
{
    AmiParser::Limits limits;
    limits.maxLineBytes = 64;
    limits.maxMessageBytes = 512;
    limits.maxFields = 8;
    limits.maxDiscardedLines = 3;
    return limits;
}

} // namespace

// Replays every libFuzzer seed and finding (tests/data/ami/corpus) the way the
// fuzzer reads it (first byte: side, limits, chunk size; then the stream) and
// with every side, limit set and a few chunk sizes: nothing may crash, memory
// stays inside the limits, chunked parsing equals whole parsing, and every
// message serializes to one that parses back.
class TestAmiParserCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(TORQUE_AMI_TEST_DATA "/corpus"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 10, "the corpus is missing");
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        if (data.size() < 2)
            return;
        const auto mode = uchar(data[0]);
        const QByteArrayView stream = QByteArrayView(data).sliced(1);
        const qsizetype modeChunk = 1 + (mode >> 2);

        for (const AmiParser::Limits &limits : {AmiParser::Limits(), tinyLimits()}) {
            for (auto side : {AmiParser::Side::Client, AmiParser::Side::Server}) {
                const Outcome whole = run(stream, side, limits, stream.size());
                for (qsizetype chunk : {qsizetype(1), qsizetype(7), modeChunk}) {
                    const Outcome pieces = run(stream, side, limits, chunk);
                    QVERIFY(pieces.maxBuffered <= limits.maxMessageBytes + limits.maxLineBytes + 2);
                    if (stream.contains('\0'))
                        continue; // a NUL fails a whole read at once
                    QCOMPARE(pieces.ok, whole.ok);
                    QCOMPARE(pieces.messages.size(), whole.messages.size());
                    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
                        QVERIFY(pieces.messages[i].fields() == whole.messages[i].fields());
                        QCOMPARE(pieces.messages[i].commandOutput(), whole.messages[i].commandOutput());
                    }
                }
                // ": " may add a byte per line, hence the wider limits.
                AmiParser::Limits wide;
                wide.maxLineBytes = 2 * limits.maxLineBytes + 16;
                wide.maxMessageBytes = 2 * limits.maxMessageBytes + 64;
                for (const AmiMessage &m : whole.messages) {
                    QVERIFY(!m.fields().isEmpty());
                    QVERIFY(m.fields().size() <= limits.maxFields);
                    AmiParser again(AmiParser::Side::Server, wide);
                    QList<AmiMessage> back;
                    QVERIFY2(again.feed(m.serialize(), back), qPrintable(again.error()));
                    QCOMPARE(back.size(), 1);
                    QCOMPARE(back[0].kind(), m.kind());
                    // Old-style raw output whose first line reads like a
                    // Follows header cannot round-trip (ambiguous format).
                    if (m.isType("Follows") && !m.commandOutput().isEmpty())
                        QVERIFY(back[0].fields().size() >= m.fields().size());
                    else
                        QCOMPARE(back[0].fields().size(), m.fields().size());
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestAmiParserCorpus)
#include "tst_amiparsercorpus.moc"
