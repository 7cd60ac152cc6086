#include "engine/api/passwordhasher.h"

#include <QTest>

class TestPasswordHasher final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(PasswordHasher::initialise()); }

    void hashIsArgon2idAndVerifies()
    {
        const Result<QString> hash = PasswordHasher::hash(QStringLiteral("s3cret ünïcode"));
        QVERIFY(hash.ok());
        QVERIFY(hash.value().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(PasswordHasher::verify(hash.value(), QStringLiteral("s3cret ünïcode")));
        QVERIFY(!PasswordHasher::verify(hash.value(), QStringLiteral("s3cret unicode")));
        QVERIFY(!PasswordHasher::verify(hash.value(), QString()));
    }

    void saltsDiffer()
    {
        QVERIFY(PasswordHasher::hash(QStringLiteral("same")).value()
                != PasswordHasher::hash(QStringLiteral("same")).value());
    }

    void garbageHashesNeverVerify()
    {
        QVERIFY(!PasswordHasher::verify(QString(), QStringLiteral("x")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("plaintext"), QStringLiteral("plaintext")));
        QVERIFY(!PasswordHasher::verify(QString(500, u'$'), QStringLiteral("x")));
    }

    void decoyHashIsValidButMatchesNothingGuessable()
    {
        QVERIFY(PasswordHasher::decoyHash().startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!PasswordHasher::verify(PasswordHasher::decoyHash(), QStringLiteral("adminpass")));
    }
};

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
