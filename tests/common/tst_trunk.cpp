#include "common/protocol.h"
#include "common/trunk.h"

#include <QTest>

using namespace Protocol;

class TestTrunk final : public QObject
{
    Q_OBJECT

    static QJsonObject valid()
    {
        return {{Key::Name, QStringLiteral("2Talk")},
                {Key::DialString, QStringLiteral("SIP/${EXTEN}@2talk")},
                {Key::MaxCps, 0.1},
                {Key::MaxChannels, 20}};
    }

private slots:
    void fromJsonAcceptsFractionalCps()
    {
        const Result<Trunk> t = Trunk::fromJson(valid());
        QVERIFY2(t.ok(), qPrintable(t.detail()));
        QCOMPARE(t.value().maxCps, 0.1);
        QCOMPARE(t.value().maxChannels, 20);
    }

    void toJsonRoundTrips()
    {
        Trunk t = Trunk::fromJson(valid()).value();
        t.id = 5;
        t.isDefault = true;
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(Key::Id).toInteger(), 5);
        QCOMPARE(json.value(Key::IsDefault).toBool(), true);
        Trunk back = Trunk::fromJson(json).value();
        back.id = 5;
        back.isDefault = true;
        QCOMPARE(back, t);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("zero cps") << QString(Key::MaxCps) << QJsonValue(0);
        QTest::newRow("negative cps") << QString(Key::MaxCps) << QJsonValue(-1);
        QTest::newRow("cps as string") << QString(Key::MaxCps) << QJsonValue(QStringLiteral("5"));
        QTest::newRow("huge cps") << QString(Key::MaxCps) << QJsonValue(1e12);
        QTest::newRow("zero channels") << QString(Key::MaxChannels) << QJsonValue(0);
        QTest::newRow("fractional channels") << QString(Key::MaxChannels) << QJsonValue(1.5);
        QTest::newRow("channels as bool") << QString(Key::MaxChannels) << QJsonValue(true);
        QTest::newRow("empty name") << QString(Key::Name) << QJsonValue(QStringLiteral("   "));
        QTest::newRow("name as number") << QString(Key::Name) << QJsonValue(12);
        QTest::newRow("100 kB name") << QString(Key::Name) << QJsonValue(QString(100 * 1024, u'x'));
        QTest::newRow("control chars") << QString(Key::Name) << QJsonValue(QStringLiteral("a\u0001b"));
        QTest::newRow("no exten") << QString(Key::DialString) << QJsonValue(QStringLiteral("SIP/123@p"));
        QTest::newRow("null dial") << QString(Key::DialString) << QJsonValue(QJsonValue::Null);
    }

    void rejects()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject data = valid();
        data.insert(key, value);
        const Result<Trunk> t = Trunk::fromJson(data);
        QVERIFY(!t.ok());
        QCOMPARE(t.error(), ErrorCode::InvalidField);
        QCOMPARE(t.field(), key);
    }

    void hostileButPrintableNamesAreKept()
    {
        QJsonObject data = valid();
        const QString hostile = QStringLiteral("Robert'); DROP TABLE trunks;-- \"quoted\" ✓");
        data.insert(Key::Name, hostile);
        const Result<Trunk> t = Trunk::fromJson(data);
        QVERIFY(t.ok());
        QCOMPARE(t.value().name, hostile);
    }
};

QTEST_GUILESS_MAIN(TestTrunk)
#include "tst_trunk.moc"
