#include "engine/db/schemamigrator.h"
#include "engine/db/userstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

// The shape of a libsodium Argon2id string, so the column is tested with a
// realistic length.
const QString SampleHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                          "J1a0Zc6bYbI1a9x3hWQeRk1l0kHk9uQ3yqk8b3o8n3E");

UserAccount makeAccount(const QString &name, Role role = Role::Customer)
{
    UserAccount account;
    account.username = name;
    account.passwordHash = SampleHash;
    account.role = role;
    return account;
}

} // namespace

class TestUserStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void addAndFind_data();
    void addAndFind();
    void missingUserIsEmpty();
    void duplicateNameConflicts();
    void namesAreCaseSensitive();
    void setPassword();
    void setPasswordUnknownUser();
    void count();
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();
    void overlongNameIsRefusedCleanly();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<UserStore> m_store;
};

void TestUserStore::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    m_store = std::make_unique<UserStore>(m_database->db());
}

void TestUserStore::init()
{
    QVERIFY(m_database);
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM users")));
}

void TestUserStore::cleanupTestCase()
{
    m_store.reset();
    m_database.reset();
}

void TestUserStore::addAndFind_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("mustChange");
    QTest::addColumn<bool>("disabled");
    QTest::newRow("admin") << Role::Admin << true << false;
    QTest::newRow("customer") << Role::Customer << false << false;
    QTest::newRow("agent") << Role::Agent << false << true;
    QTest::newRow("accounts manager") << Role::AccountsManager << true << true;
}

void TestUserStore::addAndFind()
{
    QFETCH(Role, role);
    QFETCH(bool, mustChange);
    QFETCH(bool, disabled);

    UserAccount account = makeAccount(QStringLiteral("someone"), role);
    account.id = 999999;  // ignored
    account.mustChangePassword = mustChange;
    account.disabled = disabled;
    const Result<UserAccount> added = m_store->add(account);
    QVERIFY2(added.ok(), qPrintable(added.detail()));
    QVERIFY(added.value().id > 0);
    QVERIFY(added.value().id != 999999);
    account.id = added.value().id;
    QCOMPARE(added.value(), account);

    const Result<std::optional<UserAccount>> byName = m_store->findByName(QStringLiteral("someone"));
    QVERIFY2(byName.ok(), qPrintable(byName.detail()));
    QVERIFY(byName.value().has_value());
    QCOMPARE(*byName.value(), account);

    const Result<std::optional<UserAccount>> byId = m_store->find(account.id);
    QVERIFY2(byId.ok(), qPrintable(byId.detail()));
    QVERIFY(byId.value().has_value());
    QCOMPARE(*byId.value(), account);
}

void TestUserStore::missingUserIsEmpty()
{
    const Result<std::optional<UserAccount>> byName = m_store->findByName(QStringLiteral("nobody"));
    QVERIFY2(byName.ok(), qPrintable(byName.detail()));
    QVERIFY(!byName.value().has_value());
    const Result<std::optional<UserAccount>> byId = m_store->find(123456);
    QVERIFY(byId.ok());
    QVERIFY(!byId.value().has_value());
    QVERIFY(!m_store->findByName(QString()).value().has_value());
}

void TestUserStore::duplicateNameConflicts()
{
    QVERIFY(m_store->add(makeAccount(QStringLiteral("admin"), Role::Admin)).ok());
    const Result<UserAccount> again = m_store->add(makeAccount(QStringLiteral("admin"), Role::Agent));
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), ErrorCode::Conflict);
    QVERIFY2(again.detail().contains(QLatin1String("\"admin\"")), qPrintable(again.detail()));
    QCOMPARE(m_store->count().value(), qint64(1));
    QCOMPARE(m_store->findByName(QStringLiteral("admin")).value()->role, Role::Admin);
}

void TestUserStore::namesAreCaseSensitive()
{
    QVERIFY(m_store->add(makeAccount(QStringLiteral("alice"))).ok());
    QVERIFY(m_store->add(makeAccount(QStringLiteral("Alice"))).ok());
    QVERIFY(!m_store->findByName(QStringLiteral("ALICE")).value().has_value());
    QCOMPARE(m_store->findByName(QStringLiteral("Alice")).value()->username, QStringLiteral("Alice"));
}

void TestUserStore::setPassword()
{
    const Result<UserAccount> added = m_store->add(makeAccount(QStringLiteral("bob")));
    QVERIFY(added.ok());
    const qint64 id = added.value().id;
    const QString newHash = SampleHash + QStringLiteral("X");

    QVERIFY(m_store->setPassword(id, newHash, true).ok());
    UserAccount stored = *m_store->find(id).value();
    QCOMPARE(stored.passwordHash, newHash);
    QVERIFY(stored.mustChangePassword);

    // The same values again still find the row (MariaDB counts matched rows).
    const Result<Done> same = m_store->setPassword(id, newHash, true);
    QVERIFY2(same.ok(), qPrintable(same.detail()));

    QVERIFY(m_store->setPassword(id, SampleHash, false).ok());
    stored = *m_store->find(id).value();
    QCOMPARE(stored.passwordHash, SampleHash);
    QVERIFY(!stored.mustChangePassword);
}

void TestUserStore::setPasswordUnknownUser()
{
    const Result<Done> set = m_store->setPassword(4242, SampleHash, false);
    QCOMPARE(set.error(), ErrorCode::NotFound);
}

void TestUserStore::count()
{
    QCOMPARE(m_store->count().value(), qint64(0));
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_store->add(makeAccount(QStringLiteral("user%1").arg(i))).ok());
    const Result<qint64> n = m_store->count();
    QVERIFY2(n.ok(), qPrintable(n.detail()));
    QCOMPARE(n.value(), qint64(5));
}

void TestUserStore::hostileNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << QStringLiteral("o'neil \"the\" `user`");
    QTest::newRow("sql injection") << QStringLiteral("admin'; DROP TABLE users; --");
    QTest::newRow("or 1=1") << QStringLiteral("' OR '1'='1");
    QTest::newRow("backslash") << QStringLiteral("dom\\user\\");
    QTest::newRow("placeholders") << QStringLiteral("%1?:id$1");
    QString unicode;
    while (unicode.size() < 98)
        unicode += QStringLiteral("Ωμέγα用户");
    unicode.truncate(98);
    unicode += QString::fromUtf8("\xF0\x9F\x98\x80");  // 100 UTF-16 units, 99 characters
    QTest::newRow("unicode 100") << unicode;
}

void TestUserStore::hostileNamesRoundTrip()
{
    QFETCH(QString, name);
    const Result<UserAccount> added = m_store->add(makeAccount(name));
    QVERIFY2(added.ok(), qPrintable(added.detail()));
    const Result<std::optional<UserAccount>> found = m_store->findByName(name);
    QVERIFY2(found.ok(), qPrintable(found.detail()));
    QVERIFY(found.value().has_value());
    QCOMPARE(found.value()->username, name);
    QCOMPARE(found.value()->id, added.value().id);
    QCOMPARE(m_store->add(makeAccount(name)).error(), ErrorCode::Conflict);
    QCOMPARE(m_store->count().value(), qint64(1));
}

void TestUserStore::overlongNameIsRefusedCleanly()
{
    // Validation happens before the store; should it be skipped, every
    // backend still refuses (SQLite through a CHECK) instead of truncating.
    const Result<UserAccount> added = m_store->add(makeAccount(QString(101, QLatin1Char('u'))));
    QVERIFY(!added.ok());
    QCOMPARE(added.error(), ErrorCode::DatabaseError);
    QVERIFY(!added.detail().isEmpty());
    QCOMPARE(m_store->count().value(), qint64(0));
    QVERIFY(m_store->add(makeAccount(QString(100, QLatin1Char('u')))).ok());
}

QTEST_GUILESS_MAIN(TestUserStore)
#include "tst_userstore.moc"
