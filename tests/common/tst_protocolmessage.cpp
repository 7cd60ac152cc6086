#include "common/protocol.h"
#include "common/protocolmessage.h"

#include <QJsonArray>
#include <QTest>

namespace {

// Test frames are written with single quotes to stay readable.
QByteArray json(const char *singleQuoted)
{
    return QByteArray(singleQuoted).replace('\'', '"');
}

} // namespace

class TestProtocolMessage final : public QObject
{
    Q_OBJECT

private slots:
    void requestRoundTrip()
    {
        const QJsonObject data{{QStringLiteral("name"), QStringLiteral("O'Brien \"x\" ✓")}};
        const auto request = ProtocolMessage::request(42, QStringLiteral("trunks.add"), data);
        const auto parsed = ProtocolMessage::parse(request.toJson(), 1 << 20);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().kind(), ProtocolMessage::Kind::Request);
        QCOMPARE(parsed.value().id(), 42);
        QCOMPARE(parsed.value().type(), QStringLiteral("trunks.add"));
        QCOMPARE(parsed.value().data(), data);
    }

    void replyRoundTrip()
    {
        const auto reply = ProtocolMessage::reply(7, {{QStringLiteral("x"), 1}});
        const auto parsed = ProtocolMessage::parse(reply.toJson(), 1 << 20);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().kind(), ProtocolMessage::Kind::Reply);
        QVERIFY(parsed.value().isOk());
        QCOMPARE(parsed.value().id(), 7);
        QCOMPARE(parsed.value().data().value(QStringLiteral("x")).toInt(), 1);
    }

    void errorReplyRoundTrip()
    {
        const auto reply = ProtocolMessage::errorReply(9, ErrorCode::InvalidField,
                                                       QStringLiteral("bad"), QStringLiteral("maxCps"));
        const QByteArray json = reply.toJson();
        QVERIFY(json.contains("\"code\":\"invalid_field\""));
        const auto parsed = ProtocolMessage::parse(json, 1 << 20);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().isOk());
        QCOMPARE(parsed.value().error(), ErrorCode::InvalidField);
        QCOMPARE(parsed.value().errorMessage(), QStringLiteral("bad"));
        QCOMPARE(parsed.value().errorField(), QStringLiteral("maxCps"));
    }

    void errorReplyWithoutIdHasNullRe()
    {
        const QByteArray json = ProtocolMessage::errorReply(std::nullopt, ErrorCode::BadJson,
                                                            QStringLiteral("x")).toJson();
        QVERIFY(json.contains("\"re\":null"));
        const auto parsed = ProtocolMessage::parse(json, 1 << 20);
        QVERIFY(parsed.ok());
        QVERIFY(!parsed.value().hasId());
    }

    void eventRoundTrip()
    {
        const auto event = ProtocolMessage::event(QStringLiteral("trunks.changed"),
                                                  {{QStringLiteral("trunks"), QJsonArray()}});
        const auto parsed = ProtocolMessage::parse(event.toJson(), 1 << 20);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().kind(), ProtocolMessage::Kind::Event);
        QCOMPARE(parsed.value().type(), QStringLiteral("trunks.changed"));
    }

    void everyErrorCodeHasAStableName()
    {
        for (int i = int(ErrorCode::BadJson); i <= int(ErrorCode::Internal); ++i) {
            const auto code = ErrorCode(i);
            QCOMPARE(errorCodeFromName(errorCodeName(code)), code);
        }
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("not json") << QByteArray("{nope") << ErrorCode::BadJson;
        QTest::newRow("empty") << QByteArray("") << ErrorCode::BadJson;
        QTest::newRow("array") << QByteArray("[1,2]") << ErrorCode::BadJson;
        QTest::newRow("string") << QByteArray("\"hello\"") << ErrorCode::BadJson;
        QTest::newRow("binary junk") << QByteArray("\x00\xff\xfe", 3) << ErrorCode::BadJson;
        QTest::newRow("no id") << json("{'v':1,'type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("string id") << json("{'v':1,'id':'1','type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("negative id") << json("{'v':1,'id':-1,'type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("fraction id") << json("{'v':1,'id':1.5,'type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("huge id") << json("{'v':1,'id':1e300,'type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("no version") << json("{'id':1,'type':'hello'}") << ErrorCode::BadEnvelope;
        QTest::newRow("version 2") << json("{'v':2,'id':1,'type':'hello'}") << ErrorCode::UnsupportedVersion;
        QTest::newRow("no type") << json("{'v':1,'id':1}") << ErrorCode::BadEnvelope;
        QTest::newRow("number type") << json("{'v':1,'id':1,'type':5}") << ErrorCode::BadEnvelope;
        QTest::newRow("sql type") << json("{'v':1,'id':1,'type':'x; DROP TABLE users'}") << ErrorCode::BadEnvelope;
        QTest::newRow("data array") << json("{'v':1,'id':1,'type':'hello','data':[]}") << ErrorCode::BadEnvelope;
        QTest::newRow("data string") << json("{'v':1,'id':1,'type':'hello','data':'x'}") << ErrorCode::BadEnvelope;
        QTest::newRow("re string") << json("{'re':'x','ok':true}") << ErrorCode::BadEnvelope;
        QTest::newRow("event number") << json("{'event':3}") << ErrorCode::BadEnvelope;
    }

    void malformed()
    {
        QFETCH(QByteArray, frame);
        QFETCH(ErrorCode, expected);
        const auto parsed = ProtocolMessage::parse(frame, 1 << 20);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), expected);
        QVERIFY(!parsed.detail().isEmpty());
    }

    void oversizedFrameIsRefusedUnread()
    {
        const QByteArray frame(2000, 'x');
        const auto parsed = ProtocolMessage::parse(frame, 1000);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), ErrorCode::FrameTooLarge);
    }

    void requestIdIsRecoveredForBadEnvelopes()
    {
        QCOMPARE(ProtocolMessage::requestIdOf(json("{'v':2,'id':5,'type':'x'}")), std::optional<qint64>(5));
        QCOMPARE(ProtocolMessage::requestIdOf("{bad"), std::nullopt);
    }

    void missingDataIsEmptyObject()
    {
        const auto parsed = ProtocolMessage::parse(json("{'v':1,'id':3,'type':'trunks.list'}"), 1 << 20);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value().data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProtocolMessage)
#include "tst_protocolmessage.moc"
