#include "common/protocol.h"
#include "console/main/languagemanager.h"
#include "console/models/databasetablemodel.h"
#include "console/models/slowquerytablemodel.h"
#include "console/net/engineclient.h"
#include "console/servers/databaseconversionview.h"
#include "console/servers/databasepanel.h"
#include "console/servers/databasesummaryview.h"
#include "console/servers/serverspage.h"
#include "engine/db/database.h"
#include "engine/db/databaseurl.h"
#include "engine/engine.h"
#include "tests/support/testengine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 20000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

// DatabasePanel, the Database part of the Servers tab, through its real
// widgets against a real engine over a real WebSocket (SQLite by default;
// TORQUE_TEST_BACKEND=mariadb adds the conversion, postgresql its labels).
// A connection of the test's own changes the database behind the console.
class TestDatabasePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void readsNothingUntilTheDatabasePartIsShown();
    void showsTheSummaryAndTheTables();
    void refreshesByItselfOnlyWhileVisible();
    void convertIsNotOfferedWithoutMariaDb();
    void convertsAfterConfirmationWithProgress();
    void aBusyTableGivesAClearError();
    void followsALanguageChange();

private:
    void openPage(bool showDatabase = true);
    QString valueOf(const char *name) const;
    QString backend() const { return DatabaseUrl::backendName(m_url.backend()); }
    bool exec(const QString &sql);
    int rowNamed(const QString &name) const;
    QMessageBox *clickConvertAndWaitForBox();

    std::unique_ptr<TestEngine> m_engine;
    DatabaseUrl m_url;
    QSqlDatabase m_side;
    EngineClient *m_client = nullptr;
    ServersPage *m_page = nullptr;
    DatabasePanel *m_panel = nullptr;
};

void TestDatabasePanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_databasepanel"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDatabasePanel::init()
{
    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    m_engine->addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    m_url = DatabaseUrl::parse(m_engine->engine().settings().databaseUrl()).value();
    const Result<QSqlDatabase> side = Database::open(m_url, QStringLiteral("tst-side"));
    QVERIFY2(side.ok(), qPrintable(side.detail()));
    m_side = side.value();
}

void TestDatabasePanel::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_panel = nullptr;
    delete m_client;
    m_client = nullptr;
    m_side = QSqlDatabase();
    Database::close(QStringLiteral("tst-side"));
    m_engine.reset();
}

void TestDatabasePanel::openPage(bool showDatabase)
{
    m_client = new EngineClient(this);
    m_client->connectTo(m_engine->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), EngineClient::State::Connected, kTimeout);
    bool done = false;
    bool ok = false;
    m_client->login(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), nullptr,
                    [&](const ProtocolMessage &reply) {
                        done = true;
                        ok = reply.isOk();
                    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY(ok);
    m_page = new ServersPage(m_client);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_panel = m_page->databasePanel();
    QVERIFY(m_panel);
    if (!showDatabase)
        return;
    QSignalSpy shown(m_panel, &DatabasePanel::statusShown);
    m_page->parts()->setCurrentWidget(m_panel);
    QVERIFY(shown.wait(kTimeout));
}

QString TestDatabasePanel::valueOf(const char *name) const
{
    return child<QLabel>(m_panel, name)->text();
}

bool TestDatabasePanel::exec(const QString &sql)
{
    QSqlQuery query(m_side);
    if (query.exec(sql))
        return true;
    QWARN(qPrintable(QStringLiteral("side SQL failed: %1: %2").arg(sql, query.lastError().text())));
    return false;
}

int TestDatabasePanel::rowNamed(const QString &name) const
{
    return m_panel->tableModel()->rowOfId(name);
}

QMessageBox *TestDatabasePanel::clickConvertAndWaitForBox()
{
    QTest::mouseClick(child<QPushButton>(m_panel, "convertButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    const auto found = [&] {
        box = m_panel->findChild<QMessageBox *>(QStringLiteral("confirmActionBox"));
        return box && box->isVisible();
    };
    return QTest::qWaitFor(found, kTimeout) ? box : nullptr;
}

void TestDatabasePanel::readsNothingUntilTheDatabasePartIsShown()
{
    openPage(false);
    // The voice servers come first; the database is read only when asked for.
    QCOMPARE(m_page->parts()->currentIndex(), 0);
    QTest::qWait(300);
    QVERIFY(!m_panel->hasStatus());
    QVERIFY(!m_panel->isAutoRefreshing());
    QSignalSpy shown(m_panel, &DatabasePanel::statusShown);
    m_page->parts()->setCurrentIndex(1);
    QVERIFY(shown.wait(kTimeout));
    QVERIFY(m_panel->hasStatus());
}

void TestDatabasePanel::showsTheSummaryAndTheTables()
{
    openPage();
    QAbstractItemModelTester tablesTester(m_panel->tableModel());
    QAbstractItemModelTester slowTester(m_panel->slowQueryModel());
    const QString expectedBackend = DatabaseSummaryView::backendText(backend());
    QCOMPARE(valueOf("backendValue"), expectedBackend);
    QVERIFY(!valueOf("versionValue").isEmpty());
    QVERIFY(valueOf("uptimeValue").contains(QLatin1Char(':')));
    QCOMPARE(valueOf("unrandomisedValue"), QStringLiteral("0"));
    QVERIFY(child<QLabel>(m_panel, "updatedLabel")->text().startsWith(QLatin1String("Updated at ")));
    QVERIFY(m_panel->messageText().isEmpty());

    // Every table of the schema: name, rows, human-readable size, engine.
    const DatabaseTableModel *model = m_panel->tableModel();
    QVERIFY(model->rowCount() >= 25);
    const int users = rowNamed(QStringLiteral("users"));
    QVERIFY(users >= 0);
    QCOMPARE(model->headerData(DatabaseTableModel::Size, Qt::Horizontal).toString(), QStringLiteral("Total Size"));
    const QString rows = model->index(users, DatabaseTableModel::Rows).data().toString();
    const QString size = model->index(users, DatabaseTableModel::Size).data().toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9.,]+ (bytes|kB|MB)$")).match(size).hasMatch(),
             qPrintable(size));
    const QString engine = model->index(users, DatabaseTableModel::Engine).data().toString();
    const QString slowNote = child<QLabel>(m_panel, "slowQueriesNote")->text();
    if (backend() == QLatin1String("sqlite")) {
        QCOMPARE(rows, QStringLiteral("2"));
        QCOMPARE(engine, QStringLiteral("SQLite"));
        QCOMPARE(valueOf("queriesValue"), QStringLiteral("not counted by SQLite"));
        QCOMPARE(valueOf("journalModeValue"), QStringLiteral("WAL"));
        QVERIFY(child<QLabel>(m_panel, "journalModeValue")->isVisibleTo(m_panel));
        QCOMPARE(slowNote, QStringLiteral("SQLite keeps no list of running statements."));
    } else {
        QVERIFY(valueOf("queriesValue").contains(QLatin1String("/s on average")));
        QVERIFY(!child<QLabel>(m_panel, "journalModeValue")->isVisibleTo(m_panel));
        QVERIFY2(slowNote.startsWith(QLatin1String("None")), qPrintable(slowNote));
    }
    if (backend() == QLatin1String("postgresql")) {
        QCOMPARE(engine, QStringLiteral("heap"));
        QCOMPARE(rows, QStringLiteral("2"));
    }
    if (backend() == QLatin1String("mariadb")) {
        QCOMPARE(engine, QStringLiteral("InnoDB"));
        QVERIFY(rows.endsWith(QLatin1String("(approx.)")));
    }

    // The view sorts by name.
    const QAbstractItemModel *view = m_panel->tablesView()->model();
    QStringList names;
    for (int row = 0; row < view->rowCount(); ++row)
        names.append(view->index(row, DatabaseTableModel::Name).data().toString());
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
}

void TestDatabasePanel::refreshesByItselfOnlyWhileVisible()
{
    openPage();
    QVERIFY(m_panel->isAutoRefreshing());
    // Numbers loaded behind the engine's back show up without touching anything.
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(exec(QStringLiteral("INSERT INTO users (username, password_hash, role, created_at, updated_at) "
                                "VALUES ('acme', 'x', 'customer', %1, %1)").arg(now)));
    QVERIFY(exec(QStringLiteral("INSERT INTO campaigns (customer_id, name, type, created_at, updated_at) "
                                "SELECT id, 'spring', 'press1', %1, %1 FROM users WHERE username = 'acme'")
                     .arg(now)));
    for (int i = 0; i < 3; ++i)
        QVERIFY(exec(QStringLiteral("INSERT INTO numbers (campaign_id, phone) SELECT id, '+649555010%1' "
                                    "FROM campaigns WHERE name = 'spring'").arg(i)));
    QTRY_COMPARE_WITH_TIMEOUT(valueOf("unrandomisedValue"), QStringLiteral("3"),
                              DatabasePanel::AutoRefreshMs * 3);
    QVERIFY(child<QLabel>(m_panel, "unrandomisedValue")->styleSheet().contains(QLatin1String("color")));
    QVERIFY(!child<QLabel>(m_panel, "unrandomisedValue")->toolTip().isEmpty());

    // Back on the voice servers: it stops asking.
    m_page->parts()->setCurrentIndex(0);
    QVERIFY(!m_panel->isAutoRefreshing());
    QSignalSpy shown(m_panel, &DatabasePanel::statusShown);
    QTest::qWait(DatabasePanel::AutoRefreshMs + 1000);
    QCOMPARE(shown.count(), 0);

    // Refresh asks at once.
    m_page->parts()->setCurrentIndex(1);
    QVERIFY(shown.wait(kTimeout));
    shown.clear();
    QTest::mouseClick(child<QPushButton>(m_panel, "databaseRefreshButton"), Qt::LeftButton);
    QVERIFY(shown.wait(kTimeout));
}

void TestDatabasePanel::convertIsNotOfferedWithoutMariaDb()
{
    if (backend() == QLatin1String("mariadb"))
        QSKIP("MariaDB converts");
    openPage();
    QVERIFY(!child<QPushButton>(m_panel, "convertButton")->isVisibleTo(m_panel));
    const QString note = child<QLabel>(m_panel, "convertNote")->text();
    QVERIFY2(note.contains(QLatin1String("not applicable on ")
                           + DatabaseSummaryView::backendText(backend())),
             qPrintable(note));
    QVERIFY(m_panel->selectTable(QStringLiteral("cdr")));
    QVERIFY(!child<QPushButton>(m_panel, "convertButton")->isEnabled());
}

void TestDatabasePanel::convertsAfterConfirmationWithProgress()
{
    if (backend() != QLatin1String("mariadb"))
        QSKIP("only MariaDB converts (TORQUE_TEST_BACKEND=mariadb)");
    openPage();
    QPushButton *convert = child<QPushButton>(m_panel, "convertButton");
    QVERIFY(convert->isVisibleTo(m_panel));
    // A table in foreign keys stays InnoDB, and says why.
    QVERIFY(m_panel->selectTable(QStringLiteral("numbers")));
    QVERIFY(!convert->isEnabled());
    QVERIFY(convert->toolTip().contains(QLatin1String("foreign keys")));

    QVERIFY(m_panel->selectTable(QStringLiteral("cdr")));
    QVERIFY(convert->isEnabled());
    QCOMPARE(convert->text(), QStringLiteral("Convert to MyISAM"));

    // Cancel changes nothing.
    QMessageBox *box = clickConvertAndWaitForBox();
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("\"cdr\"")));
    QVERIFY(box->text().contains(QLatin1String("MyISAM")));
    QTest::mouseClick(child<QPushButton>(box, "cancelActionButton"), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(!child<QWidget>(m_panel, "conversionBox")->isVisible());

    box = clickConvertAndWaitForBox();
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmActionButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>(m_panel, "conversionBox")->isVisible());
    QVERIFY(!convert->isEnabled()); // one at a time
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->conversionView()->messageText(), QStringLiteral("The table \"cdr\" is now MyISAM."), kTimeout);
    QVERIFY(!child<QWidget>(m_panel, "conversionBox")->isVisible());
    const int cdr = rowNamed(QStringLiteral("cdr"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->tableModel()->index(cdr, DatabaseTableModel::Engine).data().toString(),
                              QStringLiteral("MyISAM"), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(convert->text(), QStringLiteral("Convert to InnoDB"), kTimeout);
}

void TestDatabasePanel::aBusyTableGivesAClearError()
{
    if (backend() != QLatin1String("mariadb"))
        QSKIP("only MariaDB converts (TORQUE_TEST_BACKEND=mariadb)");
    openPage();
    QVERIFY(exec(QStringLiteral("LOCK TABLES dnc WRITE")));
    QVERIFY(m_panel->selectTable(QStringLiteral("dnc")));
    QMessageBox *box = clickConvertAndWaitForBox();
    QVERIFY(box);
    QTest::mouseClick(child<QPushButton>(box, "confirmActionButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->conversionView()->messageText().contains(QLatin1String("is busy")), kTimeout);
    QVERIFY(exec(QStringLiteral("UNLOCK TABLES")));
    QVERIFY(m_panel->conversionView()->messageText().startsWith(QLatin1String("The table \"dnc\" is busy")));
    QVERIFY(!child<QWidget>(m_panel, "conversionBox")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(m_panel, "convertButton")->isEnabled(), kTimeout);
}

void TestDatabasePanel::followsALanguageChange()
{
    openPage();
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("it")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->parts()->tabText(0), QStringLiteral("Server vocali"), kTimeout);
    QCOMPARE(m_page->parts()->tabText(1), QStringLiteral("Database"));
    QCOMPARE(child<QGroupBox>(m_panel, "databaseStatsBox")->title(), QStringLiteral("Statistiche del database"));
    QCOMPARE(child<QPushButton>(m_panel, "databaseRefreshButton")->text(), QStringLiteral("Aggiorna"));
    QCOMPARE(m_panel->tableModel()->headerData(DatabaseTableModel::Rows, Qt::Horizontal).toString(),
             QStringLiteral("Righe"));
    QVERIFY(languages.setLanguage(QStringLiteral("es")));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->parts()->tabText(0), QStringLiteral("Servidores de voz"), kTimeout);
    QCOMPARE(m_panel->tableModel()->headerData(DatabaseTableModel::Rows, Qt::Horizontal).toString(),
             QStringLiteral("Filas"));
    QCOMPARE(m_page->parts()->tabText(1), QStringLiteral("Base de datos"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestDatabasePanel)
#include "tst_databasepanel.moc"
