#pragma once

#include "common/role.h"
#include "engine/enginesettings.h"
#include "tests/support/testdatabase.h"

#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class Engine;

// A real engine in the test process, on a fresh database of the backend named
// by TORQUE_TEST_BACKEND (SQLite by default), listening on 127.0.0.1:<free port>.
class TestEngine final
{
public:
    using Tweak = std::function<void(EngineSettings &)>;

    explicit TestEngine(Tweak tweak = {});
    ~TestEngine();

    // False (with the reason in lastError()) when the engine cannot start.
    bool start();
    void stop();
    QString lastError() const { return m_lastError; }
    QUrl url() const;
    Engine &engine() { return *m_engine; }

    // Accounts made behind the engine's back, straight in the database.
    void addUser(const QString &name, const QString &password, Role role);
    void setPassword(const QString &name, const QString &password, bool mustChange);
    // A row count of the engine's database, e.g. to prove nothing changed.
    qint64 rowCount(const QString &table);
    // SQL run behind the engine's back (another engine's doing, say).
    bool execute(const QString &sql);
    // The test's own connection to the engine's database.
    QSqlDatabase db() const { return m_database.db(); }
    // For a second engine on the same database.
    QString databaseUrl() const { return m_database.url().toString(); }

private:
    TestDatabase m_database;
    QTemporaryDir m_journal; // each engine keeps its own funnel journal
    Tweak m_tweak;
    std::unique_ptr<Engine> m_engine;
    QString m_lastError;
};
