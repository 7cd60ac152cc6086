#include "engine/db/database.h"
#include "engine/db/schemamigrator.h"
#include "tests/support/testdatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {

QString scalarText(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<failed>");
    return query.value(0).toString();
}

} // namespace

class TestDatabaseOpen final : public QObject
{
    Q_OBJECT

private slots:
    void sessionIsSetUp();
    void ioTimeoutIsApplied();
    void connectionNameInUseIsRefused();
    void closeForgetsTheConnection();
    void unreachableServerFailsClearly();
    void wrongPasswordFailsWithoutShowingIt();
    void sqliteDirectoryIsCreated();
    void sqliteInMemory();
};

void TestDatabaseOpen::sessionIsSetUp()
{
    TestDatabase database;
    const Result<Done> opened = database.open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const QSqlDatabase db = database.db();
    QVERIFY(db.isOpen());
    QCOMPARE(db.driverName(), database.url().driverName());

    if (database.backendName() == QLatin1String("sqlite")) {
        QCOMPARE(scalarText(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalarText(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalarText(db, QStringLiteral("PRAGMA busy_timeout")), QString::number(Database::BusyTimeoutMs));
    } else if (database.backendName() == QLatin1String("mariadb")) {
        QVERIFY(scalarText(db, QStringLiteral("SELECT @@SESSION.sql_mode")).contains(QLatin1String("STRICT_ALL_TABLES")));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT @@SESSION.character_set_connection")), QStringLiteral("utf8mb4"));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT @@SESSION.character_set_results")), QStringLiteral("utf8mb4"));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT @@SESSION.default_storage_engine")), QStringLiteral("InnoDB"));
        QCOMPARE(scalarText(db, QStringLiteral("SELECT @@SESSION.time_zone")), QStringLiteral("+00:00"));
    } else {
        QCOMPARE(scalarText(db, QStringLiteral("SHOW client_encoding")), QStringLiteral("UTF8"));
        QCOMPARE(scalarText(db, QStringLiteral("SHOW TimeZone")), QStringLiteral("UTC"));
    }
}

void TestDatabaseOpen::ioTimeoutIsApplied()
{
    TestDatabase database;
    const Result<Done> opened = database.open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const QString name = QStringLiteral("torque_test_io_timeout");
    {
        const Result<QSqlDatabase> db = Database::open(database.url(), name, 7);
        QVERIFY2(db.ok(), qPrintable(db.detail()));
        // The options are client-side (libpq / libmariadb); a driver that did
        // not know one would have refused to connect.
        QCOMPARE(scalarText(db.value(), QStringLiteral("SELECT 1")), QStringLiteral("1"));
    }
    Database::close(name);
}

void TestDatabaseOpen::connectionNameInUseIsRefused()
{
    TestDatabase database;
    QVERIFY(database.open().ok());
    const QString name = QStringLiteral("tst_database_twice");
    {
        const Result<QSqlDatabase> first = Database::open(database.url(), name);
        QVERIFY2(first.ok(), qPrintable(first.detail()));
        const Result<QSqlDatabase> second = Database::open(database.url(), name);
        QCOMPARE(second.error(), ErrorCode::Internal);
        QVERIFY(second.detail().contains(name));
        // The first connection is untouched by the refused second one.
        QVERIFY(first.value().isOpen());
    }
    Database::close(name);
}

void TestDatabaseOpen::closeForgetsTheConnection()
{
    TestDatabase database;
    QVERIFY(database.open().ok());
    const QString name = QStringLiteral("tst_database_close");
    QVERIFY(Database::open(database.url(), name).ok());
    QVERIFY(QSqlDatabase::contains(name));
    Database::close(name);
    QVERIFY(!QSqlDatabase::contains(name));
    Database::close(name);  // closing twice is harmless
    // The name can be used again.
    QVERIFY(Database::open(database.url(), name).ok());
    Database::close(name);
}

void TestDatabaseOpen::unreachableServerFailsClearly()
{
    const QString backend = TestDatabase().backendName();
    QString text;
    if (backend == QLatin1String("mariadb"))
        text = QStringLiteral("mysql://someone:Secr3tPw@127.0.0.1:1/nothing");
    else if (backend == QLatin1String("postgresql"))
        text = QStringLiteral("postgresql://someone:Secr3tPw@127.0.0.1:1/nothing");
    else
        text = QStringLiteral("sqlite:///proc/torque-cannot-be-here/torque.db");
    const Result<DatabaseUrl> url = DatabaseUrl::parse(text);
    QVERIFY(url.ok());
    const QString name = QStringLiteral("tst_database_unreachable");
    const Result<QSqlDatabase> opened = Database::open(url.value(), name);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error(), ErrorCode::DatabaseError);
    QVERIFY(!opened.detail().contains(QLatin1String("Secr3tPw")));
    if (backend != QLatin1String("sqlite"))
        QVERIFY2(opened.detail().contains(url.value().redacted()), qPrintable(opened.detail()));
    else
        QVERIFY2(opened.detail().contains(QLatin1String("/proc/torque-cannot-be-here")), qPrintable(opened.detail()));
    // A failed open leaves no half-registered connection behind.
    QVERIFY(!QSqlDatabase::contains(name));
}

void TestDatabaseOpen::wrongPasswordFailsWithoutShowingIt()
{
    TestDatabase database;
    QVERIFY(database.open().ok());
    if (database.backendName() == QLatin1String("sqlite"))
        QSKIP("not applicable: SQLite has no accounts");
    const DatabaseUrl right = database.url();
    const QString url = QStringLiteral("%1://%2:Wr0ngPassword@%3:%4/%5")
                            .arg(database.backendName() == QLatin1String("mariadb") ? QStringLiteral("mysql")
                                                                                    : QStringLiteral("postgresql"),
                                 QString::fromLatin1(QUrl::toPercentEncoding(right.userName())), right.host(),
                                 QString::number(right.port()), right.databaseName());
    const Result<DatabaseUrl> wrong = DatabaseUrl::parse(url);
    QVERIFY2(wrong.ok(), qPrintable(url));
    QCOMPARE(wrong.value().password(), QStringLiteral("Wr0ngPassword"));
    const Result<QSqlDatabase> opened = Database::open(wrong.value(), QStringLiteral("tst_database_wrong"));
    QCOMPARE(opened.error(), ErrorCode::DatabaseError);
    QVERIFY(!opened.detail().contains(QLatin1String("Wr0ngPassword")));
    QVERIFY(opened.detail().contains(QLatin1String("***")));
}

void TestDatabaseOpen::sqliteDirectoryIsCreated()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("a/b c/torque.db"));
    const Result<DatabaseUrl> url =
        DatabaseUrl::parse(QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
    QVERIFY2(url.ok(), qPrintable(url.detail()));
    const QString name = QStringLiteral("tst_database_sqlite_dir");
    {
        const Result<QSqlDatabase> opened = Database::open(url.value(), name);
        QVERIFY2(opened.ok(), qPrintable(opened.detail()));
        const Result<int> migrated = SchemaMigrator(opened.value()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    }
    Database::close(name);
    QVERIFY(QFileInfo::exists(path));
}

void TestDatabaseOpen::sqliteInMemory()
{
    const Result<DatabaseUrl> url = DatabaseUrl::parse(QStringLiteral("sqlite::memory:"));
    QVERIFY(url.ok());
    const QString name = QStringLiteral("tst_database_memory");
    {
        const Result<QSqlDatabase> opened = Database::open(url.value(), name);
        QVERIFY2(opened.ok(), qPrintable(opened.detail()));
        const Result<int> migrated = SchemaMigrator(opened.value()).migrate();
        QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
        QCOMPARE(migrated.value(), SchemaMigrator::latestVersion());
        QCOMPARE(scalarText(opened.value(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }
    Database::close(name);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
