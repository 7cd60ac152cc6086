#include "engine/db/databaseurl.h"

#include <QDir>
#include <QSqlDatabase>
#include <QUrl>

namespace {

const QString MemoryName = QStringLiteral(":memory:");

Result<DatabaseUrl> invalid(const QString &detail)
{
    return Result<DatabaseUrl>::failure(ErrorCode::InvalidField, detail);
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &url)
{
    const QString trimmed = url.trimmed();
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (trimmed.isEmpty() || colon <= 0)
        return invalid(QStringLiteral("a database URL starts with sqlite:, mysql:, mariadb:, "
                                      "postgresql: or postgres:"));
    const QString scheme = trimmed.left(colon).toLower();
    if (scheme == QLatin1String("sqlite"))
        return parseSqlite(trimmed.mid(colon + 1));
    if (scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb")
        || scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
        return parseServer(trimmed, scheme);
    return invalid(QStringLiteral("unknown database type \"%1\" (use sqlite, mysql, mariadb, "
                                  "postgresql or postgres)")
                       .arg(scheme));
}

Result<DatabaseUrl> DatabaseUrl::parseSqlite(const QString &rest)
{
    DatabaseUrl result;
    if (rest == MemoryName) {
        result.m_databaseName = MemoryName;
        return Result<DatabaseUrl>::success(result);
    }
    if (!rest.startsWith(QLatin1String("///"))) {
        // "sqlite://data.db" would make "data.db" a host name; a path relative to
        // whatever directory the service starts in is a trap, so say how to write it.
        return invalid(QStringLiteral("a SQLite URL needs an absolute path with three slashes, "
                                      "e.g. sqlite:///var/lib/torque/torque.db "
                                      "(or sqlite::memory:)"));
    }
    if (rest.contains(QLatin1Char('?')) || rest.contains(QLatin1Char('#')))
        return invalid(QStringLiteral("a SQLite URL takes no query options or fragment"));
    const QString path = QUrl::fromPercentEncoding(rest.mid(2).toUtf8());
    if (path.size() < 2 || path.endsWith(QLatin1Char('/')))
        return invalid(QStringLiteral("the SQLite URL names no database file"));
    if (path.contains(QChar(0)))
        return invalid(QStringLiteral("the SQLite path contains a NUL character"));
    result.m_databaseName = QDir::cleanPath(path);
    return Result<DatabaseUrl>::success(result);
}

Result<DatabaseUrl> DatabaseUrl::parseServer(const QString &url, const QString &scheme)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(QStringLiteral("malformed database URL: %1").arg(parsed.errorString()));
    if (parsed.hasQuery() || parsed.hasFragment())
        return invalid(QStringLiteral("database URLs take no query options or fragment"));
    if (parsed.host().isEmpty())
        return invalid(QStringLiteral("the database URL names no host (write %1://user:password@"
                                      "host/database)")
                           .arg(scheme));

    DatabaseUrl result;
    result.m_scheme = scheme;
    const bool mysqlFamily = scheme == QLatin1String("mysql") || scheme == QLatin1String("mariadb");
    if (mysqlFamily) {
        result.m_backend = Backend::MariaDB;
        // Qt 6 registers the MySQL plugin under both keys; QMARIADB is the name
        // that will stay when the two drivers part ways.
        result.m_driverName = QSqlDatabase::isDriverAvailable(QStringLiteral("QMARIADB"))
            ? QStringLiteral("QMARIADB")
            : QStringLiteral("QMYSQL");
    } else {
        result.m_backend = Backend::PostgreSQL;
        result.m_driverName = QStringLiteral("QPSQL");
    }
    result.m_host = parsed.host(QUrl::FullyDecoded);
    result.m_port = parsed.port(mysqlFamily ? DefaultMariaDbPort : DefaultPostgreSqlPort);
    if (result.m_port <= 0)
        return invalid(QStringLiteral("the database port must be between 1 and 65535"));
    result.m_userName = parsed.userName(QUrl::FullyDecoded);
    result.m_password = parsed.password(QUrl::FullyDecoded);

    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path.isEmpty())
        return invalid(QStringLiteral("the database URL names no database (add /name after the host)"));
    if (path.contains(QLatin1Char('/')) || path.contains(QChar(0)))
        return invalid(QStringLiteral("the database name \"%1\" may not contain '/'").arg(path));
    result.m_databaseName = path;
    return Result<DatabaseUrl>::success(result);
}

QString DatabaseUrl::backendName(Backend backend)
{
    switch (backend) {
    case Backend::SQLite: return QStringLiteral("sqlite");
    case Backend::MariaDB: return QStringLiteral("mariadb");
    case Backend::PostgreSQL: return QStringLiteral("postgresql");
    }
    return QStringLiteral("sqlite");
}

bool DatabaseUrl::isInMemory() const
{
    return m_backend == Backend::SQLite && m_databaseName == MemoryName;
}

QString DatabaseUrl::redacted() const
{
    return format(m_password.isEmpty() ? QString() : QStringLiteral("***"));
}

QString DatabaseUrl::toString() const
{
    return format(QString::fromLatin1(QUrl::toPercentEncoding(m_password)));
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &databaseName) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = databaseName;
    return copy;
}

// encodedPassword is already in its final form (percent-encoded or "***").
QString DatabaseUrl::format(const QString &encodedPassword) const
{
    if (m_backend == Backend::SQLite) {
        if (isInMemory())
            return QStringLiteral("sqlite::memory:");
        return QStringLiteral("sqlite://")
            + QString::fromLatin1(QUrl::toPercentEncoding(m_databaseName, "/"));
    }
    QString out = m_scheme + QStringLiteral("://");
    if (!m_userName.isEmpty() || !encodedPassword.isEmpty()) {
        out += QString::fromLatin1(QUrl::toPercentEncoding(m_userName));
        if (!encodedPassword.isEmpty())
            out += QLatin1Char(':') + encodedPassword;
        out += QLatin1Char('@');
    }
    // An IPv6 literal needs its brackets back to stay parseable.
    if (m_host.contains(QLatin1Char(':')))
        out += QLatin1Char('[') + m_host + QLatin1Char(']');
    else
        out += m_host;
    out += QLatin1Char(':') + QString::number(m_port) + QLatin1Char('/')
        + QString::fromLatin1(QUrl::toPercentEncoding(m_databaseName));
    return out;
}
