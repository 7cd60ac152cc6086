#include "engine/db/schemamigrator.h"
#include "engine/db/voiceserverstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

VoiceServer makeServer(const QString &name, const QString &secret = QStringLiteral("s3cret"))
{
    VoiceServer s;
    s.name = name;
    s.host = QStringLiteral("10.0.0.5");
    s.amiPort = 5038;
    s.amiUser = QStringLiteral("dialer");
    s.amiSecret = secret;
    s.maxChannels = 120;
    return s;
}

} // namespace

class TestVoiceServerStore final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<VoiceServerStore> m_store;

private slots:
    void initTestCase()
    {
        m_database = std::make_unique<TestDatabase>();
        const Result<Done> opened = m_database->open();
        QVERIFY2(opened.ok(), qPrintable(opened.detail()));
        QVERIFY(SchemaMigrator(m_database->db()).migrate().ok());
        m_store = std::make_unique<VoiceServerStore>(m_database->db());
    }

    void init()
    {
        QSqlQuery query(m_database->db());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM voice_servers")));
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_database.reset();
    }

    void addFindList()
    {
        const Result<VoiceServer> b = m_store->add(makeServer(QStringLiteral("node-b")));
        QVERIFY2(b.ok(), qPrintable(b.detail()));
        QVERIFY(b.value().id > 0);
        QVERIFY(!b.value().enabled); // a new node does nothing until started
        QVERIFY(m_store->add(makeServer(QStringLiteral("Node-A"))).ok());
        const auto listed = m_store->list();
        QVERIFY(listed.ok());
        QCOMPARE(listed.value().size(), 2);
        QCOMPARE(listed.value().at(0).name, QStringLiteral("Node-A"));
        QCOMPARE(m_store->find(b.value().id).value(), b.value());
    }

    void duplicateNameConflicts()
    {
        QVERIFY(m_store->add(makeServer(QStringLiteral("one"))).ok());
        QCOMPARE(m_store->add(makeServer(QStringLiteral("one"))).error(), ErrorCode::Conflict);
    }

    void updateWithoutSecretKeepsIt()
    {
        VoiceServer s = m_store->add(makeServer(QStringLiteral("keep"), QStringLiteral("original"))).value();
        s.amiSecret.clear();
        s.host = QStringLiteral("voice1.example.com");
        const Result<VoiceServer> updated = m_store->update(s);
        QVERIFY2(updated.ok(), qPrintable(updated.detail()));
        QCOMPARE(updated.value().amiSecret, QStringLiteral("original"));
        QCOMPARE(updated.value().host, QStringLiteral("voice1.example.com"));
        s.amiSecret = QStringLiteral("changed");
        QCOMPARE(m_store->update(s).value().amiSecret, QStringLiteral("changed"));
    }

    void enableAndRemove()
    {
        const VoiceServer s = m_store->add(makeServer(QStringLiteral("toggle"))).value();
        QVERIFY(m_store->setEnabled(s.id, true).value().enabled);
        QVERIFY(!m_store->setEnabled(s.id, false).value().enabled);
        QVERIFY(m_store->remove(s.id).ok());
        QCOMPARE(m_store->remove(s.id).error(), ErrorCode::NotFound);
        QCOMPARE(m_store->setEnabled(s.id, true).error(), ErrorCode::NotFound);
    }

    void invalidServersAreRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::newRow("host with space") << QStringLiteral("a b") << QStringLiteral("u") << QStringLiteral("s");
        QTest::newRow("host injection") << QStringLiteral("x;rm -rf") << QStringLiteral("u") << QStringLiteral("s");
        QTest::newRow("user newline") << QStringLiteral("h") << QStringLiteral("u\r\nAction: Logoff") << QStringLiteral("s");
        QTest::newRow("secret newline") << QStringLiteral("h") << QStringLiteral("u") << QStringLiteral("s\nx");
    }

    void invalidServersAreRefused()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        VoiceServer s = makeServer(QStringLiteral("bad"), secret);
        s.host = host;
        s.amiUser = user;
        QCOMPARE(m_store->add(s).error(), ErrorCode::InvalidField);
        QCOMPARE(m_store->list().value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestVoiceServerStore)
#include "tst_voiceserverstore.moc"
