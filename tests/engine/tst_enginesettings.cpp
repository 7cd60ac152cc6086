#include "engine/enginesettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestEngineSettings final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeConfig(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("engine.conf"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return path;
    }

private slots:
    void defaultsAreValid()
    {
        EngineSettings s;
        QVERIFY(s.validate().ok());
        QVERIFY(s.databaseUrl().startsWith(QStringLiteral("sqlite:///")));
        QCOMPARE(s.listen(), QStringLiteral("127.0.0.1:7080"));
    }

    void shippedConfigIsValidAndMatchesDefaults()
    {
        EngineSettings s;
        const Result<Done> loaded = s.loadFile(QStringLiteral(TORQUE_SOURCE_DIR "/resources/engine.conf"));
        QVERIFY2(loaded.ok(), qPrintable(loaded.detail()));
        QVERIFY(s.validate().ok());
        EngineSettings defaults;
        QCOMPARE(s.listen(), defaults.listen());
        QCOMPARE(s.maxFrameBytes(), defaults.maxFrameBytes());
        QCOMPARE(s.maxFailedLoginsPerUser(), defaults.maxFailedLoginsPerUser());
        QCOMPARE(s.lockoutSeconds(), defaults.lockoutSeconds());
        QCOMPARE(s.logLevel(), defaults.logLevel());
    }

    void readsFile()
    {
        EngineSettings s;
        QVERIFY(s.loadFile(writeConfig("[database]\nurl=sqlite:///tmp/x.db\n[api]\nlisten=0.0.0.0:9000\n"
                                       "maxFrameBytes=2048\n[auth]\nlockoutSeconds=5\n[log]\nlevel=debug\n")).ok());
        QVERIFY(s.validate().ok());
        QCOMPARE(s.databaseUrl(), QStringLiteral("sqlite:///tmp/x.db"));
        QCOMPARE(s.listen(), QStringLiteral("0.0.0.0:9000"));
        QCOMPARE(s.maxFrameBytes(), 2048);
        QCOMPARE(s.lockoutSeconds(), 5);
        QCOMPARE(s.logLevel(), QStringLiteral("debug"));
    }

    void badValuesNameTheirKey_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("key");
        QTest::newRow("listen") << QByteArray("[api]\nlisten=nonsense\n") << QStringLiteral("api/listen");
        QTest::newRow("port") << QByteArray("[api]\nlisten=127.0.0.1:99999\n") << QStringLiteral("api/listen");
        QTest::newRow("frame") << QByteArray("[api]\nmaxFrameBytes=abc\n") << QStringLiteral("api/maxFrameBytes");
        QTest::newRow("level") << QByteArray("[log]\nlevel=loud\n") << QStringLiteral("log/level");
        QTest::newRow("tls half") << QByteArray("[api]\ntlsCertificate=/x.pem\n") << QStringLiteral("api/tlsCertificate");
        QTest::newRow("password") << QByteArray("[auth]\nminPasswordLength=3\n") << QStringLiteral("auth/minPasswordLength");
    }

    void badValuesNameTheirKey()
    {
        QFETCH(QByteArray, config);
        QFETCH(QString, key);
        EngineSettings s;
        QVERIFY(s.loadFile(writeConfig(config)).ok());
        const Result<Done> valid = s.validate();
        QVERIFY(!valid.ok());
        QCOMPARE(valid.field(), key);
    }

    void missingFileIsAnError()
    {
        EngineSettings s;
        QVERIFY(!s.loadFile(m_dir.filePath(QStringLiteral("nope.conf"))).ok());
    }

    void parseListen()
    {
        const auto v6 = EngineSettings::parseListen(QStringLiteral("[::1]:7080"));
        QVERIFY(v6.ok());
        QCOMPARE(v6.value().first, QHostAddress(QHostAddress::LocalHostIPv6));
        QCOMPARE(v6.value().second, 7080);
        QVERIFY(EngineSettings::parseListen(QStringLiteral("*:0")).ok());
        QVERIFY(!EngineSettings::parseListen(QStringLiteral("7080")).ok());
    }
};

QTEST_GUILESS_MAIN(TestEngineSettings)
#include "tst_enginesettings.moc"
