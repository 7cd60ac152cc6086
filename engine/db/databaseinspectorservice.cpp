#include "engine/db/databaseinspectorservice.h"

#include "common/protocol.h"
#include "engine/db/databaseinspector.h"
#include "engine/db/dblogging.h"
#include "engine/db/mariadbtableconverter.h"
#include "engine/db/sqlworkerthread.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>

using namespace Protocol;

namespace {

// How long shutdown waits for an interrupted ALTER to give up.
constexpr int kCancelWaitMs = 10000;
// Two status samples closer than this give no meaningful rate.
constexpr qint64 kMinRateSpanMs = 1000;

} // namespace

DatabaseInspectorService::DatabaseInspectorService(const DatabaseUrl &url, QSqlDatabase mainDb,
                                                   QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_mainDb(std::move(mainDb))
    , m_inspector(DatabaseInspector::create(url.backend()))
{
    m_uptime.start();
    m_statusWorker = std::make_unique<SqlWorkerThread>(url, m_inspector->sessionSql());
    m_convertWorker = std::make_unique<SqlWorkerThread>(url, QStringList());
    m_pollTimer.setInterval(PollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &DatabaseInspectorService::onPollTimer);
}

DatabaseInspectorService::~DatabaseInspectorService()
{
    stop();
}

void DatabaseInspectorService::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_pollTimer.stop();
    m_cancel.store(true);
    if (m_converting.load()) {
        qCInfo(lcDb) << "interrupting the conversion of" << (m_conversion ? m_conversion->table : QString());
        const QDeadlineTimer deadline(kCancelWaitMs);
        while (m_converting.load() && !deadline.hasExpired()) {
            if (const qint64 id = m_convertConnectionId.load(); id != 0)
                MariaDbTableConverter::cancel(m_mainDb, id);
            QThread::msleep(100);
        }
    }
    m_convertWorker->stop();
    m_statusWorker->stop();
}

void DatabaseInspectorService::status(StatusCallback done)
{
    m_statusWaiters.append(std::move(done));
    if (m_statusInFlight)
        return;
    m_statusInFlight = true;
    const qint64 uptime = m_uptime.elapsed() / 1000;
    if (m_url.isInMemory()) {
        // Only this connection sees an in-memory database (tests); it is small.
        Result<DatabaseStatus> status = m_inspector->inspect(m_mainDb, uptime);
        QMetaObject::invokeMethod(this, [this, status] { onInspected(status); }, Qt::QueuedConnection);
        return;
    }
    const std::shared_ptr<DatabaseInspector> inspector = m_inspector;
    m_statusWorker->post([this, inspector, uptime](const Result<QSqlDatabase> &db) {
        Result<DatabaseStatus> status = db
            ? inspector->inspect(db.value(), uptime)
            : Result<DatabaseStatus>::failure(db.error(), db.detail());
        QMetaObject::invokeMethod(this, [this, status] { onInspected(status); }, Qt::QueuedConnection);
        return status.ok();
    });
}

void DatabaseInspectorService::onInspected(Result<DatabaseStatus> status)
{
    m_statusInFlight = false;
    if (status) {
        addRecentRate(status.value());
        // By name in code-point order on every backend (catalog collations differ).
        std::sort(status.value().tables.begin(), status.value().tables.end(),
                  [](const DatabaseStatus::Table &a, const DatabaseStatus::Table &b) {
                      return a.name < b.name;
                  });
    }
    const QList<StatusCallback> waiters = std::exchange(m_statusWaiters, {});
    for (const StatusCallback &done : waiters)
        done(status);
}

void DatabaseInspectorService::addRecentRate(DatabaseStatus &status)
{
    if (!status.queries)
        return;
    const qint64 queries = *status.queries;
    if (m_lastQueries && queries >= *m_lastQueries && m_lastQueriesAt.elapsed() < kMinRateSpanMs) {
        status.recentQueriesPerSecond = m_recentRate; // too soon for a new figure
        return;
    }
    if (m_lastQueries && queries >= *m_lastQueries)
        m_recentRate = double(queries - *m_lastQueries) * 1000.0 / double(m_lastQueriesAt.elapsed());
    else
        m_recentRate.reset(); // first sample, or the server restarted
    m_lastQueries = queries;
    m_lastQueriesAt.start();
    status.recentQueriesPerSecond = m_recentRate;
}

Result<Done> DatabaseInspectorService::convert(const QString &table, const QString &engine,
                                               ConvertCallback done)
{
    if (!DatabaseInspector::isSchemaTable(table))
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("not a table of Torque's schema"), Key::Table);
    const QString target = MariaDbTableConverter::canonicalEngine(engine);
    if (target.isEmpty())
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("the engine must be InnoDB or MyISAM"),
                                     Key::StorageEngine);
    if (!canConvert())
        return Result<Done>::failure(
            ErrorCode::InvalidField,
            QStringLiteral("storage engines can only be converted on MariaDB or MySQL; this "
                           "database is %1").arg(DatabaseUrl::backendName(m_url.backend())),
            Key::StorageEngine);
    if (m_conversion)
        return Result<Done>::failure(
            ErrorCode::Conflict,
            QStringLiteral("the table \"%1\" is being converted; one conversion at a time")
                .arg(m_conversion->table));
    if (m_stopped)
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("the engine is stopping"));

    DatabaseConversion conversion;
    conversion.table = table;
    conversion.engine = target;
    m_conversion = conversion;
    m_convertDone = std::move(done);
    m_convertConnectionId.store(0);
    m_converting.store(true);
    Q_EMIT conversionProgressed(conversion);

    m_convertWorker->post([this, table, target](const Result<QSqlDatabase> &db) {
        Result<bool> result = Result<bool>::failure(db.error(), db.detail());
        if (db) {
            if (const auto id = MariaDbTableConverter::connectionId(db.value()))
                m_convertConnectionId.store(*id);
            if (m_cancel.load())
                result = Result<bool>::failure(ErrorCode::Internal, QStringLiteral("the engine is stopping"));
            else
                result = MariaDbTableConverter::convert(db.value(), table, target);
        }
        m_converting.store(false);
        QMetaObject::invokeMethod(this, [this, result] { finishConversion(result); },
                                  Qt::QueuedConnection);
        return false; // a fresh connection (and session settings) for every conversion
    });
    m_pollTimer.start();
    return Result<Done>::success({});
}

void DatabaseInspectorService::onPollTimer()
{
    const qint64 id = m_convertConnectionId.load();
    if (m_pollInFlight || id == 0 || !m_conversion)
        return;
    m_pollInFlight = true;
    m_statusWorker->post([this, id](const Result<QSqlDatabase> &db) {
        const std::optional<DatabaseConversion> progress =
            db ? MariaDbTableConverter::progress(db.value(), id) : std::nullopt;
        QMetaObject::invokeMethod(this, [this, progress] { onPolled(progress); }, Qt::QueuedConnection);
        return db.ok();
    });
}

void DatabaseInspectorService::onPolled(const std::optional<DatabaseConversion> &progress)
{
    m_pollInFlight = false;
    if (!progress || !m_conversion || m_conversion->state != DatabaseConversion::State::Running)
        return;
    DatabaseConversion &current = *m_conversion;
    // Between stages MariaDB restarts at 0; the whole never goes back.
    const double percent = qMax(current.percent, qMin(progress->percent, 99.9));
    if (percent == current.percent && progress->stage == current.stage
        && progress->maxStage == current.maxStage && progress->detail == current.detail)
        return;
    current.percent = percent;
    current.stage = progress->stage;
    current.maxStage = progress->maxStage;
    current.detail = progress->detail;
    Q_EMIT conversionProgressed(current);
}

void DatabaseInspectorService::finishConversion(const Result<bool> &result)
{
    m_pollTimer.stop();
    if (!m_conversion)
        return;
    DatabaseConversion conversion = *m_conversion;
    m_conversion.reset();
    if (result) {
        conversion.state = DatabaseConversion::State::Finished;
        conversion.percent = 100;
        conversion.detail.clear();
    } else {
        conversion.state = DatabaseConversion::State::Failed;
        conversion.error = result.error();
        conversion.errorMessage = result.detail();
    }
    const ConvertCallback done = std::exchange(m_convertDone, {});
    Q_EMIT conversionProgressed(conversion);
    if (done)
        done(result);
}
