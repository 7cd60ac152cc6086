#include "engine/db/database.h"
#include "engine/db/schemamigrator.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

namespace {

// ARCHITECTURE.md "Data", table by table; written out here rather than taken
// from the schema code, so a table lost there fails this test.
const QStringList ExpectedTables = {
    QStringLiteral("agents"),          QStringLiteral("billing_log"),
    QStringLiteral("billing_records"), QStringLiteral("campaign_runs"),
    QStringLiteral("campaigns"),       QStringLiteral("cdr"),
    QStringLiteral("config"),          QStringLiteral("customer_list_access"),
    QStringLiteral("dnc"),             QStringLiteral("funnel_state"),
    QStringLiteral("login_attempts"),
    QStringLiteral("messages"),        QStringLiteral("numbers"),
    QStringLiteral("pacing_samples"),  QStringLiteral("payments"),
    QStringLiteral("queues"),          QStringLiteral("schedules"),
    QStringLiteral("schema_version"),  QStringLiteral("shared_list_numbers"),
    QStringLiteral("shared_lists"),    QStringLiteral("sites"),
    QStringLiteral("system_log"),      QStringLiteral("trunks"),
    QStringLiteral("users"),           QStringLiteral("voice_servers"),
};

QStringList userTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables()) {
        if (!table.startsWith(QLatin1String("sqlite_")))
            tables << table.toLower();
    }
    tables.sort();
    return tables;
}

// Runs one statement with bound values; true if the database accepted it.
bool run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

class TestSchemaMigrator final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabaseGetsEveryTable();
    void rerunIsANoOp();
    void secondConnectionSeesMigratedSchema();
    void numbersHaveTheHopperIndexes();
    void defaultSiteExistsAndIdsContinueAfterIt();
    void constraintsHoldOnEveryBackend();
    void newerSchemaIsRefused();

private:
    // Migrates the test database; empty on success, else the reason.
    QString migrate();

    std::unique_ptr<TestDatabase> m_database;
};

void TestSchemaMigrator::init()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
}

void TestSchemaMigrator::cleanup()
{
    m_database.reset();
}

QString TestSchemaMigrator::migrate()
{
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    return migrated.ok() ? QString() : migrated.detail();
}

void TestSchemaMigrator::freshDatabaseGetsEveryTable()
{
    const QSqlDatabase db = m_database->db();
    SchemaMigrator migrator(db);
    const Result<int> before = migrator.currentVersion();
    QVERIFY2(before.ok(), qPrintable(before.detail()));
    QCOMPARE(before.value(), 0);

    const Result<int> migrated = migrator.migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    QCOMPARE(migrated.value(), SchemaMigrator::latestVersion());
    QVERIFY(SchemaMigrator::latestVersion() >= 1);

    QStringList expected = ExpectedTables;
    expected.sort();
    QCOMPARE(userTables(db), expected);

    // Spot-check columns the engine relies on, by name, on every backend.
    const QSqlRecord users = db.record(QStringLiteral("users"));
    for (const char *column : {"id", "username", "password_hash", "role", "must_change_password", "disabled",
                               "display_name", "address1", "address2", "city", "state", "zip", "country",
                               "phone", "fax", "email", "mobile", "website", "details", "did_login_id",
                               "queue_name", "max_channels", "trunk_id", "site_id", "credit_micros",
                               "credit_limit_micros", "created_at", "updated_at"})
        QVERIFY2(users.contains(QString::fromLatin1(column)), column);
    const QSqlRecord numbers = db.record(QStringLiteral("numbers"));
    for (const char *column : {"id", "campaign_id", "phone", "name", "status", "random_order_key", "attempts",
                               "last_update", "claim_run"})
        QVERIFY2(numbers.contains(QString::fromLatin1(column)), column);
    const QSqlRecord log = db.record(QStringLiteral("system_log"));
    for (const char *column : {"id", "created_at", "level", "category", "username", "address", "message"})
        QVERIFY2(log.contains(QString::fromLatin1(column)), column);
}

void TestSchemaMigrator::rerunIsANoOp()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->db();
    const QStringList tablesBefore = userTables(db);
    const qint64 versionRows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QCOMPARE(versionRows, qint64(SchemaMigrator::latestVersion()));

    for (int i = 0; i < 2; ++i) {
        SchemaMigrator again(db);
        const Result<int> migrated = again.migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
        QCOMPARE(migrated.value(), SchemaMigrator::latestVersion());
        const Result<int> current = again.currentVersion();
        QVERIFY(current.ok());
        QCOMPARE(current.value(), SchemaMigrator::latestVersion());
    }
    QCOMPARE(userTables(db), tablesBefore);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version")), versionRows);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sites")), qint64(1));
}

void TestSchemaMigrator::secondConnectionSeesMigratedSchema()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A second engine (or the funnel thread) opening the same database.
    TestDatabase *first = m_database.get();
    const QString name = QStringLiteral("tst_schemamigrator_second");
    {
        const Result<QSqlDatabase> second = Database::open(first->url(), name);
        QVERIFY2(second.ok(), qPrintable(second.detail()));
        SchemaMigrator migrator(second.value());
        const Result<int> current = migrator.currentVersion();
        QVERIFY2(current.ok(), qPrintable(current.detail()));
        QCOMPARE(current.value(), SchemaMigrator::latestVersion());
        const Result<int> migrated = migrator.migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    }
    Database::close(name);
}

void TestSchemaMigrator::numbersHaveTheHopperIndexes()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->db();
    QVERIFY(run(db, QStringLiteral("INSERT INTO users (username, password_hash, role, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                {QStringLiteral("cust"), QStringLiteral("x"), QStringLiteral("customer"), 1, 1}));
    const qint64 customer = scalar(db, QStringLiteral("SELECT id FROM users WHERE username = ?"),
                                   {QStringLiteral("cust")});
    QVERIFY(run(db, QStringLiteral("INSERT INTO campaigns (customer_id, name, type, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?, ?)"),
                {customer, QStringLiteral("c1"), QStringLiteral("immediateLive"), 1, 1}));
    const qint64 campaign = scalar(db, QStringLiteral("SELECT id FROM campaigns"));
    const QString insertNumber = QStringLiteral("INSERT INTO numbers (campaign_id, phone, random_order_key) "
                                                "VALUES (?, ?, ?)");
    QVERIFY(run(db, insertNumber, {campaign, QStringLiteral("+15550001"), 7}));
    // (campaign_id, phone) is unique: an import cannot add a number twice.
    QVERIFY(!run(db, insertNumber, {campaign, QStringLiteral("+15550001"), 8}));
    QVERIFY(run(db, insertNumber, {campaign, QStringLiteral("+15550002"), 3}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM numbers WHERE campaign_id = ? AND status = ? "
                                       "ORDER BY random_order_key LIMIT 1"),
                    {campaign, QStringLiteral("new")}),
             scalar(db, QStringLiteral("SELECT id FROM numbers WHERE phone = ?"), {QStringLiteral("+15550002")}));

    // Deleting the campaign takes its numbers with it.
    QVERIFY(run(db, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {campaign}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM numbers")), qint64(0));
}

void TestSchemaMigrator::defaultSiteExistsAndIdsContinueAfterIt()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM sites WHERE id = 1")), qint64(1));
    // PostgreSQL's identity sequence must have moved past the explicit id 1.
    QVERIFY(run(db, QStringLiteral("INSERT INTO sites (name, created_at, updated_at) VALUES (?, ?, ?)"),
                {QStringLiteral("second"), 1, 1}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM sites WHERE name = ?"), {QStringLiteral("second")}),
             qint64(2));
    // A user lands on the default site unless told otherwise.
    QVERIFY(run(db, QStringLiteral("INSERT INTO users (username, password_hash, created_at, updated_at) "
                                   "VALUES (?, ?, ?, ?)"),
                {QStringLiteral("u"), QStringLiteral("h"), 1, 1}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT site_id FROM users WHERE username = ?"), {QStringLiteral("u")}),
             qint64(1));
}

void TestSchemaMigrator::constraintsHoldOnEveryBackend()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->db();
    const QString insertUser = QStringLiteral("INSERT INTO users (username, password_hash, role, trunk_id, "
                                              "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)");
    const QVariant noTrunk(QMetaType(QMetaType::LongLong));
    // The role is one of the four.
    QVERIFY(!run(db, insertUser, {QStringLiteral("a"), QStringLiteral("h"), QStringLiteral("root"), noTrunk, 1, 1}));
    // Foreign keys are enforced (SQLite needs PRAGMA foreign_keys).
    QVERIFY(!run(db, insertUser, {QStringLiteral("b"), QStringLiteral("h"), QStringLiteral("agent"), 999, 1, 1}));
    // Declared lengths are enforced everywhere, SQLite included.
    QVERIFY(!run(db, insertUser,
                 {QString(101, QLatin1Char('x')), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));
    QVERIFY(run(db, insertUser,
                {QString(100, QChar(0x00e9)), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));
    // User names compare exactly: case and trailing blanks make another name.
    QVERIFY(run(db, insertUser, {QStringLiteral("Bob"), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));
    QVERIFY(run(db, insertUser, {QStringLiteral("bob"), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));
    QVERIFY(run(db, insertUser, {QStringLiteral("bob "), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));
    QVERIFY(!run(db, insertUser, {QStringLiteral("bob"), QStringLiteral("h"), QStringLiteral("agent"), noTrunk, 1, 1}));

    // DNC: one global entry per number (customer 0), one per customer list.
    const QString insertDnc = QStringLiteral("INSERT INTO dnc (customer_id, phone, created_at) VALUES (?, ?, ?)");
    QVERIFY(run(db, insertDnc, {0, QStringLiteral("+15550100"), 1}));
    QVERIFY(!run(db, insertDnc, {0, QStringLiteral("+15550100"), 1}));
    QVERIFY(run(db, insertDnc, {5, QStringLiteral("+15550100"), 1}));

    // Money and times are 64-bit everywhere.
    const qint64 big = Q_INT64_C(9007199254740993);  // not representable as a double
    QVERIFY(run(db, QStringLiteral("INSERT INTO system_log (created_at, level, message) VALUES (?, ?, ?)"),
                {big, QStringLiteral("info"), QStringLiteral("m")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT created_at FROM system_log")), big);
}

void TestSchemaMigrator::newerSchemaIsRefused()
{
    const QString error = migrate();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSqlDatabase db = m_database->db();
    QVERIFY(run(db, QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                                   "VALUES (?, ?, ?)"),
                {SchemaMigrator::latestVersion() + 1, QStringLiteral("from the future"), 1}));
    SchemaMigrator migrator(db);
    const Result<int> migrated = migrator.migrate();
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error(), ErrorCode::DatabaseError);
    QVERIFY2(migrated.detail().contains(QString::number(SchemaMigrator::latestVersion() + 1)),
             qPrintable(migrated.detail()));
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
