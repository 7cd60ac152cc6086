#include "tests/support/testdatabase.h"

#include "engine/db/database.h"
#include "engine/db/dberror.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace {

Q_LOGGING_CATEGORY(lcTestDb, "torque.test.db")

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

} // namespace

TestDatabase::TestDatabase()
    : m_backendName(qEnvironmentVariable("TORQUE_TEST_BACKEND", QStringLiteral("sqlite")).toLower())
{
    const QString suffix = randomSuffix();
    m_connectionName = QStringLiteral("torque_test_") + suffix;
    m_adminConnectionName = QStringLiteral("torque_test_admin_") + suffix;
}

TestDatabase::~TestDatabase()
{
    if (m_opened)
        Database::close(m_connectionName);
    dropServerDatabase();
}

QSqlDatabase TestDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool TestDatabase::open(QString *error)
{
    const Result<Done> opened = open();
    if (!opened && error)
        *error = opened.detail();
    return opened.ok();
}

Result<Done> TestDatabase::open()
{
    if (m_opened)
        return Result<Done>::failure(ErrorCode::Internal, QStringLiteral("TestDatabase opened twice"));

    if (m_backendName == QLatin1String("sqlite")) {
        m_directory = std::make_unique<QTemporaryDir>();
        if (!m_directory->isValid())
            return Result<Done>::failure(ErrorCode::Internal,
                                         QStringLiteral("cannot create a temporary directory: %1")
                                             .arg(m_directory->errorString()));
        const QString path = m_directory->filePath(QStringLiteral("torque.db"));
        const Result<DatabaseUrl> url = DatabaseUrl::parse(
            QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")));
        if (!url)
            return Result<Done>::failure(url.error(), url.detail());
        m_url = url.value();
    } else if (m_backendName == QLatin1String("mariadb") || m_backendName == QLatin1String("postgresql")) {
        if (const Result<Done> created = createServerDatabase(); !created)
            return created;
    } else {
        return Result<Done>::failure(ErrorCode::Internal,
                                     QStringLiteral("TORQUE_TEST_BACKEND is \"%1\"; use sqlite, mariadb "
                                                    "or postgresql")
                                         .arg(m_backendName));
    }

    const Result<QSqlDatabase> db = Database::open(m_url, m_connectionName);
    if (!db)
        return Result<Done>::failure(db.error(), db.detail());
    m_opened = true;
    return Result<Done>::success({});
}

Result<Done> TestDatabase::createServerDatabase()
{
    const bool maria = m_backendName == QLatin1String("mariadb");
    const char *variable = maria ? "TORQUE_TEST_MARIADB_URL" : "TORQUE_TEST_POSTGRESQL_URL";
    const QString serverText = qEnvironmentVariable(
        variable, QString::fromLatin1(maria ? DefaultMariaDbUrl : DefaultPostgreSqlUrl));
    const Result<DatabaseUrl> server = DatabaseUrl::parse(serverText);
    if (!server)
        return Result<Done>::failure(ErrorCode::Internal,
                                     QStringLiteral("%1 is not a usable URL: %2")
                                         .arg(QString::fromLatin1(variable), server.detail()));
    m_serverUrl = server.value();

    const Result<QSqlDatabase> admin = Database::open(m_serverUrl, m_adminConnectionName);
    if (!admin)
        return Result<Done>::failure(
            ErrorCode::DatabaseError,
            QStringLiteral("the %1 test server is not reachable (set %2 to use another): %3\n"
                           "Start the test servers with packaging/start-test-databases (as root).")
                .arg(maria ? QStringLiteral("MariaDB") : QStringLiteral("PostgreSQL"),
                     QString::fromLatin1(variable), admin.detail()));

    // Identifiers cannot be bound; the name is ours (a random hex suffix), not input.
    const QString name = QStringLiteral("torque_t_") + randomSuffix();
    const QString sql = maria
        ? QStringLiteral("CREATE DATABASE %1 CHARACTER SET utf8mb4").arg(name)
        : QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(name);
    QSqlQuery query(admin.value());
    if (!query.exec(sql))
        return Result<Done>::failure(ErrorCode::DatabaseError,
                                     QStringLiteral("cannot create the test database %1 on %2: %3")
                                         .arg(name, m_serverUrl.redacted(), DbError::text(query.lastError())));
    m_createdDatabase = name;
    m_url = m_serverUrl.withDatabaseName(name);
    return Result<Done>::success({});
}

void TestDatabase::dropServerDatabase()
{
    if (!QSqlDatabase::contains(m_adminConnectionName))
        return;
    if (!m_createdDatabase.isEmpty()) {
        // Scoped: the connection's last handle must be gone before close().
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnectionName, false);
        QSqlQuery query(admin);
        // FORCE ends connections a test left behind (an engine that was not
        // stopped), which would otherwise block the drop on PostgreSQL.
        const QString sql = m_backendName == QLatin1String("postgresql")
            ? QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_createdDatabase)
            : QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_createdDatabase);
        if (!query.exec(sql))
            qCWarning(lcTestDb).noquote() << "cannot drop test database" << m_createdDatabase << ":"
                                          << DbError::text(query.lastError());
        m_createdDatabase.clear();
    }
    Database::close(m_adminConnectionName);
}
