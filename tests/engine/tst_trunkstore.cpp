#include "engine/db/schemamigrator.h"
#include "engine/db/trunkstore.h"
#include "engine/db/userstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

Trunk makeTrunk(const QString &name, double maxCps = 5.0, qint64 maxChannels = 30)
{
    Trunk trunk;
    trunk.name = name;
    trunk.dialString = QStringLiteral("SIP/${EXTEN}@provider");
    trunk.maxCps = maxCps;
    trunk.maxChannels = maxChannels;
    return trunk;
}

} // namespace

// One database per test case (creating one per test would make the server
// runs slow); init() empties the tables the tests touch.
class TestTrunkStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void emptyList();
    void firstTrunkBecomesDefault();
    void listIsSortedByName();
    void addValidates();
    void duplicateNameConflicts();
    void namesCompareExactly();
    void updateChangesFieldsAndKeepsDefault();
    void updateMissingOrTakenName();
    void removeRules();
    void removeTrunkUsedByCustomerConflicts();
    void setDefaultKeepsExactlyOne();
    void hostileNamesRoundTrip_data();
    void hostileNamesRoundTrip();
    void fractionalCpsRoundTripsExactly_data();
    void fractionalCpsRoundTripsExactly();

private:
    qint64 defaultCount();
    Trunk added(const Trunk &trunk);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<TrunkStore> m_store;
};

void TestTrunkStore::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    m_store = std::make_unique<TrunkStore>(m_database->db());
}

void TestTrunkStore::init()
{
    QVERIFY(m_database);
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM users")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM trunks")));
}

void TestTrunkStore::cleanupTestCase()
{
    m_store.reset();
    m_database.reset();
}

qint64 TestTrunkStore::defaultCount()
{
    const Result<QList<Trunk>> trunks = m_store->list();
    if (!trunks.ok())
        return -1;
    return std::count_if(trunks.value().cbegin(), trunks.value().cend(),
                         [](const Trunk &t) { return t.isDefault; });
}

Trunk TestTrunkStore::added(const Trunk &trunk)
{
    const Result<Trunk> result = m_store->add(trunk);
    if (!result.ok()) {
        QTest::qFail(qPrintable(QStringLiteral("add(%1) failed: %2").arg(trunk.name, result.detail())),
                     __FILE__, __LINE__);
        return {};
    }
    return result.value();
}

void TestTrunkStore::emptyList()
{
    const Result<QList<Trunk>> trunks = m_store->list();
    QVERIFY2(trunks.ok(), qPrintable(trunks.detail()));
    QVERIFY(trunks.value().isEmpty());
    QCOMPARE(m_store->find(1).error(), ErrorCode::NotFound);
}

void TestTrunkStore::firstTrunkBecomesDefault()
{
    Trunk input = makeTrunk(QStringLiteral("alpha"));
    input.id = 12345;        // ignored
    input.isDefault = false; // ignored: the first trunk is the default
    const Trunk first = added(input);
    QVERIFY(first.id > 0);
    QVERIFY(first.id != 12345);
    QVERIFY(first.isDefault);
    QCOMPARE(first.name, input.name);
    QCOMPARE(first.dialString, input.dialString);
    QCOMPARE(first.maxChannels, input.maxChannels);

    Trunk second = makeTrunk(QStringLiteral("beta"));
    second.isDefault = true;  // ignored too: setDefault() moves the default
    const Trunk stored = added(second);
    QVERIFY(!stored.isDefault);
    QVERIFY(stored.id != first.id);
    QCOMPARE(defaultCount(), qint64(1));

    const Result<Trunk> found = m_store->find(first.id);
    QVERIFY2(found.ok(), qPrintable(found.detail()));
    QCOMPARE(found.value(), first);
}

void TestTrunkStore::listIsSortedByName()
{
    for (const char *name : {"delta", "Charlie", "alpha", "Bravo", "bravo"})
        added(makeTrunk(QString::fromLatin1(name)));
    const Result<QList<Trunk>> trunks = m_store->list();
    QVERIFY(trunks.ok());
    QStringList names;
    for (const Trunk &t : trunks.value())
        names << t.name;
    QCOMPARE(names, QStringList({QStringLiteral("alpha"), QStringLiteral("Bravo"), QStringLiteral("bravo"),
                                 QStringLiteral("Charlie"), QStringLiteral("delta")}));
}

void TestTrunkStore::addValidates()
{
    Trunk noName = makeTrunk(QString());
    QCOMPARE(m_store->add(noName).error(), ErrorCode::InvalidField);
    QCOMPARE(m_store->add(makeTrunk(QStringLiteral("zero"), 0.0)).error(), ErrorCode::InvalidField);
    QCOMPARE(m_store->add(makeTrunk(QStringLiteral("nochan"), 1.0, 0)).error(), ErrorCode::InvalidField);
    Trunk badDial = makeTrunk(QStringLiteral("dial"));
    badDial.dialString = QStringLiteral("SIP/provider");
    QCOMPARE(m_store->add(badDial).error(), ErrorCode::InvalidField);
    // 100 kB of name never reaches the database.
    const Result<Trunk> huge = m_store->add(makeTrunk(QString(100 * 1024, QLatin1Char('n'))));
    QCOMPARE(huge.error(), ErrorCode::InvalidField);
    QCOMPARE(huge.field(), QStringLiteral("name"));
    QVERIFY(m_store->list().value().isEmpty());
}

void TestTrunkStore::duplicateNameConflicts()
{
    added(makeTrunk(QStringLiteral("main")));
    const Result<Trunk> again = m_store->add(makeTrunk(QStringLiteral("main"), 2.0));
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), ErrorCode::Conflict);
    QVERIFY2(again.detail().contains(QLatin1String("\"main\"")), qPrintable(again.detail()));
    QCOMPARE(m_store->list().value().size(), 1);
}

void TestTrunkStore::namesCompareExactly()
{
    // Same rule on every backend: case and trailing blanks make another name.
    added(makeTrunk(QStringLiteral("main")));
    QVERIFY(m_store->add(makeTrunk(QStringLiteral("Main"))).ok());
    QVERIFY(m_store->add(makeTrunk(QStringLiteral("main "))).ok());
    QCOMPARE(m_store->list().value().size(), 3);
}

void TestTrunkStore::updateChangesFieldsAndKeepsDefault()
{
    const Trunk first = added(makeTrunk(QStringLiteral("first")));
    const Trunk second = added(makeTrunk(QStringLiteral("second")));

    Trunk changed = first;
    changed.name = QStringLiteral("renamed");
    changed.dialString = QStringLiteral("PJSIP/${EXTEN}@carrier");
    changed.maxCps = 12.5;
    changed.maxChannels = 250;
    changed.isDefault = false;  // ignored
    const Result<Trunk> updated = m_store->update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.detail()));
    QCOMPARE(updated.value().name, QStringLiteral("renamed"));
    QCOMPARE(updated.value().dialString, QStringLiteral("PJSIP/${EXTEN}@carrier"));
    QVERIFY(updated.value().maxCps == 12.5);
    QCOMPARE(updated.value().maxChannels, qint64(250));
    QVERIFY(updated.value().isDefault);
    QCOMPARE(m_store->find(first.id).value(), updated.value());

    // Saving a trunk unchanged, under its own name, is fine.
    const Result<Trunk> same = m_store->update(second);
    QVERIFY2(same.ok(), qPrintable(same.detail()));
    QVERIFY(!same.value().isDefault);
    QCOMPARE(defaultCount(), qint64(1));
}

void TestTrunkStore::updateMissingOrTakenName()
{
    const Trunk first = added(makeTrunk(QStringLiteral("first")));
    added(makeTrunk(QStringLiteral("second")));

    Trunk missing = makeTrunk(QStringLiteral("ghost"));
    missing.id = first.id + 1000;
    QCOMPARE(m_store->update(missing).error(), ErrorCode::NotFound);

    Trunk taken = first;
    taken.name = QStringLiteral("second");
    const Result<Trunk> conflict = m_store->update(taken);
    QCOMPARE(conflict.error(), ErrorCode::Conflict);
    QVERIFY2(conflict.detail().contains(QLatin1String("second")), qPrintable(conflict.detail()));
    QCOMPARE(m_store->find(first.id).value().name, QStringLiteral("first"));

    Trunk invalid = first;
    invalid.maxCps = -1;
    QCOMPARE(m_store->update(invalid).error(), ErrorCode::InvalidField);
}

void TestTrunkStore::removeRules()
{
    QCOMPARE(m_store->remove(424242).error(), ErrorCode::NotFound);

    const Trunk first = added(makeTrunk(QStringLiteral("first")));
    const Trunk second = added(makeTrunk(QStringLiteral("second")));
    QVERIFY(first.isDefault);

    const Result<Done> removeDefault = m_store->remove(first.id);
    QCOMPARE(removeDefault.error(), ErrorCode::Conflict);
    QVERIFY2(removeDefault.detail().contains(QLatin1String("default")), qPrintable(removeDefault.detail()));
    QVERIFY(m_store->find(first.id).ok());

    QVERIFY(m_store->remove(second.id).ok());
    QCOMPARE(m_store->find(second.id).error(), ErrorCode::NotFound);
    QCOMPARE(m_store->remove(second.id).error(), ErrorCode::NotFound);

    // The last trunk may go, default or not.
    QVERIFY(m_store->remove(first.id).ok());
    QVERIFY(m_store->list().value().isEmpty());

    // And the next one added is the default again.
    QVERIFY(added(makeTrunk(QStringLiteral("third"))).isDefault);
}

void TestTrunkStore::removeTrunkUsedByCustomerConflicts()
{
    added(makeTrunk(QStringLiteral("default")));
    const Trunk used = added(makeTrunk(QStringLiteral("used")));
    UserAccount account;
    account.username = QStringLiteral("customer1");
    account.passwordHash = QStringLiteral("hash");
    const Result<UserAccount> user = UserStore(m_database->db()).add(account);
    QVERIFY2(user.ok(), qPrintable(user.detail()));
    QSqlQuery query(m_database->db());
    QVERIFY(query.prepare(QStringLiteral("UPDATE users SET trunk_id = ? WHERE id = ?")));
    query.addBindValue(used.id);
    query.addBindValue(user.value().id);
    QVERIFY(query.exec());

    const Result<Done> removed = m_store->remove(used.id);
    QCOMPARE(removed.error(), ErrorCode::Conflict);
    QVERIFY2(removed.detail().contains(QLatin1String("\"used\"")), qPrintable(removed.detail()));
    QVERIFY2(removed.detail().contains(QLatin1String("1 customer")), qPrintable(removed.detail()));
    QVERIFY(m_store->find(used.id).ok());
}

void TestTrunkStore::setDefaultKeepsExactlyOne()
{
    const Trunk a = added(makeTrunk(QStringLiteral("a")));
    const Trunk b = added(makeTrunk(QStringLiteral("b")));
    const Trunk c = added(makeTrunk(QStringLiteral("c")));

    const Result<Trunk> moved = m_store->setDefault(b.id);
    QVERIFY2(moved.ok(), qPrintable(moved.detail()));
    QVERIFY(moved.value().isDefault);
    QCOMPARE(moved.value().name, QStringLiteral("b"));
    QCOMPARE(defaultCount(), qint64(1));
    QVERIFY(!m_store->find(a.id).value().isDefault);

    // Again: idempotent.
    QVERIFY(m_store->setDefault(b.id).ok());
    QCOMPARE(defaultCount(), qint64(1));

    QCOMPARE(m_store->setDefault(c.id + 1000).error(), ErrorCode::NotFound);
    QVERIFY(m_store->find(b.id).value().isDefault);
    QCOMPARE(defaultCount(), qint64(1));

    // The old default may now be removed; the new one may not.
    QVERIFY(m_store->remove(a.id).ok());
    QCOMPARE(m_store->remove(b.id).error(), ErrorCode::Conflict);
}

void TestTrunkStore::hostileNamesRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("quotes") << QStringLiteral("O'Brien \"trunk\" `x`");
    QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE trunks; --");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\ \\' \\\"");
    QTest::newRow("placeholders") << QStringLiteral("%1 %2 ? :name $1 _%");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>");
    // 100 UTF-16 units, the longest name allowed: accents, CJK, Arabic, and
    // characters outside the BMP (surrogate pairs), which MariaDB's old
    // "utf8" would have refused.
    QString unicode;
    const QString pieces = QStringLiteral("Ünïcødé名前اسم") + QString::fromUtf8("\xF0\x9F\x93\x9E");
    while (unicode.size() + pieces.size() <= Trunk::MaxNameLength)
        unicode += pieces;
    while (unicode.size() < Trunk::MaxNameLength)
        unicode += QChar(0x00e9);
    QTest::newRow("unicode 100") << unicode;
}

void TestTrunkStore::hostileNamesRoundTrip()
{
    QFETCH(QString, name);
    QVERIFY(name.size() <= Trunk::MaxNameLength);
    const Trunk stored = added(makeTrunk(name));
    QCOMPARE(stored.name, name);
    const Result<Trunk> found = m_store->find(stored.id);
    QVERIFY2(found.ok(), qPrintable(found.detail()));
    QCOMPARE(found.value().name, name);
    const Result<QList<Trunk>> trunks = m_store->list();
    QVERIFY2(trunks.ok(), qPrintable(trunks.detail()));
    QCOMPARE(trunks.value().size(), 1);
    QCOMPARE(trunks.value().first().name, name);
    // Same name again is a clean Conflict, not an SQL error.
    QCOMPARE(m_store->add(makeTrunk(name)).error(), ErrorCode::Conflict);
    // Renaming to the hostile name of another trunk too.
    Trunk other = added(makeTrunk(QStringLiteral("other")));
    other.name = name;
    QCOMPARE(m_store->update(other).error(), ErrorCode::Conflict);
}

void TestTrunkStore::fractionalCpsRoundTripsExactly_data()
{
    QTest::addColumn<double>("cps");
    QTest::newRow("0.1") << 0.1;
    QTest::newRow("0.25") << 0.25;
    QTest::newRow("1/3") << 1.0 / 3.0;
    QTest::newRow("0.001") << 0.001;
    QTest::newRow("9999.999") << 9999.999;
    QTest::newRow("max") << Trunk::MaxCpsLimit;
}

void TestTrunkStore::fractionalCpsRoundTripsExactly()
{
    QFETCH(double, cps);
    const Trunk stored = added(makeTrunk(QStringLiteral("fraction"), cps, Trunk::MaxChannelsLimit));
    // Exact comparison on purpose: QCOMPARE would forgive a lossy round trip.
    QVERIFY2(stored.maxCps == cps, qPrintable(QString::number(stored.maxCps, 'g', 17)));
    const Trunk found = m_store->find(stored.id).value();
    QVERIFY2(found.maxCps == cps, qPrintable(QString::number(found.maxCps, 'g', 17)));
    QCOMPARE(found.maxChannels, Trunk::MaxChannelsLimit);
    QVERIFY(m_store->list().value().first().maxCps == cps);
}

QTEST_GUILESS_MAIN(TestTrunkStore)
#include "tst_trunkstore.moc"
