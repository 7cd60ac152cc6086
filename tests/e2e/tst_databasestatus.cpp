#include "common/protocol.h"
#include "engine/db/database.h"
#include "engine/db/databaseurl.h"
#include "engine/engine.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <thread>

using namespace Protocol;

namespace {

constexpr int kTimeout = 20000;

QJsonObject tableNamed(const QJsonObject &status, const QString &name)
{
    for (const QJsonValue &table : status.value(Key::Tables).toArray()) {
        if (table.toObject().value(Key::Name).toString() == name)
            return table.toObject();
    }
    return {};
}

} // namespace

// database.status and database.convertTable through a real WebSocket to a
// real engine, on the backend named by TORQUE_TEST_BACKEND. A second
// connection of the test's own plays "someone else" on the database: it adds
// rows behind the engine's back and holds locks.
class TestDatabaseStatus final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;
    DatabaseUrl m_url;
    QSqlDatabase m_side;
    QString m_backend;

    bool isMariaDb() const { return m_url.backend() == DatabaseUrl::Backend::MariaDB; }
    bool isPostgres() const { return m_url.backend() == DatabaseUrl::Backend::PostgreSQL; }

    void adminClient(TestClient &c)
    {
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("root"), QStringLiteral("root-password")).isOk());
    }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_side);
        if (query.exec(sql))
            return true;
        QWARN(qPrintable(QStringLiteral("side SQL failed: %1: %2").arg(sql, query.lastError().text())));
        return false;
    }

    QString engineOf(const QString &table)
    {
        QSqlQuery query(m_side);
        query.prepare(QStringLiteral("SELECT ENGINE FROM information_schema.TABLES "
                                     "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"));
        query.addBindValue(table);
        if (!query.exec() || !query.next())
            return QStringLiteral("(no table)");
        return query.value(0).toString();
    }

    // A customer and a campaign to hang numbers on.
    qint64 addCampaign()
    {
        const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
        if (!exec(QStringLiteral("INSERT INTO users (username, password_hash, role, created_at, updated_at) "
                                 "VALUES ('acme', 'x', 'customer', %1, %1)").arg(now))
            || !exec(QStringLiteral("INSERT INTO campaigns (customer_id, name, type, created_at, updated_at) "
                                    "SELECT id, 'spring', 'press1', %1, %1 FROM users WHERE username = 'acme'")
                         .arg(now)))
            return 0;
        QSqlQuery query(m_side);
        if (!query.exec(QStringLiteral("SELECT id FROM campaigns WHERE name = 'spring'")) || !query.next())
            return 0;
        return query.value(0).toLongLong();
    }

    // Fills cdr (no foreign keys, so it may be MyISAM) with 2^doublings rows.
    bool fillCdr(int doublings)
    {
        if (!exec(QStringLiteral("INSERT INTO cdr (phone, started_at, disposition) "
                                 "VALUES ('+6495550100', 1700000000000, 'ANSWER')")))
            return false;
        for (int i = 0; i < doublings; ++i) {
            if (!exec(QStringLiteral("INSERT INTO cdr (phone, started_at, disposition, duration_ms) "
                                     "SELECT phone, started_at + id, disposition, id FROM cdr")))
                return false;
        }
        return true;
    }

    static QList<QJsonObject> progressEvents(const TestClient &c)
    {
        QList<QJsonObject> events;
        for (const ProtocolMessage &event : c.events()) {
            if (event.type() == Event::DatabaseProgress)
                events.append(event.data());
        }
        return events;
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<TestEngine>();
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        m_engine->addUser(QStringLiteral("root"), QStringLiteral("root-password"), Role::Admin);
        m_url = DatabaseUrl::parse(m_engine->engine().settings().databaseUrl()).value();
        m_backend = DatabaseUrl::backendName(m_url.backend());
        const Result<QSqlDatabase> side = Database::open(m_url, QStringLiteral("tst-side"));
        QVERIFY2(side.ok(), qPrintable(side.detail()));
        m_side = side.value();
    }

    void cleanup()
    {
        m_side = QSqlDatabase();
        Database::close(QStringLiteral("tst-side"));
        m_engine.reset();
    }

    void statusHasTheDocumentedShape()
    {
        TestClient c;
        adminClient(c);
        const ProtocolMessage reply = c.request(Type::DatabaseStatus);
        QVERIFY2(reply.isOk(), qPrintable(reply.errorMessage()));
        const QJsonObject status = reply.data();
        QCOMPARE(status.value(Key::Backend).toString(), m_backend);
        QVERIFY(!status.value(Key::ServerVersion).toString().isEmpty());
        QVERIFY(status.value(Key::UptimeSeconds).toInteger(-1) >= 0);
        QVERIFY(status.value(Key::SizeBytes).toInteger() > 0);
        QCOMPARE(status.value(Key::NumbersWithoutRandomKey).toInteger(-1), 0);
        QCOMPARE(status.value(Key::SlowQuerySeconds).toInt(), 2);
        QCOMPARE(status.value(Key::CanConvert).toBool(), isMariaDb());
        QVERIFY(status.value(Key::SlowQueries).isArray());
        QVERIFY(!status.contains(Key::Conversion));

        // Every table of the schema, by name, with rows, size and engine.
        const QJsonArray tables = status.value(Key::Tables).toArray();
        QVERIFY2(tables.size() >= 25, qPrintable(QString::number(tables.size())));
        QStringList names;
        for (const QJsonValue &table : tables)
            names.append(table.toObject().value(Key::Name).toString());
        QStringList sorted = names;
        sorted.sort();
        QCOMPARE(names, sorted);
        for (const char *name : {"numbers", "users", "trunks", "cdr", "schema_version"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const QJsonObject users = tableNamed(status, QStringLiteral("users"));
        QVERIFY(users.value(Key::Rows).toInteger(-1) >= 0);
        QVERIFY(!users.value(Key::StorageEngine).toString().isEmpty());

        if (m_url.backend() == DatabaseUrl::Backend::SQLite) {
            QCOMPARE(status.value(Key::UptimeSource).toString(), QStringLiteral("engine"));
            QCOMPARE(status.value(Key::JournalMode).toString(), QStringLiteral("wal"));
            QVERIFY(!status.contains(Key::Queries));
            QVERIFY(!status.value(Key::SlowQueriesAvailable).toBool());
            // admin + root, counted exactly; sizes from dbstat.
            QCOMPARE(users.value(Key::Rows).toInteger(), 2);
            QVERIFY(!users.value(Key::RowsApproximate).toBool());
            QVERIFY(users.value(Key::SizeBytes).toInteger() > 0);
            QVERIFY(!users.contains(Key::ConvertTo));
        } else {
            QCOMPARE(status.value(Key::UptimeSource).toString(), QStringLiteral("server"));
            QVERIFY(status.value(Key::Queries).toInteger() > 0);
            QVERIFY(status.value(Key::QueriesPerSecond).toDouble() > 0);
            QCOMPARE(status.value(Key::QueriesKind).toString(),
                     isMariaDb() ? QStringLiteral("statements") : QStringLiteral("transactions"));
            QVERIFY(status.value(Key::SlowQueriesAvailable).toBool());
            QVERIFY(users.value(Key::SizeBytes).toInteger() > 0);
        }
        if (isPostgres()) {
            QCOMPARE(users.value(Key::StorageEngine).toString(), QStringLiteral("heap"));
            QCOMPARE(users.value(Key::Rows).toInteger(), 2); // small: counted exactly
            QVERIFY(!users.value(Key::RowsApproximate).toBool());
        }
        if (isMariaDb()) {
            QCOMPARE(users.value(Key::StorageEngine).toString(), QStringLiteral("InnoDB"));
            QVERIFY(users.value(Key::RowsApproximate).toBool()); // InnoDB's estimate
            QVERIFY(users.value(Key::HasForeignKeys).toBool());
            QVERIFY(!users.contains(Key::ConvertTo)); // MyISAM has no foreign keys
            QCOMPARE(tableNamed(status, QStringLiteral("cdr")).value(Key::ConvertTo).toString(),
                     QStringLiteral("MyISAM"));
        }

        // A second look a little later also gives the rate since the first.
        QTest::qWait(1100);
        const QJsonObject again = c.request(Type::DatabaseStatus).data();
        if (m_url.backend() != DatabaseUrl::Backend::SQLite)
            QVERIFY(again.value(Key::RecentQueriesPerSecond).toDouble(-1) >= 0);
    }

    void countsNumbersWithoutARandomKey()
    {
        const qint64 campaign = addCampaign();
        QVERIFY(campaign > 0);
        // Five loaded behind the engine's back (key left at its default 0),
        // three imported properly, two without a key but already dialled.
        for (int i = 0; i < 10; ++i) {
            const QString key = i >= 5 && i < 8 ? QString::number(1000003LL * (i + 1)) : QStringLiteral("0");
            const QString status = i >= 8 ? QStringLiteral("done") : QStringLiteral("new");
            QVERIFY(exec(QStringLiteral("INSERT INTO numbers (campaign_id, phone, status, random_order_key) "
                                        "VALUES (%1, '+64955501%2', '%3', %4)")
                             .arg(campaign).arg(i, 2, 10, QLatin1Char('0')).arg(status, key)));
        }
        QVERIFY(exec(QStringLiteral("INSERT INTO numbers (campaign_id, phone) VALUES (%1, '+6495550200')")
                         .arg(campaign)));
        TestClient c;
        adminClient(c);
        const ProtocolMessage reply = c.request(Type::DatabaseStatus);
        QVERIFY2(reply.isOk(), qPrintable(reply.errorMessage()));
        QCOMPARE(reply.data().value(Key::NumbersWithoutRandomKey).toInteger(-1), 6);
        const QJsonObject numbers = tableNamed(reply.data(), QStringLiteral("numbers"));
        if (!numbers.value(Key::RowsApproximate).toBool())
            QCOMPARE(numbers.value(Key::Rows).toInteger(), 11);
    }

    void onlyAdminsMaySeeOrConvert_data()
    {
        QTest::addColumn<Role>("role");
        QTest::newRow("accountsManager") << Role::AccountsManager;
        QTest::newRow("customer") << Role::Customer;
        QTest::newRow("agent") << Role::Agent;
    }

    void onlyAdminsMaySeeOrConvert()
    {
        QFETCH(Role, role);
        m_engine->addUser(QStringLiteral("someone"), QStringLiteral("someone-password"), role);
        TestClient c;
        QVERIFY(c.connectTo(m_engine->url()));
        QVERIFY(c.login(QStringLiteral("someone"), QStringLiteral("someone-password")).isOk());
        QCOMPARE(c.request(Type::DatabaseStatus).error(), ErrorCode::Forbidden);
        QCOMPARE(c.request(Type::DatabaseConvertTable,
                           {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("MyISAM")}})
                     .error(),
                 ErrorCode::Forbidden);
        QCOMPARE(c.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("database")}}}).error(),
                 ErrorCode::Forbidden);
        TestClient anonymous;
        QVERIFY(anonymous.connectTo(m_engine->url()));
        QVERIFY(anonymous.request(Type::Hello, {{Key::Protocol, Version}}).isOk());
        QCOMPARE(anonymous.request(Type::DatabaseStatus).error(), ErrorCode::NotAuthenticated);
    }

    void badTableNamesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("table");
        QTest::newRow("injection") << QJsonValue(QStringLiteral("cdr ENGINE=MyISAM; DROP TABLE users; --"));
        QTest::newRow("backquote") << QJsonValue(QStringLiteral("cdr` ENGINE=MyISAM, RENAME TO `x"));
        QTest::newRow("quoted") << QJsonValue(QStringLiteral("`users`"));
        QTest::newRow("other schema") << QJsonValue(QStringLiteral("mysql.user"));
        QTest::newRow("catalog") << QJsonValue(QStringLiteral("sqlite_master"));
        QTest::newRow("upper case") << QJsonValue(QStringLiteral("USERS"));
        QTest::newRow("unknown") << QJsonValue(QStringLiteral("no_such_table"));
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("number") << QJsonValue(42);
        QTest::newRow("too long") << QJsonValue(QString(200, QLatin1Char('a')));
    }

    void badTableNamesAreRefused()
    {
        QFETCH(QJsonValue, table);
        TestClient c;
        adminClient(c);
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, table}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        QCOMPARE(reply.error(), ErrorCode::InvalidField);
        QCOMPARE(reply.errorField(), QString(Key::Table));
        QCOMPARE(m_engine->rowCount(QStringLiteral("users")), 2);
        if (isMariaDb())
            QCOMPARE(engineOf(QStringLiteral("cdr")), QStringLiteral("InnoDB"));
    }

    void badEnginesAreRefused()
    {
        TestClient c;
        adminClient(c);
        for (const QString &engine : {QStringLiteral("Aria"), QStringLiteral("MEMORY"),
                                      QStringLiteral("InnoDB; DROP TABLE users")}) {
            const ProtocolMessage reply = c.request(
                Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, engine}});
            QCOMPARE(reply.error(), ErrorCode::InvalidField);
            QCOMPARE(reply.errorField(), QString(Key::StorageEngine));
        }
        QCOMPARE(c.request(Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}}).errorField(),
                 QString(Key::StorageEngine));
    }

    void convertIsRefusedWithoutMariaDb()
    {
        if (isMariaDb())
            QSKIP("MariaDB converts");
        TestClient c;
        adminClient(c);
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("InnoDB")}});
        QCOMPARE(reply.error(), ErrorCode::InvalidField);
        QCOMPARE(reply.errorField(), QString(Key::StorageEngine));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("MariaDB")), qPrintable(reply.errorMessage()));
        for (const QJsonValue &table : c.request(Type::DatabaseStatus).data().value(Key::Tables).toArray())
            QVERIFY(!table.toObject().contains(Key::ConvertTo));
    }

    void convertChangesTheEngineAndReportsProgress()
    {
        if (!isMariaDb())
            QSKIP("only MariaDB has storage engines to convert");
        QVERIFY(fillCdr(18)); // 262,144 rows: long enough to report progress
        TestClient watcher;
        adminClient(watcher);
        QVERIFY(watcher.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("database")}}}).isOk());
        TestClient c;
        adminClient(c);

        QElapsedTimer timer;
        timer.start();
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("myisam")}});
        QVERIFY2(reply.isOk(), qPrintable(reply.errorMessage()));
        qInfo() << "converted 262,144 rows to MyISAM in" << timer.elapsed() << "ms";
        QCOMPARE(reply.data().value(Key::Table).toString(), QStringLiteral("cdr"));
        QCOMPARE(reply.data().value(Key::StorageEngine).toString(), QStringLiteral("MyISAM"));
        QVERIFY(reply.data().value(Key::Changed).toBool());
        QCOMPARE(engineOf(QStringLiteral("cdr")), QStringLiteral("MyISAM"));
        QCOMPARE(m_engine->rowCount(QStringLiteral("cdr")), 262144);

        // running at 0 %, MariaDB's own stages as it goes, then finished at 100 %.
        QTRY_VERIFY_WITH_TIMEOUT(!progressEvents(watcher).isEmpty()
                                     && progressEvents(watcher).constLast().value(Key::State).toString()
                                            == QLatin1String("finished"),
                                 kTimeout);
        const QList<QJsonObject> events = progressEvents(watcher);
        QVERIFY(events.size() >= 2);
        QCOMPARE(events.constFirst().value(Key::State).toString(), QStringLiteral("running"));
        QCOMPARE(events.constFirst().value(Key::Percent).toDouble(), 0.0);
        QCOMPARE(events.constLast().value(Key::Percent).toDouble(), 100.0);
        double last = -1;
        int reported = 0;
        for (const QJsonObject &event : events) {
            QCOMPARE(event.value(Key::Table).toString(), QStringLiteral("cdr"));
            QCOMPARE(event.value(Key::StorageEngine).toString(), QStringLiteral("MyISAM"));
            QVERIFY(event.value(Key::Percent).toDouble() >= last);
            last = event.value(Key::Percent).toDouble();
            if (event.value(Key::Stage).toInt() > 0)
                ++reported;
        }
        qInfo() << events.size() << "progress events," << reported << "with MariaDB's stage";
        QVERIFY2(reported > 0, "no progress polled from PROCESSLIST while the ALTER ran");

        // The status says so too, and offers the way back.
        const QJsonObject cdr = tableNamed(c.request(Type::DatabaseStatus).data(), QStringLiteral("cdr"));
        QCOMPARE(cdr.value(Key::StorageEngine).toString(), QStringLiteral("MyISAM"));
        QVERIFY(!cdr.value(Key::RowsApproximate).toBool());
        QCOMPARE(cdr.value(Key::Rows).toInteger(), 262144);
        QCOMPARE(cdr.value(Key::ConvertTo).toString(), QStringLiteral("InnoDB"));

        const ProtocolMessage back = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("InnoDB")}});
        QVERIFY2(back.isOk(), qPrintable(back.errorMessage()));
        QCOMPARE(engineOf(QStringLiteral("cdr")), QStringLiteral("InnoDB"));
        // Already there: nothing to do.
        const ProtocolMessage again = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("InnoDB")}});
        QVERIFY(again.isOk());
        QVERIFY(!again.data().value(Key::Changed).toBool());
    }

    void myIsamIsRefusedForTablesWithForeignKeys()
    {
        if (!isMariaDb())
            QSKIP("only MariaDB has storage engines to convert");
        TestClient c;
        adminClient(c);
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("numbers")}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        QCOMPARE(reply.error(), ErrorCode::InvalidField);
        QCOMPARE(reply.errorField(), QString(Key::StorageEngine));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("foreign key")), qPrintable(reply.errorMessage()));
        QCOMPARE(engineOf(QStringLiteral("numbers")), QStringLiteral("InnoDB"));
    }

    void busyTableGivesUpQuicklyAndTheEngineKeepsAnswering()
    {
        if (!isMariaDb())
            QSKIP("only MariaDB has storage engines to convert");
        QVERIFY(exec(QStringLiteral("LOCK TABLES dnc WRITE")));
        TestClient watcher;
        adminClient(watcher);
        QVERIFY(watcher.request(Type::Subscribe, {{Key::Topics, QJsonArray{QStringLiteral("database")}}}).isOk());
        TestClient other;
        adminClient(other);
        TestClient c;
        adminClient(c);

        // While the conversion waits for the lock, another console is served at once.
        qint64 trunksMs = -1;
        ProtocolMessage trunks;
        ProtocolMessage statusMeanwhile;
        ProtocolMessage secondConversion;
        QTimer::singleShot(1000, this, [&] {
            QElapsedTimer t;
            t.start();
            trunks = other.request(Type::TrunksList);
            trunksMs = t.elapsed();
            statusMeanwhile = other.request(Type::DatabaseStatus);
            secondConversion = other.request(
                Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        });
        QElapsedTimer timer;
        timer.start();
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("dnc")}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        const qint64 elapsed = timer.elapsed();
        QVERIFY(exec(QStringLiteral("UNLOCK TABLES")));

        QCOMPARE(reply.error(), ErrorCode::Conflict);
        QVERIFY2(reply.errorMessage().contains(QLatin1String("busy")), qPrintable(reply.errorMessage()));
        QVERIFY2(elapsed >= 2500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
        QCOMPARE(engineOf(QStringLiteral("dnc")), QStringLiteral("InnoDB"));

        QVERIFY2(trunks.isOk(), qPrintable(trunks.errorMessage()));
        QVERIFY2(trunksMs >= 0 && trunksMs < 1000, qPrintable(QString::number(trunksMs)));
        // The status listed the waiting ALTER, and the conversion under way.
        QVERIFY2(statusMeanwhile.isOk(), qPrintable(statusMeanwhile.errorMessage()));
        QCOMPARE(statusMeanwhile.data().value(Key::Conversion).toObject().value(Key::Table).toString(),
                 QStringLiteral("dnc"));
        bool listed = false;
        for (const QJsonValue &slow : statusMeanwhile.data().value(Key::SlowQueries).toArray()) {
            const QJsonObject query = slow.toObject();
            if (query.value(Key::Query).toString().contains(QLatin1String("ALTER TABLE `dnc`"))
                && query.value(Key::Waiting).toBool())
                listed = true;
        }
        QVERIFY2(listed, QJsonDocument(statusMeanwhile.data()).toJson().constData());
        // One conversion at a time.
        QCOMPARE(secondConversion.error(), ErrorCode::Conflict);
        QCOMPARE(engineOf(QStringLiteral("cdr")), QStringLiteral("InnoDB"));

        QTRY_VERIFY_WITH_TIMEOUT(!progressEvents(watcher).isEmpty()
                                     && progressEvents(watcher).constLast().value(Key::State).toString()
                                            == QLatin1String("failed"),
                                 kTimeout);
        const QJsonObject failed = progressEvents(watcher).constLast();
        QCOMPARE(failed.value(Key::Error).toObject().value(Key::Code).toString(), QStringLiteral("conflict"));

        // Once the lock is gone the same conversion goes through.
        const ProtocolMessage retry = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("dnc")}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        QVERIFY2(retry.isOk(), qPrintable(retry.errorMessage()));
        QCOMPARE(engineOf(QStringLiteral("dnc")), QStringLiteral("MyISAM"));
    }

    void waitingQueriesAreListed()
    {
        if (!isMariaDb() && !isPostgres())
            QSKIP("SQLite has no list of running statements");
        // The side connection locks dnc; a third connection's query waits for it.
        if (isMariaDb())
            QVERIFY(exec(QStringLiteral("LOCK TABLES dnc WRITE")));
        else
            QVERIFY(exec(QStringLiteral("BEGIN")) && exec(QStringLiteral("LOCK TABLE dnc IN ACCESS EXCLUSIVE MODE")));
        std::atomic<bool> done{false};
        const DatabaseUrl url = m_url;
        std::thread blocked([url, &done] {
            {
                const Result<QSqlDatabase> db = Database::open(url, QStringLiteral("tst-blocked"));
                if (db) {
                    QSqlQuery query(db.value());
                    query.exec(QStringLiteral("SELECT COUNT(*) FROM dnc WHERE phone <> 'waiting-for-the-lock'"));
                }
            }
            Database::close(QStringLiteral("tst-blocked"));
            done = true;
        });

        TestClient c;
        adminClient(c);
        bool listed = false;
        QJsonObject status;
        QDeadlineTimer deadline(kTimeout);
        while (!listed && !deadline.hasExpired()) {
            status = c.request(Type::DatabaseStatus).data();
            for (const QJsonValue &slow : status.value(Key::SlowQueries).toArray()) {
                const QJsonObject query = slow.toObject();
                if (query.value(Key::Query).toString().contains(QLatin1String("waiting-for-the-lock"))) {
                    listed = query.value(Key::Waiting).toBool() && query.value(Key::Id).toInteger() > 0
                        && !query.value(Key::State).toString().isEmpty();
                }
            }
            if (!listed)
                QTest::qWait(200);
        }
        if (isMariaDb())
            exec(QStringLiteral("UNLOCK TABLES"));
        else
            exec(QStringLiteral("COMMIT"));
        blocked.join();
        QVERIFY(done);
        QVERIFY2(listed, QJsonDocument(status).toJson().constData());
    }

    void stoppingTheEngineInterruptsAConversion()
    {
        if (!isMariaDb())
            QSKIP("only MariaDB has storage engines to convert");
        QVERIFY(fillCdr(19)); // long enough to still be running when the engine stops
        TestClient c;
        adminClient(c);
        qint64 stopMs = -1;
        QTimer::singleShot(700, this, [&] {
            QElapsedTimer t;
            t.start();
            m_engine->stop();
            stopMs = t.elapsed();
        });
        const ProtocolMessage reply = c.request(
            Type::DatabaseConvertTable, {{Key::Table, QStringLiteral("cdr")}, {Key::StorageEngine, QStringLiteral("MyISAM")}});
        QTRY_VERIFY_WITH_TIMEOUT(stopMs >= 0, kTimeout);
        qInfo() << "engine stopped in" << stopMs << "ms during a conversion";
        QVERIFY2(stopMs < 5000, qPrintable(QString::number(stopMs)));
        QVERIFY(!reply.isOk());
        // Interrupted, so the table is as it was.
        QCOMPARE(engineOf(QStringLiteral("cdr")), QStringLiteral("InnoDB"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseStatus)
#include "tst_databasestatus.moc"
