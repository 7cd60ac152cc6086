#include "common/protocol.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QJsonArray>
#include <QTest>

using namespace Protocol;

// Trunks through a real WebSocket to a real engine, on the backend named by
// TORQUE_TEST_BACKEND.
class TestTrunksApi final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;

    static QJsonObject trunk(const QString &name, const QString &dial, double cps, int channels)
    {
        return {{Key::Name, name}, {Key::DialString, dial}, {Key::MaxCps, cps}, {Key::MaxChannels, channels}};
    }

    void adminClient(TestClient &c)
    {
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("root"), QStringLiteral("root-password")).isOk());
    }

    static QJsonArray listed(TestClient &c)
    {
        return c.request(Type::TrunksList).data().value(Key::Trunks).toArray();
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<TestEngine>();
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        m_engine->addUser(QStringLiteral("root"), QStringLiteral("root-password"), Role::Admin);
    }

    void cleanup() { m_engine.reset(); }

    void addListUpdateRemove()
    {
        TestClient c;
        adminClient(c);
        QCOMPARE(listed(c).size(), 0);

        const ProtocolMessage first = c.request(Type::TrunksAdd,
            trunk(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"), 10, 20));
        QVERIFY2(first.isOk(), qPrintable(first.errorMessage()));
        const QJsonObject stored = first.data().value(Key::Trunk).toObject();
        QVERIFY(stored.value(Key::Id).toInteger() > 0);
        QVERIFY(stored.value(Key::IsDefault).toBool()); // the first trunk is the default

        const ProtocolMessage second = c.request(Type::TrunksAdd,
            trunk(QStringLiteral("2Talk"), QStringLiteral("SIP/${EXTEN}@2talk"), 0.1, 20));
        QVERIFY(second.isOk());
        const qint64 secondId = second.data().value(Key::Trunk).toObject().value(Key::Id).toInteger();
        QCOMPARE(second.data().value(Key::Trunk).toObject().value(Key::MaxCps).toDouble(), 0.1);
        QVERIFY(!second.data().value(Key::Trunk).toObject().value(Key::IsDefault).toBool());

        const QJsonArray trunks = listed(c);
        QCOMPARE(trunks.size(), 2);
        QCOMPARE(trunks.at(0).toObject().value(Key::Name).toString(), QStringLiteral("2Talk")); // by name

        QJsonObject edit = trunk(QStringLiteral("2Talk NZ"), QStringLiteral("IAX2/2talk/${EXTEN}"), 2.5, 40);
        edit.insert(Key::Id, secondId);
        const ProtocolMessage updated = c.request(Type::TrunksUpdate, edit);
        QVERIFY2(updated.isOk(), qPrintable(updated.errorMessage()));
        QCOMPARE(updated.data().value(Key::Trunk).toObject().value(Key::DialString).toString(),
                 QStringLiteral("IAX2/2talk/${EXTEN}"));
        QCOMPARE(updated.data().value(Key::Trunk).toObject().value(Key::MaxChannels).toInt(), 40);

        QVERIFY(c.request(Type::TrunksRemove, {{Key::Id, secondId}}).isOk());
        QCOMPARE(listed(c).size(), 1);
        QCOMPARE(c.request(Type::TrunksRemove, {{Key::Id, secondId}}).error(), ErrorCode::NotFound);
    }

    void exactlyOneDefault()
    {
        TestClient c;
        adminClient(c);
        const qint64 a = c.request(Type::TrunksAdd, trunk(QStringLiteral("A"), QStringLiteral("SIP/${EXTEN}@a"), 1, 1))
                             .data().value(Key::Trunk).toObject().value(Key::Id).toInteger();
        const qint64 b = c.request(Type::TrunksAdd, trunk(QStringLiteral("B"), QStringLiteral("SIP/${EXTEN}@b"), 1, 1))
                             .data().value(Key::Trunk).toObject().value(Key::Id).toInteger();
        const ProtocolMessage made = c.request(Type::TrunksSetDefault, {{Key::Id, b}});
        QVERIFY(made.isOk());
        QVERIFY(made.data().value(Key::Trunk).toObject().value(Key::IsDefault).toBool());
        int defaults = 0;
        for (const QJsonValue &t : listed(c)) {
            if (t.toObject().value(Key::IsDefault).toBool()) {
                ++defaults;
                QCOMPARE(t.toObject().value(Key::Id).toInteger(), b);
            }
        }
        QCOMPARE(defaults, 1);
        // The default cannot go while another trunk could take its place unnoticed.
        QCOMPARE(c.request(Type::TrunksRemove, {{Key::Id, b}}).error(), ErrorCode::Conflict);
        QVERIFY(c.request(Type::TrunksRemove, {{Key::Id, a}}).isOk());
        QCOMPARE(c.request(Type::TrunksSetDefault, {{Key::Id, a}}).error(), ErrorCode::NotFound);
    }

    void duplicateNamesConflict()
    {
        TestClient c;
        adminClient(c);
        QVERIFY(c.request(Type::TrunksAdd, trunk(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"), 1, 3)).isOk());
        const ProtocolMessage dup = c.request(Type::TrunksAdd,
            trunk(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@other"), 1, 3));
        QCOMPARE(dup.error(), ErrorCode::Conflict);
        QCOMPARE(listed(c).size(), 1);
    }

    void invalidFieldsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no ${EXTEN}") << QString(Key::DialString) << QJsonValue(QStringLiteral("SIP/555@p"));
        QTest::newRow("cps 0") << QString(Key::MaxCps) << QJsonValue(0);
        QTest::newRow("cps text") << QString(Key::MaxCps) << QJsonValue(QStringLiteral("fast"));
        QTest::newRow("channels -1") << QString(Key::MaxChannels) << QJsonValue(-1);
        QTest::newRow("channels 2.5") << QString(Key::MaxChannels) << QJsonValue(2.5);
        QTest::newRow("name missing") << QString(Key::Name) << QJsonValue(QJsonValue::Undefined);
    }

    void invalidFieldsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        TestClient c;
        adminClient(c);
        QJsonObject data = trunk(QStringLiteral("X"), QStringLiteral("SIP/${EXTEN}@x"), 1, 1);
        if (value.isUndefined())
            data.remove(field);
        else
            data.insert(field, value);
        const ProtocolMessage r = c.request(Type::TrunksAdd, data);
        QCOMPARE(r.error(), ErrorCode::InvalidField);
        QCOMPARE(r.errorField(), field);
        QVERIFY(!r.errorMessage().isEmpty());
        QCOMPARE(m_engine->rowCount(QStringLiteral("trunks")), 0);
    }

    void updateOfAMissingTrunk()
    {
        TestClient c;
        adminClient(c);
        QJsonObject edit = trunk(QStringLiteral("Ghost"), QStringLiteral("SIP/${EXTEN}@g"), 1, 1);
        edit.insert(Key::Id, 424242);
        QCOMPARE(c.request(Type::TrunksUpdate, edit).error(), ErrorCode::NotFound);
        edit.insert(Key::Id, QStringLiteral("1"));
        QCOMPARE(c.request(Type::TrunksUpdate, edit).error(), ErrorCode::InvalidField);
    }

    void subscribersHearEveryChange()
    {
        TestClient admin;
        adminClient(admin);
        m_engine->addUser(QStringLiteral("accounts"), QStringLiteral("accounts-password"), Role::AccountsManager);
        TestClient watcher;
        QVERIFY(watcher.connectTo(m_engine->url()));
        QVERIFY(watcher.login(QStringLiteral("accounts"), QStringLiteral("accounts-password")).isOk());
        QVERIFY(watcher.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("trunks")}}}).isOk());

        QVERIFY(admin.request(Type::TrunksAdd, trunk(QStringLiteral("Live"), QStringLiteral("SIP/${EXTEN}@l"), 3, 9)).isOk());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.events().size(), 1, 10000);
        const ProtocolMessage event = watcher.events().constFirst();
        QCOMPARE(event.type(), QStringLiteral("trunks.changed"));
        QCOMPARE(event.data().value(Key::Trunks).toArray().size(), 1);
        // The admin did not subscribe, so it hears nothing.
        QVERIFY(admin.events().isEmpty());

        QVERIFY(watcher.request(Type::Unsubscribe, {{Key::Topics, QJsonArray{QStringLiteral("trunks")}}}).isOk());
        QVERIFY(admin.request(Type::TrunksAdd, trunk(QStringLiteral("Quiet"), QStringLiteral("SIP/${EXTEN}@q"), 3, 9)).isOk());
        QVERIFY(admin.request(Type::TrunksList).isOk()); // a round trip after the change
        QVERIFY(watcher.request(Type::TrunksList).isOk());
        QCOMPARE(watcher.events().size(), 1);
    }

    void hostileNamesAreStoredVerbatim()
    {
        TestClient c;
        adminClient(c);
        const QString hostile = QStringLiteral("x'); DROP TABLE trunks; -- \"q\" \\ ☎ 電話");
        const ProtocolMessage r = c.request(Type::TrunksAdd, trunk(hostile, QStringLiteral("SIP/${EXTEN}@h"), 1, 1));
        QVERIFY2(r.isOk(), qPrintable(r.errorMessage()));
        QCOMPARE(listed(c).at(0).toObject().value(Key::Name).toString(), hostile);
    }
};

QTEST_GUILESS_MAIN(TestTrunksApi)
#include "tst_trunksapi.moc"
