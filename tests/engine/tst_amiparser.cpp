#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

// QByteArrayView::mid is 6.5+; clamps like QByteArray::mid without copying.
QByteArrayView slice(const QByteArray &data, qsizetype pos, qsizetype n)
{
    return QByteArrayView(data).sliced(pos, qMin(n, data.size() - pos));
}

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(TORQUE_AMI_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Counted without the parser: blank-line separated blocks.
int countBlocks(const QByteArray &data)
{
    int blocks = 0;
    bool inBlock = false;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (inBlock)
                ++blocks;
            inBlock = false;
        } else {
            inBlock = true;
        }
    }
    return blocks + (inBlock ? 1 : 0);
}

int countBlocksStartingWith(const QByteArray &data, const QByteArray &prefix)
{
    // A block starts after a blank line, or after the banner on line one.
    int count = 0;
    bool atStart = true;
    for (QByteArray line : data.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            atStart = true;
            continue;
        }
        if (line.startsWith("Asterisk Call Manager/"))
            continue;
        if (atStart && line.startsWith(prefix))
            ++count;
        atStart = false;
    }
    return count;
}

// Feeds `data` whole (chunk 0), in fixed chunks (chunk > 0) or in random
// chunks of 1..4096 bytes from `seed` (chunk < 0).
QList<AmiMessage> parse(const QByteArray &data, AmiParser::Side side, int chunk, quint32 seed,
                        bool *ok, AmiParser *parserOut = nullptr)
{
    AmiParser local(side);
    AmiParser &parser = parserOut ? *parserOut : local;
    QList<AmiMessage> out;
    QRandomGenerator random(seed);
    qsizetype pos = 0;
    *ok = true;
    while (pos < data.size() && *ok) {
        qsizetype n = data.size() - pos;
        if (chunk > 0)
            n = qMin<qsizetype>(n, chunk);
        else if (chunk < 0)
            n = qMin<qsizetype>(n, random.bounded(1, 4097));
        *ok = parser.feed(slice(data, pos, n), out);
        pos += n;
    }
    return out;
}

bool sameMessages(const QList<AmiMessage> &a, const QList<AmiMessage> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].fields() != b[i].fields() || a[i].commandOutput() != b[i].commandOutput())
            return false;
    }
    return true;
}

const AmiMessage *findEvent(const QList<AmiMessage> &messages, QByteArrayView type,
                            QByteArrayView key, QByteArrayView value)
{
    for (const AmiMessage &m : messages) {
        if (m.kind() == AmiMessage::Kind::Event && m.isType(type) && m.value(key) == value)
            return &m;
    }
    return nullptr;
}

QByteArray fields(int count)
{
    QByteArray text = "Event: Big\r\n";
    for (int i = 0; i < count; ++i)
        text += "Key" + QByteArray::number(i) + ": v\r\n";
    return text + "\r\n";
}

} // namespace

class TestAmiParser final : public QObject
{
    Q_OBJECT

private slots:
    void capturesParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("server");
        QTest::addColumn<bool>("bareLf");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("events");
        const struct {
            const char *file;
            bool server;
            int expected;
            int events;
        } files[] = {
            {"capture-local-channels.txt", false, 318, 311},
            {"capture-sip-channel.txt", false, 74, 70},
            {"sent-actions.txt", true, 7, 0},
        };
        for (const auto &f : files) {
            for (bool lf : {false, true}) {
                QTest::addRow("%s%s", f.file, lf ? " LF" : "")
                        << QString::fromLatin1(f.file) << f.server << lf << f.expected << f.events;
            }
        }
    }

    void capturesParse()
    {
        QFETCH(QString, file);
        QFETCH(bool, server);
        QFETCH(bool, bareLf);
        QFETCH(int, expected);
        QFETCH(int, events);
        QByteArray data = readData(file);
        if (bareLf)
            data.replace("\r\n", "\n");
        // The independent count must agree with the documented one first.
        QCOMPARE(countBlocks(data), expected);
        QCOMPARE(countBlocksStartingWith(data, "Event: "), events);

        const auto side = server ? AmiParser::Side::Server : AmiParser::Side::Client;
        bool ok = false;
        const QList<AmiMessage> whole = parse(data, side, 0, 0, &ok);
        QVERIFY(ok);
        QCOMPARE(whole.size(), expected);
        int eventCount = 0;
        for (const AmiMessage &m : whole) {
            QVERIFY(m.kind() != AmiMessage::Kind::Unknown);
            eventCount += m.kind() == AmiMessage::Kind::Event ? 1 : 0;
        }
        QCOMPARE(eventCount, events);

        const QList<AmiMessage> bytewise = parse(data, side, 1, 0, &ok);
        QVERIFY(ok);
        QVERIFY(sameMessages(whole, bytewise));
        for (quint32 seed : {1u, 7u, 42u, 2024u, 99991u}) {
            const QList<AmiMessage> random = parse(data, side, -1, seed, &ok);
            QVERIFY2(ok, qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY2(sameMessages(whole, random), qPrintable(QStringLiteral("seed %1").arg(seed)));
        }
    }

    void knownValues()
    {
        AmiParser parser(AmiParser::Side::Client);
        bool ok = false;
        const QList<AmiMessage> m = parse(readData(QStringLiteral("capture-local-channels.txt")),
                                          AmiParser::Side::Client, 0, 0, &ok, &parser);
        QVERIFY(ok);
        QCOMPARE(parser.banner(), QByteArray("Asterisk Call Manager/9.0.0"));
        QCOMPARE(parser.discardedLines(), 0);

        QCOMPARE(m[0].kind(), AmiMessage::Kind::Response);
        QCOMPARE(m[0].type(), QByteArray("Success"));
        QCOMPARE(m[0].actionId(), QByteArray("login-1"));
        QCOMPARE(m[0].value("message"), QByteArray("Authentication accepted"));

        // Values keep their colons; the split is at the first one.
        QCOMPARE(m[2].value("EventTV"), QByteArray("2026-11-25T22:25:31.198+0000"));
        QCOMPARE(m[2].value("LocalAddress"), QByteArray("IPV4/TCP/127.0.0.1/5038"));

        const AmiMessage &newchannel = m[8];
        QCOMPARE(newchannel.type(), QByteArray("Newchannel"));
        QCOMPARE(newchannel.value("Channel"), QByteArray("Local/5550004@simnet-00000002;1"));
        QVERIFY(newchannel.has("AccountCode"));
        QCOMPARE(newchannel.value("AccountCode"), QByteArray());
        QVERIFY(!newchannel.has("NoSuchKey"));
        QCOMPARE(newchannel.value("uniqueid"), QByteArray("lead-1004-a"));
        QCOMPARE(newchannel.fields().size(), 17);
        QCOMPARE(newchannel.fields().at(3).first, QByteArray("Channel"));

        // An event that carries a Response key and an ActionID is still an event.
        const AmiMessage *originate = findEvent(m, "OriginateResponse", "ActionID", "orig-1003");
        QVERIFY(originate);
        QCOMPARE(originate->kind(), AmiMessage::Kind::Event);
        QCOMPARE(originate->value("Response"), QByteArray("Failure"));
        QCOMPARE(originate->value("Reason"), QByteArray("5"));
        QCOMPARE(originate->value("CallerIDName"), QByteArray("Campaign 7"));

        const AmiMessage *amd = findEvent(m, "UserEvent", "LeadID", "1002");
        QVERIFY(amd);
        QCOMPARE(amd->value("UserEvent"), QByteArray("DialerAMD"));
        QCOMPARE(amd->value("AMDStatus"), QByteArray("MACHINE"));
        QCOMPARE(amd->value("AMDCause"), QByteArray("LONGGREETING-1500-1500"));

        QCOMPARE(m.last().type(), QByteArray("Goodbye"));
        QCOMPARE(m.last().value("Message"), QByteArray("Thanks for all the fish."));
    }

    void actionsWithRepeatedKeys()
    {
        bool ok = false;
        const QList<AmiMessage> m = parse(readData(QStringLiteral("sent-actions.txt")),
                                          AmiParser::Side::Server, 0, 0, &ok);
        QVERIFY(ok);
        QCOMPARE(m[0].kind(), AmiMessage::Kind::Action);
        QCOMPARE(m[0].type(), QByteArray("Login"));
        QCOMPARE(m[0].value("Secret"), QByteArray("dialerpass"));
        const AmiMessage &originate = m[1];
        QVERIFY(originate.isType("originate"));
        QCOMPARE(originate.value("CallerID"), QByteArray("\"Campaign 7\" <8005550100>"));
        const QList<QByteArray> vars = originate.values("Variable");
        QCOMPARE(vars.size(), 4);
        QCOMPARE(vars[0], QByteArray("LEAD_ID=1001"));
        QCOMPARE(vars[3], QByteArray("_SIM_TALK_MAX=8"));
        QCOMPARE(originate.value("OtherChannelId"), QByteArray("lead-1001-b"));
    }

    void fieldSyntax()
    {
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("Action: Test\nA:\nB:x\nC:   spaced  \nD: a: b: c\n\n\n\n", out));
        QCOMPARE(out.size(), 1); // extra blank lines between messages are harmless
        QCOMPARE(out[0].value("A"), QByteArray());
        QCOMPARE(out[0].value("B"), QByteArray("x"));
        QCOMPARE(out[0].value("C"), QByteArray("spaced  "));
        QCOMPARE(out[0].value("D"), QByteArray("a: b: c"));
    }

    void messageBuilding()
    {
        AmiMessage action = AmiMessage::action("Originate", "id-1");
        action.add("Variable", "A=1");
        action.add("Variable", "B=2");
        action.set("ActionID", "id-2");
        action.set("Async", "true");
        QCOMPARE(action.serialize(),
                 QByteArray("Action: Originate\r\nActionID: id-2\r\nVariable: A=1\r\n"
                            "Variable: B=2\r\nAsync: true\r\n\r\n"));
        // A line break in a value must not become a second action.
        AmiMessage evil = AmiMessage::action("Originate", "x");
        evil.add("CallerID", "Bob\r\n\r\nAction: Command\r\nCommand: core stop now");
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed(evil.serialize(), out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].fields().size(), 3);
    }

    void serializeRoundTrip()
    {
        bool ok = false;
        const QList<AmiMessage> m = parse(readData(QStringLiteral("capture-sip-channel.txt")),
                                          AmiParser::Side::Client, 0, 0, &ok);
        QVERIFY(ok);
        QByteArray wire;
        for (const AmiMessage &message : m)
            wire += message.serialize();
        const QList<AmiMessage> again = parse(wire, AmiParser::Side::Server, 0, 0, &ok);
        QVERIFY(ok);
        QVERIFY(sameMessages(m, again));
    }

    void followsOldStyle_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 0;
        QTest::newRow("bytewise") << 1;
        QTest::newRow("random") << -1;
    }

    void followsOldStyle()
    {
        QFETCH(int, chunk);
        bool ok = false;
        const QList<AmiMessage> m = parse(readData(QStringLiteral("command-follows-old.txt")),
                                          AmiParser::Side::Client, chunk, 5, &ok);
        QVERIFY(ok);
        QCOMPARE(m.size(), 5);
        QCOMPARE(m[1].type(), QByteArray("Follows"));
        QCOMPARE(m[1].actionId(), QByteArray("cmd-1"));
        QCOMPARE(m[1].value("Privilege"), QByteArray("Command"));
        QCOMPARE(m[1].commandOutput(),
                 QByteArray("Channel              Location             State   Application(Data)\n"
                            "SIP/100-00000001     s@default:1          Up      Dial(SIP/200)\n"
                            "\n1 active channel\n1 active call\n"));
        // "System uptime: ..." is output, not a field; the marker glued to
        // the last line is cut off.
        QCOMPARE(m[2].fields().size(), 3);
        QCOMPARE(m[2].commandOutput(),
                 QByteArray("System uptime: 1 hour, 2 minutes\nLast reload: 1 hour, 2 minutes\n"));
        QCOMPARE(m[3].actionId(), QByteArray("cmd-3"));
        QCOMPARE(m[3].commandOutput(), QByteArray());
        QCOMPARE(m[4].type(), QByteArray("Hangup"));
        QCOMPARE(m[4].value("Cause"), QByteArray("16"));

        // And back: serialize() writes the same shape.
        const QList<AmiMessage> again = parse(m[1].serialize() + m[2].serialize(),
                                              AmiParser::Side::Server, 0, 0, &ok);
        QVERIFY(ok);
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].commandOutput(), m[1].commandOutput());
        QCOMPARE(again[1].commandOutput(), m[2].commandOutput());
    }

    void followsOutputThatLooksLikeFields()
    {
        // "database get" prints "Value: x": output, not a field, in the old shape.
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("Response: Follows\r\nPrivilege: Command\r\nActionID: db-1\r\n"
                            "Value: blacklisted\n--END COMMAND--\r\n\r\n", out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].fields().size(), 3);
        QVERIFY(!out[0].has("Value"));
        QCOMPARE(out[0].commandOutput(), QByteArray("Value: blacklisted\n"));
    }

    void followsNewStyle()
    {
        bool ok = false;
        const QList<AmiMessage> m = parse(readData(QStringLiteral("command-output-new.txt")),
                                          AmiParser::Side::Client, 1, 0, &ok);
        QVERIFY(ok);
        QCOMPARE(m.size(), 2);
        QCOMPARE(m[0].value("Message"), QByteArray("Command output follows"));
        QCOMPARE(m[0].values("Output").size(), 5);
        QCOMPARE(m[0].commandOutput(),
                 QByteArray("Channel              Location             State   Application(Data)\n"
                            "Local/5550001@simnet- s@simnet-call:3     Up      Wait(7)\n"
                            "1 active channel\n\nSystem uptime: 5 minutes\n"));
        QCOMPARE(m[1].type(), QByteArray("Hangup"));
    }

    void overLongLine_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 0;
        QTest::newRow("small chunks") << 100;
    }

    void overLongLine()
    {
        QFETCH(int, chunk);
        AmiParser parser(AmiParser::Side::Server);
        const QByteArray data = "Event: Ok\r\n\r\nEvent: X\r\nKey: " + QByteArray(9000, 'a') + "\r\n\r\n";
        QList<AmiMessage> out;
        bool ok = true;
        for (qsizetype pos = 0; pos < data.size() && ok; pos += chunk ? chunk : data.size()) {
            ok = parser.feed(slice(data, pos, chunk ? chunk : data.size()), out);
            QVERIFY(parser.bufferedBytes() <= 8192 + 1);
        }
        QVERIFY(!ok);
        QVERIFY2(parser.error().contains(QStringLiteral("line longer than 8192")), qPrintable(parser.error()));
        QCOMPARE(out.size(), 1); // what came before the fault is delivered
        // A failed parser stays failed until reset.
        QVERIFY(!parser.feed("Event: Y\r\n\r\n", out));
        parser.reset();
        QVERIFY(parser.feed("Event: Y\r\n\r\n", out));
        QCOMPARE(out.size(), 2);
    }

    void endlessFrame()
    {
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        const QByteArray line = "Key: " + QByteArray(1000, 'v') + "\r\n";
        QVERIFY(parser.feed("Event: Endless\r\n", out));
        bool ok = true;
        int fed = 0;
        while (ok && fed < 10'000) {
            ok = parser.feed(line, out);
            ++fed;
            QVERIFY(parser.bufferedBytes() <= 256 * 1024 + 1100);
        }
        QVERIFY(!ok);
        QVERIFY(fed < 300);
        QVERIFY2(parser.error().contains(QStringLiteral("without a blank line")), qPrintable(parser.error()));
        QVERIFY(out.isEmpty());
    }

    void endlessCommandOutput()
    {
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("Response: Follows\r\nPrivilege: Command\r\n", out));
        bool ok = true;
        for (int i = 0; ok && i < 100'000; ++i)
            ok = parser.feed("some output line\n\n", out);
        QVERIFY(!ok);
        QVERIFY2(parser.error().contains(QStringLiteral("--END COMMAND--")), qPrintable(parser.error()));
    }

    void tenMegabytesWithoutNewline()
    {
        QByteArray garbage(10 * 1024 * 1024, 'x');
        for (qsizetype i = 0; i < garbage.size(); i += 97)
            garbage[i] = ':';
        {
            AmiParser parser(AmiParser::Side::Client);
            QList<AmiMessage> out;
            QVERIFY(!parser.feed(garbage, out));
            QVERIFY(parser.error().contains(QStringLiteral("line longer")));
            QCOMPARE(parser.bufferedBytes(), 0);
        }
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        qsizetype pos = 0;
        bool ok = true;
        while (ok && pos < garbage.size()) {
            ok = parser.feed(slice(garbage, pos, 4096), out);
            pos += 4096;
            QVERIFY(parser.bufferedBytes() <= 8193);
        }
        QVERIFY(!ok);
        QVERIFY(pos <= 3 * 4096); // gave up at the first over-long line
    }

    void nulBytes()
    {
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("Event: A\r\n\r\n", out));
        const QByteArray withNul("Event: B\r\nKey: a\0b\r\n\r\n", 22);
        QVERIFY(!parser.feed(withNul, out));
        QVERIFY2(parser.error().contains(QStringLiteral("NUL byte at stream offset 28")), qPrintable(parser.error()));
        QCOMPARE(out.size(), 1);
    }

    void tooManyFields()
    {
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed(fields(1023), out)); // 1023 + "Event" = the limit
        QCOMPARE(out.size(), 1);
        QVERIFY(!parser.feed(fields(1024), out));
        QVERIFY2(parser.error().contains(QStringLiteral("more than 1024 fields")), qPrintable(parser.error()));
    }

    void linesWithoutColon()
    {
        // A few are tolerated (dropped, counted); a run of them is not AMI.
        AmiParser parser(AmiParser::Side::Server);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("Event: A\r\nstray text\r\nKey: v\r\n: no key\r\n\r\n", out));
        QCOMPARE(out.size(), 1);
        QCOMPARE(out[0].fields().size(), 2);
        QCOMPARE(parser.discardedLines(), 2);
        QByteArray junk;
        for (int i = 0; i < 100; ++i)
            junk += "GET / HTTP/1.1 junk line\r\n";
        QVERIFY(!parser.feed(junk, out));
        QVERIFY2(parser.error().contains(QStringLiteral("not AMI")), qPrintable(parser.error()));
    }

    void wrongBanner()
    {
        AmiParser parser(AmiParser::Side::Client);
        QList<AmiMessage> out;
        QVERIFY(parser.feed("SSH-2.0-OpenSSH_9.2p1 Debian", out));
        QVERIFY(!parser.feed("\r\n", out));
        QVERIFY2(parser.error().contains(QStringLiteral("banner")), qPrintable(parser.error()));
        QVERIFY(parser.error().contains(QStringLiteral("SSH-2.0")));
    }

    void randomBytesStayBounded()
    {
        // Bytes drawn from an AMI-like alphabet so that some of it frames.
        const char alphabet[] = "ab:: \r\n\n\nEvent: Response: Follows--END COMMAND--";
        QRandomGenerator random(12345);
        AmiParser::Limits limits;
        limits.maxLineBytes = 512;
        limits.maxMessageBytes = 4096;
        limits.maxFields = 32;
        for (int round = 0; round < 50; ++round) {
            AmiParser parser(round % 2 ? AmiParser::Side::Server : AmiParser::Side::Client, limits);
            QList<AmiMessage> out;
            QByteArray data(64 * 1024, Qt::Uninitialized);
            for (char &c : data)
                c = alphabet[random.bounded(int(sizeof(alphabet) - 1))];
            qsizetype pos = 0;
            while (pos < data.size()) {
                const qsizetype n = random.bounded(1, 300);
                if (!parser.feed(slice(data, pos, n), out))
                    break;
                QVERIFY(parser.bufferedBytes() <= limits.maxMessageBytes + limits.maxLineBytes + 2);
                pos += n;
            }
            for (const AmiMessage &m : out)
                QVERIFY(m.fields().size() <= limits.maxFields);
        }
    }
};

QTEST_GUILESS_MAIN(TestAmiParser)
#include "tst_amiparser.moc"
