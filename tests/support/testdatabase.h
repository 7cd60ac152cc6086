#pragma once

#include "common/result.h"
#include "engine/db/databaseurl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QTemporaryDir;

// A fresh, empty database for one test (or one test case), on the backend
// named by TORQUE_TEST_BACKEND: "sqlite" (default) is a file in a temporary
// directory; "mariadb" and "postgresql" create a uniquely named database
// (torque_t_<random>) on the server given by TORQUE_TEST_MARIADB_URL /
// TORQUE_TEST_POSTGRESQL_URL (defaults: the torque_test account that
// packaging/start-test-databases makes on 127.0.0.1) and drop it again in the
// destructor. An unreachable server is an error, never a skip: a test run
// that silently skipped its MariaDB half would look green.
class TestDatabase final
{
public:
    static constexpr const char *DefaultMariaDbUrl = "mysql://torque_test:torque_test@127.0.0.1:3306/torque_test";
    static constexpr const char *DefaultPostgreSqlUrl =
        "postgresql://torque_test:torque_test@127.0.0.1:5432/torque_test";

    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Creates the database and opens a connection to it (no schema yet: run
    // SchemaMigrator, or start an engine on url()). The detail says what to do
    // when a server is not running.
    Result<Done> open();
    bool open(QString *error);

    // The open connection; invalid before open().
    QSqlDatabase db() const;
    // The fresh database's URL, password included, for an engine to open.
    DatabaseUrl url() const { return m_url; }
    // "sqlite", "mariadb" or "postgresql".
    QString backendName() const { return m_backendName; }

private:
    Result<Done> createServerDatabase();
    void dropServerDatabase();

    QString m_backendName;
    std::unique_ptr<QTemporaryDir> m_directory;
    DatabaseUrl m_serverUrl;
    DatabaseUrl m_url;
    QString m_connectionName;
    QString m_adminConnectionName;
    QString m_createdDatabase;
    bool m_opened = false;
};
