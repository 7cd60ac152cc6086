#include "engine/db/databaseurl.h"

#include <QSqlDatabase>
#include <QTest>

using Backend = DatabaseUrl::Backend;

class TestDatabaseUrl final : public QObject
{
    Q_OBJECT

private slots:
    void validUrls_data();
    void validUrls();
    void invalidUrls_data();
    void invalidUrls();
    void relativeSqlitePathSaysHowToWriteIt();
    void mariaDbDriver();
    void percentDecodedCredentials();
    void redactedHidesThePassword();
    void withDatabaseName();
};

void TestDatabaseUrl::validUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");

    QTest::newRow("sqlite file") << "sqlite:///var/lib/torque/torque.db" << Backend::SQLite << QString() << 0
                                 << QString() << QString() << "/var/lib/torque/torque.db";
    QTest::newRow("sqlite encoded space") << "sqlite:///tmp/my%20data/t.db" << Backend::SQLite << QString() << 0
                                          << QString() << QString() << "/tmp/my data/t.db";
    QTest::newRow("sqlite cleaned") << "sqlite:///tmp//a/../t.db" << Backend::SQLite << QString() << 0
                                    << QString() << QString() << "/tmp/t.db";
    QTest::newRow("sqlite memory") << "sqlite::memory:" << Backend::SQLite << QString() << 0 << QString()
                                   << QString() << ":memory:";
    QTest::newRow("mysql") << "mysql://torque:secret@db.example.com:3307/torque" << Backend::MariaDB
                           << "db.example.com" << 3307 << "torque" << "secret" << "torque";
    QTest::newRow("mariadb default port") << "mariadb://torque:secret@10.0.0.5/dialer" << Backend::MariaDB
                                          << "10.0.0.5" << 3306 << "torque" << "secret" << "dialer";
    QTest::newRow("upper-case scheme") << "MySQL://u:p@h/d" << Backend::MariaDB << "h" << 3306 << "u" << "p"
                                       << "d";
    QTest::newRow("postgresql") << "postgresql://torque:pw@pg.local:6543/torque" << Backend::PostgreSQL
                                << "pg.local" << 6543 << "torque" << "pw" << "torque";
    QTest::newRow("postgres default port") << "postgres://torque@127.0.0.1/torque" << Backend::PostgreSQL
                                           << "127.0.0.1" << 5432 << "torque" << QString() << "torque";
    QTest::newRow("ipv6") << "postgresql://u:p@[::1]:5433/db" << Backend::PostgreSQL << "::1" << 5433 << "u"
                          << "p" << "db";
    QTest::newRow("no credentials") << "mysql://localhost/db" << Backend::MariaDB << "localhost" << 3306
                                    << QString() << QString() << "db";
    QTest::newRow("surrounding blanks") << "  postgres://u:p@h/db \n" << Backend::PostgreSQL << "h" << 5432
                                        << "u" << "p" << "db";
}

void TestDatabaseUrl::validUrls()
{
    QFETCH(QString, url);
    QFETCH(Backend, backend);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);

    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.detail()));
    const DatabaseUrl &u = parsed.value();
    QCOMPARE(u.backend(), backend);
    QCOMPARE(u.host(), host);
    QCOMPARE(u.port(), port);
    QCOMPARE(u.userName(), user);
    QCOMPARE(u.password(), password);
    QCOMPARE(u.databaseName(), database);
    if (backend == Backend::PostgreSQL)
        QCOMPARE(u.driverName(), QStringLiteral("QPSQL"));
    if (backend == Backend::SQLite)
        QCOMPARE(u.driverName(), QStringLiteral("QSQLITE"));

    // toString() is a URL that parses back to the same value.
    const Result<DatabaseUrl> again = DatabaseUrl::parse(u.toString());
    QVERIFY2(again.ok(), qPrintable(u.toString() + QStringLiteral(": ") + again.detail()));
    QVERIFY2(again.value() == u, qPrintable(u.toString()));
}

void TestDatabaseUrl::invalidUrls_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("no scheme") << QStringLiteral("/var/lib/torque.db");
    QTest::newRow("unknown scheme") << QStringLiteral("oracle://u:p@h/db");
    QTest::newRow("http") << QStringLiteral("http://example.com/db");
    QTest::newRow("sqlite relative") << QStringLiteral("sqlite://data.db");
    QTest::newRow("sqlite no slashes") << QStringLiteral("sqlite:data.db");
    QTest::newRow("sqlite one slash") << QStringLiteral("sqlite:/data.db");
    QTest::newRow("sqlite no file") << QStringLiteral("sqlite:///");
    QTest::newRow("sqlite directory") << QStringLiteral("sqlite:///var/lib/");
    QTest::newRow("sqlite query") << QStringLiteral("sqlite:///tmp/t.db?mode=ro");
    QTest::newRow("sqlite nul") << QStringLiteral("sqlite:///tmp/t%00.db");
    QTest::newRow("mysql no host") << QStringLiteral("mysql:///db");
    QTest::newRow("mysql no database") << QStringLiteral("mysql://u:p@host");
    QTest::newRow("mysql slash only") << QStringLiteral("mysql://u:p@host/");
    QTest::newRow("mysql nested path") << QStringLiteral("mysql://u:p@host/a/b");
    QTest::newRow("mysql query") << QStringLiteral("mysql://u:p@host/db?ssl=true");
    QTest::newRow("postgres fragment") << QStringLiteral("postgresql://u:p@host/db#x");
    QTest::newRow("port too big") << QStringLiteral("postgresql://u:p@host:70000/db");
    QTest::newRow("port not a number") << QStringLiteral("mysql://u:p@host:abc/db");
    QTest::newRow("bad percent") << QStringLiteral("mysql://u:p%zz@host/db");
    QTest::newRow("space in host") << QStringLiteral("mysql://u:p@bad host/db");
}

void TestDatabaseUrl::invalidUrls()
{
    QFETCH(QString, url);
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY2(!parsed.ok(), qPrintable(url));
    QCOMPARE(parsed.error(), ErrorCode::InvalidField);
    QVERIFY(!parsed.detail().isEmpty());
}

void TestDatabaseUrl::relativeSqlitePathSaysHowToWriteIt()
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("sqlite://torque.db"));
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.detail().contains(QLatin1String("sqlite:///")), qPrintable(parsed.detail()));
    QVERIFY2(parsed.detail().contains(QLatin1String("absolute")), qPrintable(parsed.detail()));
}

void TestDatabaseUrl::mariaDbDriver()
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("mariadb://u:p@h/db"));
    QVERIFY(parsed.ok());
    // Whichever name the installed plugin offers, it must be one Qt can load.
    QVERIFY(parsed.value().driverName() == QLatin1String("QMARIADB")
            || parsed.value().driverName() == QLatin1String("QMYSQL"));
    QVERIFY(QSqlDatabase::isDriverAvailable(parsed.value().driverName()));
}

void TestDatabaseUrl::percentDecodedCredentials()
{
    const Result<DatabaseUrl> parsed =
        DatabaseUrl::parse(QStringLiteral("mysql://us%40er:p%3Ass%2F%40w%25rd%20x@h:3306/my%2Ddb"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.detail()));
    QCOMPARE(parsed.value().userName(), QStringLiteral("us@er"));
    QCOMPARE(parsed.value().password(), QStringLiteral("p:ss/@w%rd x"));
    QCOMPARE(parsed.value().databaseName(), QStringLiteral("my-db"));
    const Result<DatabaseUrl> again = DatabaseUrl::parse(parsed.value().toString());
    QVERIFY2(again.ok(), qPrintable(again.detail()));
    QCOMPARE(again.value().password(), QStringLiteral("p:ss/@w%rd x"));
}

void TestDatabaseUrl::redactedHidesThePassword()
{
    const Result<DatabaseUrl> parsed =
        DatabaseUrl::parse(QStringLiteral("postgresql://torque:Sup3r%2Fsecret@db:5432/torque"));
    QVERIFY(parsed.ok());
    const QString redacted = parsed.value().redacted();
    QCOMPARE(redacted, QStringLiteral("postgresql://torque:***@db:5432/torque"));
    QVERIFY(!redacted.contains(QLatin1String("Sup3r")));
    QVERIFY(parsed.value().toString().contains(QLatin1String("Sup3r")));

    // Nothing to hide: nothing pretends to be hidden.
    const Result<DatabaseUrl> noPassword = DatabaseUrl::parse(QStringLiteral("mysql://torque@db/torque"));
    QVERIFY(noPassword.ok());
    QCOMPARE(noPassword.value().redacted(), QStringLiteral("mysql://torque@db:3306/torque"));
    const Result<DatabaseUrl> sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:///tmp/t.db"));
    QVERIFY(sqlite.ok());
    QCOMPARE(sqlite.value().redacted(), QStringLiteral("sqlite:///tmp/t.db"));
}

void TestDatabaseUrl::withDatabaseName()
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(QStringLiteral("mysql://u:p@h:3307/torque_test"));
    QVERIFY(parsed.ok());
    const DatabaseUrl other = parsed.value().withDatabaseName(QStringLiteral("torque_t_1234"));
    QCOMPARE(other.databaseName(), QStringLiteral("torque_t_1234"));
    QCOMPARE(other.host(), QStringLiteral("h"));
    QCOMPARE(other.port(), 3307);
    QCOMPARE(other.password(), QStringLiteral("p"));
    QCOMPARE(other.toString(), QStringLiteral("mysql://u:p@h:3307/torque_t_1234"));
    QCOMPARE(parsed.value().databaseName(), QStringLiteral("torque_test"));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
