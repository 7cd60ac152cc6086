#pragma once

#include "common/result.h"

#include <QString>

// Where the engine's database lives, as written in engine.conf:
//   sqlite:///var/lib/torque/torque.db      (absolute path; percent-decoded)
//   sqlite::memory:                         (private to one connection: tests only)
//   mysql://user:pass@host:3306/db          (also mariadb://; port defaults to 3306)
//   postgresql://user:pass@host:5432/db     (also postgres://; port defaults to 5432)
// User name and password are percent-decoded, so "p%40ss" is the password "p@ss".
// Query options (?sslmode=...) and fragments are refused rather than ignored:
// silently dropping an option such as TLS would be a surprise in production.
class DatabaseUrl final
{
public:
    enum class Backend { SQLite, MariaDB, PostgreSQL };

    static constexpr int DefaultMariaDbPort = 3306;
    static constexpr int DefaultPostgreSqlPort = 5432;

    // An empty SQLite URL; only useful as a placeholder before parse().
    DatabaseUrl() = default;

    static Result<DatabaseUrl> parse(const QString &url);
    // "sqlite", "mariadb", "postgresql": for logs and test names.
    static QString backendName(Backend backend);

    Backend backend() const { return m_backend; }
    // QSQLITE, QMARIADB (QMYSQL when the plugin lacks the QMARIADB key), QPSQL.
    QString driverName() const { return m_driverName; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    // For SQLite the file path (or ":memory:").
    QString databaseName() const { return m_databaseName; }
    bool isInMemory() const;

    // The URL with the password replaced by ***: safe for logs and error text.
    QString redacted() const;
    // The URL again, percent-encoded so that parse(toString()) gives the same value.
    QString toString() const;
    // Same server and account, another database (for SQLite: another file path).
    DatabaseUrl withDatabaseName(const QString &databaseName) const;

    bool operator==(const DatabaseUrl &) const = default;

private:
    static Result<DatabaseUrl> parseSqlite(const QString &rest);
    static Result<DatabaseUrl> parseServer(const QString &url, const QString &scheme);
    QString format(const QString &password) const;

    Backend m_backend = Backend::SQLite;
    QString m_scheme = QStringLiteral("sqlite");
    QString m_driverName = QStringLiteral("QSQLITE");
    QString m_host;
    int m_port = 0;
    QString m_userName;
    QString m_password;
    QString m_databaseName;
};
