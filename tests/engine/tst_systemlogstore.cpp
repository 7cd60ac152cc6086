#include "engine/db/schemamigrator.h"
#include "engine/db/systemlogstore.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

#include <memory>

namespace {

SystemLogEntry makeEntry(qint64 msecs, const QString &message)
{
    SystemLogEntry entry;
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    entry.level = QStringLiteral("info");
    entry.category = QStringLiteral("auth");
    entry.username = QStringLiteral("admin");
    entry.address = QStringLiteral("127.0.0.1");
    entry.message = message;
    return entry;
}

} // namespace

class TestSystemLogStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void appendAndReadBack();
    void latestIsNewestFirstAndLimited();
    void sameMillisecondKeepsInsertOrder();
    void invalidTimeMeansNow();
    void limitIsClamped();
    void hostileTextRoundTrips_data();
    void hostileTextRoundTrips();
    void oversizedFieldsAreCutNotRefused();
    void cleanKeepsSurrogatePairsWhole();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<SystemLogStore> m_store;
};

void TestSystemLogStore::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    m_store = std::make_unique<SystemLogStore>(m_database->db());
}

void TestSystemLogStore::init()
{
    QVERIFY(m_database);
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM system_log")));
}

void TestSystemLogStore::cleanupTestCase()
{
    m_store.reset();
    m_database.reset();
}

void TestSystemLogStore::appendAndReadBack()
{
    SystemLogEntry entry = makeEntry(Q_INT64_C(1764000000123), QStringLiteral("login succeeded"));
    entry.level = QStringLiteral("warning");
    entry.category = QStringLiteral("campaign");
    entry.username = QStringLiteral("matt");
    entry.address = QStringLiteral("[2001:db8::1]:51234");
    const Result<Done> appended = m_store->append(entry);
    QVERIFY2(appended.ok(), qPrintable(appended.detail()));

    const Result<QList<SystemLogEntry>> latest = m_store->latest(10);
    QVERIFY2(latest.ok(), qPrintable(latest.detail()));
    QCOMPARE(latest.value().size(), 1);
    const SystemLogEntry &read = latest.value().first();
    QCOMPARE(read, entry);
    QCOMPARE(read.createdAt.timeSpec(), Qt::UTC);
    QCOMPARE(read.createdAt.toMSecsSinceEpoch(), Q_INT64_C(1764000000123));
}

void TestSystemLogStore::latestIsNewestFirstAndLimited()
{
    // Appended out of order: the order comes from the time, not the insert.
    for (qint64 t : {3000, 1000, 5000, 2000, 4000})
        QVERIFY(m_store->append(makeEntry(t, QString::number(t))).ok());
    const Result<QList<SystemLogEntry>> all = m_store->latest(100);
    QVERIFY(all.ok());
    QStringList messages;
    for (const SystemLogEntry &e : all.value())
        messages << e.message;
    QCOMPARE(messages, QStringList({QStringLiteral("5000"), QStringLiteral("4000"), QStringLiteral("3000"),
                                    QStringLiteral("2000"), QStringLiteral("1000")}));

    const Result<QList<SystemLogEntry>> two = m_store->latest(2);
    QVERIFY(two.ok());
    QCOMPARE(two.value().size(), 2);
    QCOMPARE(two.value().at(0).message, QStringLiteral("5000"));
    QCOMPARE(two.value().at(1).message, QStringLiteral("4000"));
}

void TestSystemLogStore::sameMillisecondKeepsInsertOrder()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_store->append(makeEntry(7000, QString::number(i))).ok());
    const Result<QList<SystemLogEntry>> latest = m_store->latest(4);
    QVERIFY(latest.ok());
    QCOMPARE(latest.value().size(), 4);
    QCOMPARE(latest.value().first().message, QStringLiteral("3"));
    QCOMPARE(latest.value().last().message, QStringLiteral("0"));
}

void TestSystemLogStore::invalidTimeMeansNow()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    SystemLogEntry entry = makeEntry(0, QStringLiteral("now"));
    entry.createdAt = QDateTime();
    QVERIFY(m_store->append(entry).ok());
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const SystemLogEntry read = m_store->latest(1).value().first();
    QVERIFY(read.createdAt.toMSecsSinceEpoch() >= before);
    QVERIFY(read.createdAt.toMSecsSinceEpoch() <= after);
    QCOMPARE(read.createdAt.timeSpec(), Qt::UTC);
}

void TestSystemLogStore::limitIsClamped()
{
    QVERIFY(m_store->append(makeEntry(1, QStringLiteral("one"))).ok());
    QVERIFY(m_store->latest(0).value().isEmpty());
    QVERIFY(m_store->latest(-5).value().isEmpty());
    const Result<QList<SystemLogEntry>> huge = m_store->latest(std::numeric_limits<int>::max());
    QVERIFY2(huge.ok(), qPrintable(huge.detail()));
    QCOMPARE(huge.value().size(), 1);
}

void TestSystemLogStore::hostileTextRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quotes") << QStringLiteral("it's \"quoted\" `too`");
    QTest::newRow("sql injection") << QStringLiteral("x'); DELETE FROM system_log; --");
    QTest::newRow("backslashes") << QStringLiteral("\\'\\\"\\\\ \\0 \\n");
    QTest::newRow("placeholders") << QStringLiteral("%1 %2 ? :a $1");
    QTest::newRow("control characters") << QStringLiteral("line1\nline2\r\n\ttabbed\x1b[31m");
    QTest::newRow("unicode") << (QStringLiteral("Ünïcødé 名前 اسم ") + QString::fromUtf8("\xF0\x9F\x93\x9E"));
    // The longest message kept: 64 Ki CJK characters, 192 kB of UTF-8.
    QTest::newRow("longest") << QString(SystemLogStore::MaxMessageLength, QChar(0x4e2d));
}

void TestSystemLogStore::hostileTextRoundTrips()
{
    QFETCH(QString, text);
    SystemLogEntry entry = makeEntry(42, text);
    entry.username = text.left(SystemLogStore::MaxUsernameLength);
    entry.address = text.left(SystemLogStore::MaxAddressLength);
    const Result<Done> appended = m_store->append(entry);
    QVERIFY2(appended.ok(), qPrintable(appended.detail()));
    const SystemLogEntry read = m_store->latest(1).value().first();
    QCOMPARE(read.message, text);
    QCOMPARE(read.username, entry.username);
    QCOMPARE(read.address, entry.address);
}

void TestSystemLogStore::oversizedFieldsAreCutNotRefused()
{
    // A failed login's user name comes from the client: any size, any content.
    SystemLogEntry entry = makeEntry(99, QString(100 * 1024, QLatin1Char('m')));
    entry.username = QString(5000, QChar(0x00fc));
    entry.address = QString(1000, QLatin1Char('a'));
    entry.category = QString(500, QLatin1Char('c'));
    entry.level = QStringLiteral("information-overload-level");
    entry.message.replace(10, 1, QChar(0));  // PostgreSQL refuses NUL in text
    const Result<Done> appended = m_store->append(entry);
    QVERIFY2(appended.ok(), qPrintable(appended.detail()));

    const SystemLogEntry read = m_store->latest(1).value().first();
    QCOMPARE(read.message.size(), SystemLogStore::MaxMessageLength);
    QCOMPARE(read.message.at(10), QChar(QChar::ReplacementCharacter));
    QCOMPARE(read.username, QString(SystemLogStore::MaxUsernameLength, QChar(0x00fc)));
    QCOMPARE(read.address.size(), SystemLogStore::MaxAddressLength);
    QCOMPARE(read.category.size(), SystemLogStore::MaxCategoryLength);
    QCOMPARE(read.level, QStringLiteral("information-overload-level").left(SystemLogStore::MaxLevelLength));
}

void TestSystemLogStore::cleanKeepsSurrogatePairsWhole()
{
    const QString phone = QString::fromUtf8("\xF0\x9F\x93\x9E");  // one character, two UTF-16 units
    QCOMPARE(phone.size(), 2);
    const QString text = QStringLiteral("ab") + phone;
    QCOMPARE(SystemLogStore::clean(text, 3), QStringLiteral("ab"));
    QCOMPARE(SystemLogStore::clean(text, 4), text);
    QCOMPARE(SystemLogStore::clean(QStringLiteral("a") + QChar(0) + QStringLiteral("b"), 10),
             QStringLiteral("a") + QChar(QChar::ReplacementCharacter) + QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(TestSystemLogStore)
#include "tst_systemlogstore.moc"
