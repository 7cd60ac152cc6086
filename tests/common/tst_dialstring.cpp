#include "common/dialstring.h"

#include <QTest>

class TestDialString final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("dial");
        for (const char *s : {"SIP/${EXTEN}@myprovider", "IAX2/myprovider/${EXTEN}", "DAHDI/g1/${EXTEN}",
                              "Local/${EXTEN}@mycontext/n", "PJSIP/${EXTEN}@endpoint",
                              "Local/s@staff/${EXTEN}", "Zap/g1/${EXTEN}", "SIP/+${EXTEN}@p"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void valid()
    {
        QFETCH(QString, dial);
        const Result<Done> r = DialString::validate(dial);
        QVERIFY2(r.ok(), qPrintable(r.detail()));
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("dial");
        QTest::newRow("empty") << QString();
        QTest::newRow("no exten") << QStringLiteral("SIP/5551234@p");
        QTest::newRow("other variable") << QStringLiteral("SIP/${EXTEN}@${PROVIDER}");
        QTest::newRow("space") << QStringLiteral("SIP/${EXTEN} @p");
        QTest::newRow("comma") << QStringLiteral("SIP/${EXTEN}@p,30");
        QTest::newRow("quote") << QStringLiteral("SIP/${EXTEN}@p'");
        QTest::newRow("newline injects AMI header") << QStringLiteral("SIP/${EXTEN}@p\r\nAction: Logoff");
        QTest::newRow("no technology") << QStringLiteral("${EXTEN}@p");
        QTest::newRow("unknown technology") << QStringLiteral("Foo/${EXTEN}");
        QTest::newRow("too long") << QStringLiteral("SIP/${EXTEN}@") + QString(300, u'a');
    }

    void invalid()
    {
        QFETCH(QString, dial);
        const Result<Done> r = DialString::validate(dial);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), ErrorCode::InvalidField);
        QVERIFY(!r.detail().isEmpty());
    }

    void expand()
    {
        QCOMPARE(DialString::expand(QStringLiteral("SIP/${EXTEN}@myprovider"), QStringLiteral("5551234")),
                 QStringLiteral("SIP/5551234@myprovider"));
        QCOMPARE(DialString::expand(QStringLiteral("IAX2/p/${EXTEN}"), QStringLiteral("5551235")),
                 QStringLiteral("IAX2/p/5551235"));
    }
};

QTEST_GUILESS_MAIN(TestDialString)
#include "tst_dialstring.moc"
