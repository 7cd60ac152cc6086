// torque-bench-dbfunnel: what the DbFunnel sustains on each backend, against
// the anchor of the same rows written one statement at a time without it.
//
// For each backend (a fresh database; --numbers rows in numbers):
//   anchor    UPDATE numbers ... WHERE id = ? one autocommit statement per row
//   updates   number status updates through the funnel: enqueue cost, and
//             writes/s from the first enqueue until all are committed
//   mixed     the same with one CDR per three updates
//   outage    the database is unreachable for --outage-seconds while writes
//             arrive at --outage-rate per second (servers: a proxy drops every
//             connection; SQLite: another connection holds the write lock);
//             enqueue cost meanwhile, and the time to drain the backlog after
//
//   torque-bench-dbfunnel [--backends sqlite,mariadb,postgresql] [--numbers N]
//       [--updates N] [--server-updates N] [--outage-seconds S] [--outage-rate N]
//       [--mariadb-url URL] [--postgresql-url URL] [--journal-dir DIR]
//
// Servers: packaging/start-test-databases; the account must be allowed to
// create databases named torque_t_*.

#include "engine/db/database.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/schemamigrator.h"
#include "engine/db/sqltransaction.h"
#include "tests/support/tcpproxy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <cstdio>
#include <memory>

namespace {

struct Settings {
    qint64 numbers = 200000;
    qint64 sqliteUpdates = 1000000;
    qint64 serverUpdates = 300000;
    int outageSeconds = 30;
    qint64 outageRate = 5000;
    QString mariadbUrl = QStringLiteral("mysql://torque_test:torque_test@127.0.0.1:3306/torque_test");
    QString postgresqlUrl = QStringLiteral("postgresql://torque_test:torque_test@127.0.0.1:5432/torque_test");
    QString journalDir;
};

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "torque-bench-dbfunnel: %s\n", qPrintable(message));
    std::exit(1);
}

void say(const char *format, auto... args)
{
    std::printf(format, args...);
    std::fflush(stdout);
}

qint64 numberId(qint64 i, qint64 numbers)
{
    // Spread over the table as a real campaign's results are.
    return (i * 7919) % numbers + 1;
}

const QString Statuses[] = {QStringLiteral("answered"), QStringLiteral("busy"), QStringLiteral("noanswer"),
                            QStringLiteral("machine")};

// A fresh database on one backend, dropped again at the end.
class BenchDatabase final {
public:
    BenchDatabase(const QString &backend, const Settings &settings)
        : m_backend(backend)
    {
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        if (backend == QLatin1String("sqlite")) {
            const QString path = m_dir.filePath(QStringLiteral("bench.db"));
            m_url = DatabaseUrl::parse(QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")))
                        .value();
        } else {
            const Result<DatabaseUrl> server = DatabaseUrl::parse(
                backend == QLatin1String("mariadb") ? settings.mariadbUrl : settings.postgresqlUrl);
            if (!server)
                die(server.detail());
            const Result<QSqlDatabase> admin = Database::open(server.value(), QStringLiteral("bench_admin"));
            if (!admin)
                die(QStringLiteral("%1 is not reachable: %2 (packaging/start-test-databases starts it)")
                        .arg(backend, admin.detail()));
            m_name = QStringLiteral("torque_t_bench_") + suffix;
            QSqlQuery create(admin.value());
            if (!create.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
                die(create.lastError().text());
            m_admin = server.value();
            m_url = server.value().withDatabaseName(m_name);
        }
        const Result<QSqlDatabase> db = Database::open(m_url, QStringLiteral("bench"));
        if (!db)
            die(db.detail());
        m_db = db.value();
        const Result<int> migrated = SchemaMigrator(m_db).migrate();
        if (!migrated)
            die(migrated.detail());
    }

    ~BenchDatabase()
    {
        m_db = QSqlDatabase();
        Database::close(QStringLiteral("bench"));
        if (!m_name.isEmpty()) {
            {
                QSqlQuery drop(QSqlDatabase::database(QStringLiteral("bench_admin")));
                drop.exec(QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                              .arg(m_name, m_backend == QLatin1String("postgresql") ? QStringLiteral(" WITH (FORCE)")
                                                                                    : QString()));
            }
            Database::close(QStringLiteral("bench_admin"));
        }
    }

    QSqlDatabase db() const { return m_db; }
    DatabaseUrl url() const { return m_url; }

private:
    QString m_backend;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;
    DatabaseUrl m_admin;
    QString m_name;
    QSqlDatabase m_db;
};

void exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        die(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        die(query.lastError().text() + QStringLiteral(" in ") + sql.left(80));
}

void seed(const QSqlDatabase &db, qint64 numbers)
{
    exec(db, QStringLiteral("INSERT INTO users (id, username, password_hash, created_at, updated_at) "
                            "VALUES (100, 'bench', 'x', 0, 0)"));
    exec(db, QStringLiteral("INSERT INTO campaigns (id, customer_id, name, type, created_at, updated_at) "
                            "VALUES (100, 100, 'bench', 'bench', 0, 0)"));
    constexpr int Rows = 500;
    QString sql = QStringLiteral("INSERT INTO numbers (id, campaign_id, phone, random_order_key) VALUES ");
    for (int r = 0; r < Rows; ++r)
        sql += (r ? QStringLiteral(", ") : QString()) + QStringLiteral("(?, 100, ?, ?)");
    SqlTransaction transaction(db);
    transaction.begin();
    QSqlQuery insert(db);
    insert.prepare(sql);
    for (qint64 first = 1; first <= numbers; first += Rows) {
        int p = 0;
        for (qint64 id = first; id < first + Rows; ++id) {
            insert.bindValue(p++, id);
            insert.bindValue(p++, QStringLiteral("39%1").arg(id, 9, 10, QLatin1Char('0')));
            insert.bindValue(p++, qint64(QRandomGenerator::global()->bounded(1 << 30)));
        }
        if (!insert.exec())
            die(insert.lastError().text());
    }
    insert.finish();
    if (const Result<Done> committed = transaction.commit(); !committed)
        die(committed.detail());
}

// One autocommit statement per row: what writing without the funnel costs.
double anchor(const QSqlDatabase &db, qint64 rows, qint64 numbers)
{
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE numbers SET status = ?, attempts = ?, last_update = ? WHERE id = ?"));
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < rows; ++i) {
        update.bindValue(0, Statuses[i % 4]);
        update.bindValue(1, int(i));
        update.bindValue(2, i);
        update.bindValue(3, numberId(i, numbers));
        if (!update.exec())
            die(update.lastError().text());
    }
    return rows / (timer.nsecsElapsed() / 1e9);
}

DbFunnelOptions funnelOptions(const DatabaseUrl &url, const QString &journal)
{
    DbFunnelOptions options;
    options.url = url;
    options.funnelName = QStringLiteral("bench");
    options.journalDirectory = journal;
    return options;
}

struct Throughput {
    double enqueueNs = 0;
    double writesPerSecond = 0;
};

Throughput throughput(const DatabaseUrl &url, const QString &journal, qint64 writes, qint64 numbers, bool mixed,
                      qint64 offset)
{
    DbFunnel funnel(funnelOptions(url, journal));
    funnel.start();
    while (funnel.status().connection != DbFunnelStatus::Connection::Connected)
        QThread::msleep(5);
    auto cdr = std::make_shared<CdrRecord>();
    cdr->campaignId = 100;
    cdr->engineId = QStringLiteral("bench");
    cdr->disposition = QStringLiteral("answered");
    Throughput result;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < writes; ++i) {
        if (mixed && i % 4 == 3) {
            cdr->startedAtMs = i;  // the record is copied into the funnel by enqueue()
            funnel.enqueue(*cdr);
        } else {
            funnel.updateNumberStatus(numberId(i + offset, numbers), Statuses[i % 4], int(i), i);
        }
    }
    result.enqueueNs = double(timer.nsecsElapsed()) / writes;
    if (!funnel.waitForDrained(600000))
        die(QStringLiteral("the funnel did not drain within 10 minutes"));
    result.writesPerSecond = writes / (timer.nsecsElapsed() / 1e9);
    if (funnel.status().rejected || funnel.status().dropped)
        die(QStringLiteral("writes were rejected or dropped"));
    return result;
}

struct Outage {
    qint64 backlog = 0;
    qint64 journaled = 0;
    double enqueueNs = 0;
    double drainSeconds = 0;
};

// The database's URL with host and port replaced by a proxy's.
DatabaseUrl through(const DatabaseUrl &url, const TcpProxy &proxy)
{
    QUrl via(url.toString());
    via.setPort(proxy.port());
    return DatabaseUrl::parse(via.toString()).value();
}

std::unique_ptr<TcpProxy> startProxy(const DatabaseUrl &url)
{
    auto proxy = std::make_unique<TcpProxy>(url.host(), quint16(url.port()));
    QString error;
    if (!proxy->start(&error))
        die(error);
    return proxy;
}

Outage outage(const QString &backend, BenchDatabase &database, const QString &journal, const Settings &settings)
{
    std::unique_ptr<TcpProxy> proxy;
    DatabaseUrl url = database.url();
    if (backend != QLatin1String("sqlite")) {
        proxy = startProxy(url);
        url = through(url, *proxy);
    }
    DbFunnel funnel(funnelOptions(url, journal));
    funnel.start();
    while (funnel.status().connection != DbFunnelStatus::Connection::Connected)
        QThread::msleep(5);

    QSqlQuery lock(database.db());
    if (proxy)
        proxy->cut();
    else if (!lock.exec(QStringLiteral("BEGIN EXCLUSIVE")))
        die(lock.lastError().text());

    Outage result;
    qint64 enqueueNs = 0;
    qint64 i = 0;
    QElapsedTimer clock;
    clock.start();
    const qint64 total = settings.outageRate * settings.outageSeconds;
    while (clock.elapsed() < settings.outageSeconds * 1000LL) {
        const qint64 due = std::min(total, settings.outageRate * clock.elapsed() / 1000);
        QElapsedTimer slice;
        slice.start();
        for (; i < due; ++i)
            funnel.updateNumberStatus(numberId(i, settings.numbers), Statuses[i % 4], int(i), i);
        enqueueNs += slice.nsecsElapsed();
        QThread::msleep(1);
    }
    const DbFunnelStatus during = funnel.status();
    result.backlog = during.backlog;
    result.journaled = during.journalBacklog;
    result.enqueueNs = i ? double(enqueueNs) / i : 0;

    QElapsedTimer drain;
    drain.start();
    if (proxy)
        proxy->restore();
    else if (!lock.exec(QStringLiteral("COMMIT")))
        die(lock.lastError().text());
    if (!funnel.waitForDrained(600000))
        die(QStringLiteral("the outage backlog did not drain within 10 minutes"));
    result.drainSeconds = drain.nsecsElapsed() / 1e9;
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    Settings settings;
    parser.addOptions({
        {QStringLiteral("backends"), QStringLiteral("Comma-separated backends."), QStringLiteral("list"),
         QStringLiteral("sqlite,mariadb,postgresql")},
        {QStringLiteral("numbers"), QStringLiteral("Rows in numbers."), QStringLiteral("n"),
         QString::number(settings.numbers)},
        {QStringLiteral("updates"), QStringLiteral("Funnel writes on SQLite."), QStringLiteral("n"),
         QString::number(settings.sqliteUpdates)},
        {QStringLiteral("server-updates"), QStringLiteral("Funnel writes on the servers."), QStringLiteral("n"),
         QString::number(settings.serverUpdates)},
        {QStringLiteral("outage-seconds"), QStringLiteral("Length of the outage."), QStringLiteral("s"),
         QString::number(settings.outageSeconds)},
        {QStringLiteral("outage-rate"), QStringLiteral("Writes per second during the outage."), QStringLiteral("n"),
         QString::number(settings.outageRate)},
        {QStringLiteral("mariadb-url"), QStringLiteral("MariaDB account."), QStringLiteral("url"), settings.mariadbUrl},
        {QStringLiteral("postgresql-url"), QStringLiteral("PostgreSQL account."), QStringLiteral("url"),
         settings.postgresqlUrl},
        {QStringLiteral("journal-dir"), QStringLiteral("Journal directory (default: a temporary one)."),
         QStringLiteral("dir")},
        {QStringLiteral("proxy-cost"), QStringLiteral("Servers: also run the updates through the outage's TCP "
                                                      "proxy, to see what it costs the drain.")},
    });
    parser.process(app);
    settings.numbers = parser.value(QStringLiteral("numbers")).toLongLong();
    settings.sqliteUpdates = parser.value(QStringLiteral("updates")).toLongLong();
    settings.serverUpdates = parser.value(QStringLiteral("server-updates")).toLongLong();
    settings.outageSeconds = parser.value(QStringLiteral("outage-seconds")).toInt();
    settings.outageRate = parser.value(QStringLiteral("outage-rate")).toLongLong();
    settings.mariadbUrl = parser.value(QStringLiteral("mariadb-url"));
    settings.postgresqlUrl = parser.value(QStringLiteral("postgresql-url"));
    QTemporaryDir tempJournal;
    const QString journal = parser.isSet(QStringLiteral("journal-dir")) ? parser.value(QStringLiteral("journal-dir"))
                                                                         : tempJournal.path();

    say("torque-bench-dbfunnel: %lld numbers, Qt %s, %d cores\n", static_cast<long long>(settings.numbers),
        qVersion(), QThread::idealThreadCount());
    for (const QString &backend : parser.value(QStringLiteral("backends")).split(QLatin1Char(','))) {
        const bool sqlite = backend == QLatin1String("sqlite");
        BenchDatabase database(backend, settings);
        seed(database.db(), settings.numbers);
        const qint64 writes = sqlite ? settings.sqliteUpdates : settings.serverUpdates;
        say("\n%s\n", qPrintable(backend));
        const double anchorRate = anchor(database.db(), sqlite ? 20000 : 5000, settings.numbers);
        say("  anchor, one statement per row      %10.0f rows/s\n", anchorRate);
        const Throughput updates = throughput(database.url(), journal, writes, settings.numbers, false, 0);
        say("  funnel, %7lld number updates     %10.0f writes/s  (%.2fx the anchor), enqueue %.0f ns/write\n",
            static_cast<long long>(writes), updates.writesPerSecond, updates.writesPerSecond / anchorRate,
            updates.enqueueNs);
        const Throughput mixed = throughput(database.url(), journal, writes, settings.numbers, true, 1);
        say("  funnel, %7lld mixed (3:1 CDRs)   %10.0f writes/s, enqueue %.0f ns/write\n",
            static_cast<long long>(writes), mixed.writesPerSecond, mixed.enqueueNs);
        if (!sqlite && parser.isSet(QStringLiteral("proxy-cost"))) {
            const std::unique_ptr<TcpProxy> proxy = startProxy(database.url());
            const Throughput proxied = throughput(through(database.url(), *proxy), journal, writes,
                                                  settings.numbers, false, 2);
            say("  funnel, %7lld updates via proxy  %10.0f writes/s\n", static_cast<long long>(writes),
                proxied.writesPerSecond);
        }
        if (settings.outageSeconds > 0) {
            const Outage o = outage(backend, database, journal, settings);
            say("  outage %d s at %lld writes/s: backlog %lld (%lld in the journal), enqueue %.0f ns/write while "
                "down, drained in %.2f s (%.0f writes/s)\n",
                settings.outageSeconds, static_cast<long long>(settings.outageRate), static_cast<long long>(o.backlog),
                static_cast<long long>(o.journaled), o.enqueueNs, o.drainSeconds, o.backlog / o.drainSeconds);
        }
    }
    return 0;
}
