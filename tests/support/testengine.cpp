#include "tests/support/testengine.h"

#include "engine/api/passwordhasher.h"
#include "engine/db/userstore.h"
#include "engine/engine.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestEngine, "torque.test.engine")

TestEngine::TestEngine(Tweak tweak)
    : m_tweak(std::move(tweak))
{
}

TestEngine::~TestEngine()
{
    stop();
}

bool TestEngine::start()
{
    const Result<Done> opened = m_database.open();
    if (!opened) {
        m_lastError = opened.detail();
        return false;
    }
    EngineSettings settings;
    settings.setDatabaseUrl(m_database.url().toString());
    settings.setListen(QStringLiteral("127.0.0.1:0"));
    settings.setJournalDirectory(m_journal.path());
    if (m_tweak)
        m_tweak(settings);
    m_engine = std::make_unique<Engine>(settings);
    const Result<Done> started = m_engine->start();
    if (!started)
        m_lastError = started.detail();
    return started.ok();
}

void TestEngine::stop()
{
    m_engine.reset();
}

QUrl TestEngine::url() const
{
    return m_engine ? m_engine->apiUrl() : QUrl();
}

void TestEngine::addUser(const QString &name, const QString &password, Role role)
{
    PasswordHasher::initialise();
    UserAccount account;
    account.username = name;
    account.passwordHash = PasswordHasher::hash(password).value();
    account.role = role;
    account.mustChangePassword = false;
    const Result<UserAccount> added = UserStore(m_database.db()).add(account);
    QVERIFY2(added.ok(), qPrintable(added.detail()));
}

void TestEngine::setPassword(const QString &name, const QString &password, bool mustChange)
{
    PasswordHasher::initialise();
    UserStore users(m_database.db());
    const auto found = users.findByName(name);
    QVERIFY2(found.ok() && found.value().has_value(), qPrintable(name));
    const Result<Done> set = users.setPassword(found.value()->id,
                                               PasswordHasher::hash(password).value(), mustChange);
    QVERIFY2(set.ok(), qPrintable(set.detail()));
}

bool TestEngine::execute(const QString &sql)
{
    QSqlQuery query(m_database.db());
    if (query.exec(sql))
        return true;
    qCWarning(lcTestEngine) << "test SQL failed:" << sql << query.lastError().text();
    return false;
}

qint64 TestEngine::rowCount(const QString &table)
{
    // Table names come from the tests themselves, never from outside input.
    QSqlQuery query(m_database.db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
