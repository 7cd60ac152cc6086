#include "engine/voiceserverspec.h"

#include <QTest>

class TestVoiceServerSpec final : public QObject
{
    Q_OBJECT

private slots:
    void parsesAFullSpec()
    {
        const Result<VoiceServer> s = VoiceServerSpec::parse(
            QStringLiteral("node-1=ami://dialer:p%40ss@127.0.0.1:5039?md5=0&channels=80"));
        QVERIFY2(s.ok(), qPrintable(s.detail()));
        QCOMPARE(s.value().name, QStringLiteral("node-1"));
        QCOMPARE(s.value().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s.value().amiPort, 5039);
        QCOMPARE(s.value().amiUser, QStringLiteral("dialer"));
        QCOMPARE(s.value().amiSecret, QStringLiteral("p@ss"));
        QVERIFY(!s.value().useMd5);
        QCOMPARE(s.value().maxChannels, 80);
        QVERIFY(s.value().enabled);
    }

    void defaults()
    {
        const Result<VoiceServer> s = VoiceServerSpec::parse(QStringLiteral("a=ami://u:s@voice.example.com"));
        QVERIFY(s.ok());
        QCOMPARE(s.value().amiPort, 5038);
        QVERIFY(s.value().useMd5);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no name") << QStringLiteral("ami://u:s@h:1");
        QTest::newRow("wrong scheme") << QStringLiteral("a=http://u:s@h:1");
        QTest::newRow("no host") << QStringLiteral("a=ami://");
        QTest::newRow("bad md5") << QStringLiteral("a=ami://u:s@h:1?md5=yes");
        QTest::newRow("bad channels") << QStringLiteral("a=ami://u:s@h:1?channels=x");
        QTest::newRow("unknown option") << QStringLiteral("a=ami://u:s@h:1?tls=1");
        QTest::newRow("no user") << QStringLiteral("a=ami://h:1");
    }

    void rejects()
    {
        QFETCH(QString, spec);
        const Result<VoiceServer> s = VoiceServerSpec::parse(spec);
        QVERIFY(!s.ok());
        QVERIFY(!s.detail().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVoiceServerSpec)
#include "tst_voiceserverspec.moc"
