#include "common/protocol.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QJsonArray>
#include <QTest>

using namespace Protocol;

// Authentication end to end: a real engine, a real WebSocket.
class TestAuthApi final : public QObject
{
    Q_OBJECT

    static ProtocolMessage changePassword(TestClient &c, const QString &oldPw, const QString &newPw)
    {
        return c.request(Type::ChangePassword, {{Key::OldPassword, oldPw}, {Key::NewPassword, newPw}});
    }

private slots:
    void requestsBeforeHelloAreRefused()
    {
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        const ProtocolMessage r = c.request(Type::Login, {{Key::User, QStringLiteral("admin")},
                                                          {Key::Password, QStringLiteral("adminpass")}});
        QCOMPARE(r.error(), ErrorCode::HelloRequired);
        const ProtocolMessage wrongVersion = c.request(Type::Hello, {{Key::Protocol, 99}});
        QCOMPARE(wrongVersion.error(), ErrorCode::UnsupportedVersion);
        const ProtocolMessage hello = c.request(Type::Hello, {{Key::Protocol, Version}});
        QVERIFY(hello.isOk());
        QCOMPARE(hello.data().value(Key::Protocol).toInt(), Version);
        QCOMPARE(c.request(Type::TrunksList).error(), ErrorCode::NotAuthenticated);
    }

    void firstStartForcesThePasswordChange()
    {
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        const ProtocolMessage login = c.login(QStringLiteral("admin"), QStringLiteral("adminpass"));
        QVERIFY(login.isOk());
        QCOMPARE(login.data().value(Key::Role).toString(), QStringLiteral("admin"));
        QVERIFY(login.data().value(Key::MustChangePassword).toBool());
        QCOMPARE(c.request(Type::TrunksList).error(), ErrorCode::PasswordChangeRequired);
        QCOMPARE(c.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("trunks")}}}).error(),
                 ErrorCode::PasswordChangeRequired);

        QCOMPARE(changePassword(c, QStringLiteral("adminpass"), QStringLiteral("short")).error(),
                 ErrorCode::WeakPassword);
        QCOMPARE(changePassword(c, QStringLiteral("adminpass"), QStringLiteral("adminpass")).error(),
                 ErrorCode::WeakPassword);
        QCOMPARE(changePassword(c, QStringLiteral("wrong-old"), QStringLiteral("Better-Pass-1")).error(),
                 ErrorCode::AuthFailed);
        QVERIFY(changePassword(c, QStringLiteral("adminpass"), QStringLiteral("Better-Pass-1")).isOk());
        QVERIFY(c.request(Type::TrunksList).isOk());

        // The new password is the one that works from now on.
        TestClient again;
        QVERIFY(again.connectTo(engine.url()));
        QCOMPARE(again.login(QStringLiteral("admin"), QStringLiteral("adminpass")).error(), ErrorCode::AuthFailed);
        const ProtocolMessage relogin = again.login(QStringLiteral("admin"), QStringLiteral("Better-Pass-1"));
        QVERIFY(relogin.isOk());
        QVERIFY(!relogin.data().value(Key::MustChangePassword).toBool());
    }

    void wrongPasswordAndUnknownUserLookTheSame()
    {
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        const ProtocolMessage wrong = c.login(QStringLiteral("admin"), QStringLiteral("nope"));
        const ProtocolMessage unknown = c.request(Type::Login, {{Key::User, QStringLiteral("ghost")},
                                                                {Key::Password, QStringLiteral("nope")}});
        QCOMPARE(wrong.error(), ErrorCode::AuthFailed);
        QCOMPARE(unknown.error(), ErrorCode::AuthFailed);
        QCOMPARE(wrong.errorMessage(), unknown.errorMessage());
        QCOMPARE(c.request(Type::TrunksList).error(), ErrorCode::NotAuthenticated);
    }

    void everyLoginIsInTheSystemLog()
    {
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        const qint64 before = engine.rowCount(QStringLiteral("system_log"));
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        QCOMPARE(c.login(QStringLiteral("admin"), QStringLiteral("bad")).error(), ErrorCode::AuthFailed);
        QVERIFY(c.request(Type::Login, {{Key::User, QStringLiteral("admin")},
                                        {Key::Password, QStringLiteral("adminpass")}}).isOk());
        // The system log goes through the database funnel: written within moments.
        QTRY_COMPARE_WITH_TIMEOUT(engine.rowCount(QStringLiteral("system_log")), before + 2, 20000);
    }

    void failedLoginsAreThrottledPerUser()
    {
        TestEngine engine([](EngineSettings &s) { s.setLoginThrottle(3, 100, 300, 60); });
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        QVERIFY(c.request(Type::Hello, {{Key::Protocol, Version}}).isOk());
        const QJsonObject bad{{Key::User, QStringLiteral("admin")}, {Key::Password, QStringLiteral("guess")}};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c.request(Type::Login, bad).error(), ErrorCode::AuthFailed);
        // Locked: even the right password is refused, without being checked.
        const ProtocolMessage locked = c.request(Type::Login, {{Key::User, QStringLiteral("admin")},
                                                               {Key::Password, QStringLiteral("adminpass")}});
        QCOMPARE(locked.error(), ErrorCode::Throttled);
        QVERIFY(locked.errorMessage().contains(QStringLiteral("seconds")));
        // Another user from the same address is not locked by admin's failures.
        engine.addUser(QStringLiteral("carol"), QStringLiteral("carol-password"), Role::Customer);
        QVERIFY(c.request(Type::Login, {{Key::User, QStringLiteral("carol")},
                                        {Key::Password, QStringLiteral("carol-password")}}).isOk());
    }

    void failedLoginsAreThrottledPerAddress()
    {
        TestEngine engine([](EngineSettings &s) { s.setLoginThrottle(100, 3, 300, 60); });
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        engine.addUser(QStringLiteral("dave"), QStringLiteral("dave-password"), Role::Agent);
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        QVERIFY(c.request(Type::Hello, {{Key::Protocol, Version}}).isOk());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(c.request(Type::Login, {{Key::User, QStringLiteral("user%1").arg(i)},
                                             {Key::Password, QStringLiteral("x")}}).error(),
                     ErrorCode::AuthFailed);
        }
        QCOMPARE(c.request(Type::Login, {{Key::User, QStringLiteral("dave")},
                                         {Key::Password, QStringLiteral("dave-password")}}).error(),
                 ErrorCode::Throttled);
    }

    void rolesAreEnforcedOnTheEngine_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("mayList");
        QTest::addColumn<bool>("mayChange");
        QTest::newRow("admin") << Role::Admin << true << true;
        QTest::newRow("accounts manager") << Role::AccountsManager << true << false;
        QTest::newRow("customer") << Role::Customer << false << false;
        QTest::newRow("agent") << Role::Agent << false << false;
    }

    void rolesAreEnforcedOnTheEngine()
    {
        QFETCH(Role, role);
        QFETCH(bool, mayList);
        QFETCH(bool, mayChange);
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        engine.addUser(QStringLiteral("someone"), QStringLiteral("someone-password"), role);
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        const ProtocolMessage login = c.login(QStringLiteral("someone"), QStringLiteral("someone-password"));
        QVERIFY(login.isOk());
        QCOMPARE(login.data().value(Key::Role).toString(), roleName(role));
        QCOMPARE(c.request(Type::TrunksList).isOk(), mayList);
        const ProtocolMessage add = c.request(Type::TrunksAdd, {{Key::Name, QStringLiteral("T")},
                                                                {Key::DialString, QStringLiteral("SIP/${EXTEN}@p")},
                                                                {Key::MaxCps, 1}, {Key::MaxChannels, 1}});
        QCOMPARE(add.isOk(), mayChange);
        if (!mayChange)
            QCOMPARE(add.error(), ErrorCode::Forbidden);
        const ProtocolMessage subscribe = c.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("trunks")}}});
        QCOMPARE(subscribe.isOk(), mayList);
        QCOMPARE(engine.rowCount(QStringLiteral("trunks")), mayChange ? 1 : 0);
    }

    void logoutEndsTheSession()
    {
        TestEngine engine;
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        engine.addUser(QStringLiteral("erin"), QStringLiteral("erin-password"), Role::Admin);
        TestClient c;
        QVERIFY(c.connectTo(engine.url()));
        QVERIFY(c.login(QStringLiteral("erin"), QStringLiteral("erin-password")).isOk());
        QVERIFY(c.request(Type::TrunksList).isOk());
        QVERIFY(c.request(Type::Logout).isOk());
        QCOMPARE(c.request(Type::TrunksList).error(), ErrorCode::NotAuthenticated);
    }
};

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
