#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What database.status reports (docs/protocol.md, "Database status"): the
// manual's "MySQL Server Status" for whichever backend the engine uses.
// Figures a backend cannot give stay empty and are left out of the JSON.
struct DatabaseStatus final
{
    struct Table final
    {
        QString name;
        std::optional<qint64> rows;
        bool rowsApproximate = false;
        std::optional<qint64> sizeBytes;
        QString engine;          // InnoDB, MyISAM, heap, SQLite...
        QString convertTo;       // the engine database.convertTable may convert it to; empty: none
        bool hasForeignKeys = false;
    };

    // A statement running for SlowQuerySeconds or more, waiting for a lock,
    // or (PostgreSQL) a transaction left open that long.
    struct SlowQuery final
    {
        qint64 id = 0;           // the server's connection id / backend pid
        QString user;
        double seconds = 0;
        QString state;           // the server's own words ("Waiting for table metadata lock")
        bool waiting = false;    // waiting for a lock held by someone else
        QString query;           // shortened to MaxQueryLength characters
    };

    static constexpr int MaxQueryLength = 1000;

    QString backend;             // Protocol::DatabaseBackend
    QString serverVersion;
    std::optional<qint64> uptimeSeconds;
    QString uptimeSource;        // Protocol::DatabaseFigure::Server or ::EngineUptime
    std::optional<qint64> queries;
    QString queriesKind;         // statements (MariaDB) or transactions (PostgreSQL)
    std::optional<double> queriesPerSecond;       // average since the counters started
    std::optional<double> recentQueriesPerSecond; // since the previous status
    std::optional<qint64> sizeBytes;
    QString journalMode;         // SQLite only
    std::optional<qint64> numbersWithoutRandomKey;
    int slowQuerySeconds = 0;
    bool slowQueriesAvailable = false;
    QList<SlowQuery> slowQueries;
    bool canConvert = false;
    QList<Table> tables;

    QJsonObject toJson() const;
};
