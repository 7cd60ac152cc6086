#include "engine/api/loginthrottle.h"

#include <QTest>

class TestLoginThrottle final : public QObject
{
    Q_OBJECT

    qint64 m_now = 1000;

    LoginThrottle make(int perUser = 3, int perAddress = 5)
    {
        LoginThrottle::Limits limits;
        limits.maxFailuresPerUser = perUser;
        limits.maxFailuresPerAddress = perAddress;
        limits.windowMs = 60'000;
        limits.lockoutMs = 30'000;
        return LoginThrottle(limits, [this] { return m_now; });
    }

private slots:
    void init() { m_now = 1000; }

    void locksUserAfterLimit()
    {
        LoginThrottle t = make();
        const QString addr = QStringLiteral("10.0.0.1");
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 0);
            t.recordFailure(QStringLiteral("bob"), addr);
        }
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 0);
        t.recordFailure(QStringLiteral("bob"), addr);
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 30);
        // user names are matched without regard to case
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("BOB"), QStringLiteral("10.0.0.9")), 30);
        // another user from the same address is still allowed (address limit is 5)
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("alice"), addr), 0);
        m_now += 30'000;
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 0);
    }

    void locksAddressAcrossUsers()
    {
        LoginThrottle t = make(100, 4);
        const QString addr = QStringLiteral("10.0.0.2");
        for (int i = 0; i < 4; ++i)
            t.recordFailure(QStringLiteral("user%1").arg(i), addr);
        QVERIFY(t.secondsUntilAllowed(QStringLiteral("fresh"), addr) > 0);
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("fresh"), QStringLiteral("10.0.0.3")), 0);
    }

    void oldFailuresLeaveTheWindow()
    {
        LoginThrottle t = make();
        const QString addr = QStringLiteral("10.0.0.4");
        t.recordFailure(QStringLiteral("bob"), addr);
        t.recordFailure(QStringLiteral("bob"), addr);
        m_now += 61'000;
        t.recordFailure(QStringLiteral("bob"), addr);
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 0);
    }

    void successClearsTheUser()
    {
        LoginThrottle t = make();
        const QString addr = QStringLiteral("10.0.0.5");
        t.recordFailure(QStringLiteral("bob"), addr);
        t.recordFailure(QStringLiteral("bob"), addr);
        t.recordSuccess(QStringLiteral("bob"));
        t.recordFailure(QStringLiteral("bob"), addr);
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("bob"), addr), 0);
    }

    void floodOfInventedNamesStaysBounded()
    {
        LoginThrottle t = make(3, 1'000'000);
        for (int i = 0; i < 30'000; ++i) {
            t.recordFailure(QStringLiteral("u%1").arg(i), QStringLiteral("10.9.9.9"));
            m_now += 10;
        }
        // still answers, and recent names are still tracked
        QCOMPARE(t.secondsUntilAllowed(QStringLiteral("u29999"), QStringLiteral("1.1.1.1")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
