#pragma once

#include "common/result.h"
#include "engine/db/databaseconversion.h"
#include "engine/db/databasestatus.h"
#include "engine/db/databaseurl.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class DatabaseInspector;
class SqlWorkerThread;

// database.status and database.convertTable without touching the engine's
// event loop: status figures are read on a worker thread with its own
// connection (requests arriving while one is read share its answer), and a
// conversion runs on a second worker connection while the first polls its
// progress every PollIntervalMs. One conversion at a time. Callbacks and
// signals come on the thread that owns this object.
class DatabaseInspectorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseInspectorService)

public:
    using StatusCallback = std::function<void(const Result<DatabaseStatus> &status)>;
    // true: converted; false: the table already had that engine.
    using ConvertCallback = std::function<void(const Result<bool> &converted)>;

    static constexpr int PollIntervalMs = 250;

    // mainDb is the engine's connection: it reads an in-memory SQLite
    // database (which no other connection can see) and interrupts a running
    // conversion at shutdown.
    DatabaseInspectorService(const DatabaseUrl &url, QSqlDatabase mainDb, QObject *parent = nullptr);
    ~DatabaseInspectorService() override;

    void status(StatusCallback done);
    // Checks what can be checked at once (InvalidField: not MariaDB, not a
    // schema table, not InnoDB/MyISAM; Conflict: a conversion is running),
    // then converts in the background and calls done with the outcome.
    Result<Done> convert(const QString &table, const QString &engine, ConvertCallback done);
    // The conversion running now, if any.
    const std::optional<DatabaseConversion> &conversion() const { return m_conversion; }
    bool canConvert() const { return m_url.backend() == DatabaseUrl::Backend::MariaDB; }

    // Interrupts a running conversion (the table stays as it was), lets the
    // worker threads finish and ends them. Called by the destructor.
    void stop();

Q_SIGNALS:
    // While running, at most every PollIntervalMs; then once Finished or Failed.
    void conversionProgressed(const DatabaseConversion &conversion);

private:
    void onInspected(Result<DatabaseStatus> status);
    void onPollTimer();
    void onPolled(const std::optional<DatabaseConversion> &progress);
    void finishConversion(const Result<bool> &result);
    void addRecentRate(DatabaseStatus &status);

    DatabaseUrl m_url;
    QSqlDatabase m_mainDb;
    std::shared_ptr<DatabaseInspector> m_inspector;
    std::unique_ptr<SqlWorkerThread> m_statusWorker;
    std::unique_ptr<SqlWorkerThread> m_convertWorker;
    QElapsedTimer m_uptime;
    bool m_stopped = false;

    QList<StatusCallback> m_statusWaiters;
    bool m_statusInFlight = false;
    std::optional<qint64> m_lastQueries;
    QElapsedTimer m_lastQueriesAt;
    std::optional<double> m_recentRate;

    std::optional<DatabaseConversion> m_conversion;
    ConvertCallback m_convertDone;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    // Shared with the conversion's worker thread.
    std::atomic<qint64> m_convertConnectionId{0};
    std::atomic<bool> m_converting{false};
    std::atomic<bool> m_cancel{false};
};
