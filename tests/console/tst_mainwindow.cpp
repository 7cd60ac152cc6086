#include "common/protocol.h"
#include "console/campaigns/campaignspage.h"
#include "console/login/logindialog.h"
#include "console/main/appcontroller.h"
#include "console/main/languagemanager.h"
#include "console/main/mainwindow.h"
#include "console/models/trunktablemodel.h"
#include "console/net/engineclient.h"
#include "console/servers/serverspage.h"
#include "console/status/enginestatusview.h"
#include "console/trunks/trunkspage.h"
#include "engine/enginesettings.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
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

// The console as a whole (AppController: login dialog, main window, back),
// against a real engine: which tabs each role gets, the status bar, log out,
// and what the user sees when the engine goes away and comes back.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void adminGetsTheServersTrunksAndCampaignTabs();
    void accountsManagerGetsAReadOnlyTrunksTab();
    void customerGetsTheCampaignTabs();
    void theCampaignsStatusButtonOpensTheEngineStatus();
    void agentSeesAMessageInsteadOfAnEmptyWindow();
    void logOutReturnsToTheLoginDialog();
    void quitEndsTheConsole();
    void statusBarFollowsAReconnection();
    void aSessionThatCannotBeRestoredReturnsToLogin();

private:
    void addUsers(TestEngine &engine);
    MainWindow *logIn(const QString &user, const QString &password);
    std::unique_ptr<TestEngine> engineOnSamePort();

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<AppController> m_controller;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    LanguageManager::saveLanguage(QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestMainWindow::addUsers(TestEngine &engine)
{
    engine.addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    engine.addUser(QStringLiteral("mona"), QStringLiteral("mona-pass-1"), Role::AccountsManager);
    engine.addUser(QStringLiteral("carl"), QStringLiteral("carl-pass-1"), Role::Customer);
    engine.addUser(QStringLiteral("agnes"), QStringLiteral("agnes-pass-1"), Role::Agent);
}

void TestMainWindow::init()
{
    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    addUsers(*m_engine);
    m_controller = std::make_unique<AppController>(m_languages.get());
    m_controller->setLoginDefaults(m_engine->url().toString(), QString());
    m_controller->start();
    QVERIFY(m_controller->loginDialog());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->loginDialog()));
}

void TestMainWindow::cleanup()
{
    m_controller.reset();
    m_engine.reset();
}

MainWindow *TestMainWindow::logIn(const QString &user, const QString &password)
{
    LoginDialog *login = m_controller->loginDialog();
    if (!login)
        return nullptr;
    child<QLineEdit>(login, "userEdit")->setText(user);
    child<QLineEdit>(login, "passwordEdit")->setText(password);
    QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return m_controller->mainWindow() != nullptr; }, kTimeout))
        return nullptr;
    MainWindow *window = m_controller->mainWindow();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

std::unique_ptr<TestEngine> TestMainWindow::engineOnSamePort()
{
    const int port = m_engine->url().port();
    return std::make_unique<TestEngine>([port](EngineSettings &settings) {
        settings.setListen(QStringLiteral("127.0.0.1:%1").arg(port));
    });
}

void TestMainWindow::adminGetsTheServersTrunksAndCampaignTabs()
{
    MainWindow *window = logIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    QVERIFY(window);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->loginDialog(), kTimeout);
    QCOMPARE(window->windowTitle(), QStringLiteral("Torque Console"));
    QVERIFY(window->tabs());
    // In the manual's menu order.
    QCOMPARE(window->tabs()->count(), 4);
    QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Servers"));
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("Trunks"));
    QCOMPARE(window->tabs()->tabText(2), QStringLiteral("Campaigns"));
    QCOMPARE(window->tabs()->tabText(3), QStringLiteral("Engine Status"));
    QVERIFY(window->serversPage());
    QCOMPARE(window->tabs()->widget(0), static_cast<QWidget *>(window->serversPage()));
    QVERIFY(window->trunksPage());
    QVERIFY(!window->trunksPage()->isReadOnly());
    QCOMPARE(window->tabs()->widget(2), static_cast<QWidget *>(window->campaignsPage()));
    QCOMPARE(window->tabs()->widget(3), static_cast<QWidget *>(window->engineStatusView()));
    QCOMPARE(window->connectionText(),
             QStringLiteral("Connected to %1 as alice (administrator)").arg(m_engine->url().toString()));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("logoutAction")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("quitAction")));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("aboutAction")));
}

void TestMainWindow::accountsManagerGetsAReadOnlyTrunksTab()
{
    MainWindow *window = logIn(QStringLiteral("mona"), QStringLiteral("mona-pass-1"));
    QVERIFY(window);
    QVERIFY(window->tabs());
    // Trunks to look at, but no voice servers (their AMI accounts are admin business).
    QCOMPARE(window->tabs()->count(), 1);
    QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Trunks"));
    QVERIFY(window->trunksPage());
    QVERIFY(window->trunksPage()->isReadOnly());
    QVERIFY(!window->serversPage());
    QVERIFY(!window->findChild<ServersPage *>());
    QVERIFY(!window->campaignsPage());
    QVERIFY(!window->engineStatusView());
    QVERIFY(!child<QPushButton>(window, "addButton")->isVisible());
    QVERIFY(window->connectionText().endsWith(QStringLiteral("as mona (accounts manager)")));
}

void TestMainWindow::customerGetsTheCampaignTabs()
{
    MainWindow *window = logIn(QStringLiteral("carl"), QStringLiteral("carl-pass-1"));
    QVERIFY(window);
    QVERIFY(window->tabs());
    // Their own campaigns and how they run; no trunks, no voice servers.
    QCOMPARE(window->tabs()->count(), 2);
    QCOMPARE(window->tabs()->tabText(0), QStringLiteral("Campaigns"));
    QCOMPARE(window->tabs()->tabText(1), QStringLiteral("Engine Status"));
    QVERIFY(window->campaignsPage());
    QVERIFY(window->engineStatusView());
    QVERIFY(!window->trunksPage());
    QVERIFY(!window->findChild<TrunksPage *>());
    QVERIFY(!window->serversPage());
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("nothingToManageLabel")));
    QVERIFY(window->connectionText().contains(QStringLiteral("as carl (customer)")));
}

void TestMainWindow::theCampaignsStatusButtonOpensTheEngineStatus()
{
    MainWindow *window = logIn(QStringLiteral("carl"), QStringLiteral("carl-pass-1"));
    QVERIFY(window);
    QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget *>(window->campaignsPage()));
    Q_EMIT window->campaignsPage()->statusRequested(5);
    QCOMPARE(window->tabs()->currentWidget(), static_cast<QWidget *>(window->engineStatusView()));
    QCOMPARE(window->engineStatusView()->campaignId(), 5);
}

void TestMainWindow::agentSeesAMessageInsteadOfAnEmptyWindow()
{
    MainWindow *window = logIn(QStringLiteral("agnes"), QStringLiteral("agnes-pass-1"));
    QVERIFY(window);
    QVERIFY(!window->tabs());
    QVERIFY(!window->trunksPage());
    QVERIFY(!window->findChild<TrunksPage *>());
    QVERIFY(!window->serversPage());
    QVERIFY(!window->findChild<ServersPage *>());
    QVERIFY(!window->campaignsPage());
    QVERIFY(!window->findChild<CampaignsPage *>());
    QVERIFY(!window->engineStatusView());
    auto message = child<QLabel>(window, "nothingToManageLabel");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("nothing your account (agent) may manage")),
             qPrintable(message->text()));
    QVERIFY(window->connectionText().contains(QStringLiteral("as agnes (agent)")));
}

void TestMainWindow::logOutReturnsToTheLoginDialog()
{
    MainWindow *window = logIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    QVERIFY(window);
    EngineClient *client = m_controller->client();
    child<QAction>(window, "logoutAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() && m_controller->loginDialog()->isVisible(),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->mainWindow(), kTimeout);
    QVERIFY(!client->isLoggedIn());
    // The remembered user is offered again; the password is not.
    QCOMPARE(child<QLineEdit>(m_controller->loginDialog(), "userEdit")->text(), QStringLiteral("alice"));
    QVERIFY(child<QLineEdit>(m_controller->loginDialog(), "passwordEdit")->text().isEmpty());

    // And someone else can log in on the same connection.
    window = logIn(QStringLiteral("mona"), QStringLiteral("mona-pass-1"));
    QVERIFY(window);
    QVERIFY(window->trunksPage()->isReadOnly());
}

void TestMainWindow::quitEndsTheConsole()
{
    MainWindow *window = logIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    QVERIFY(window);
    QSignalSpy finished(m_controller.get(), &AppController::finished);
    child<QAction>(window, "quitAction")->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
    QCOMPARE(m_controller->client()->state(), EngineClient::State::Disconnected);
}

void TestMainWindow::statusBarFollowsAReconnection()
{
    TestClient other;
    QVERIFY(other.connectTo(m_engine->url()));
    QVERIFY(other.login(QStringLiteral("alice"), QStringLiteral("alice-pass-1")).isOk());
    QVERIFY(other.request(Type::TrunksAdd,
                          {{Key::Name, QStringLiteral("Old")},
                           {Key::DialString, QStringLiteral("SIP/${EXTEN}@old")},
                           {Key::MaxCps, 1},
                           {Key::MaxChannels, 2}})
                .isOk());
    MainWindow *window = logIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(window->trunksPage()->model()->rowCount(), 1, kTimeout);
    const QString connected = window->connectionText();

    auto replacement = engineOnSamePort();
    m_engine->stop(); // the engine goes away
    QTRY_VERIFY_WITH_TIMEOUT(window->connectionText().startsWith(QStringLiteral("Reconnecting in ")),
                             kTimeout);
    QVERIFY2(window->connectionText().endsWith(QStringLiteral(" s…")),
             qPrintable(window->connectionText()));

    // ... and comes back on the same address (here with a new, empty database).
    QVERIFY2(replacement->start(), qPrintable(replacement->lastError()));
    addUsers(*replacement);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionText(), connected, 30000);
    QCOMPARE(m_controller->mainWindow(), window);
    // The page reloaded after the reconnection and follows events again.
    QTRY_COMPARE_WITH_TIMEOUT(window->trunksPage()->model()->rowCount(), 0, kTimeout);
    TestClient again;
    QVERIFY(again.connectTo(replacement->url()));
    QVERIFY(again.login(QStringLiteral("alice"), QStringLiteral("alice-pass-1")).isOk());
    QVERIFY(again.request(Type::TrunksAdd,
                          {{Key::Name, QStringLiteral("New")},
                           {Key::DialString, QStringLiteral("SIP/${EXTEN}@new")},
                           {Key::MaxCps, 1},
                           {Key::MaxChannels, 2}})
                .isOk());
    QTRY_COMPARE_WITH_TIMEOUT(window->trunksPage()->model()->rowCount(), 1, kTimeout);
    m_engine = std::move(replacement);
}

void TestMainWindow::aSessionThatCannotBeRestoredReturnsToLogin()
{
    MainWindow *window = logIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    QVERIFY(window);
    auto replacement = engineOnSamePort();
    m_engine->stop();
    QTRY_VERIFY_WITH_TIMEOUT(window->connectionText().startsWith(QStringLiteral("Reconnecting")),
                             kTimeout);
    // The engine that answers now does not know alice.
    QVERIFY2(replacement->start(), qPrintable(replacement->lastError()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->loginDialog() && m_controller->loginDialog()->isVisible(),
                             30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->mainWindow(), kTimeout);
    const QString status = m_controller->loginDialog()->statusText();
    QVERIFY2(status.contains(QStringLiteral("Could not log in again")), qPrintable(status));
    m_engine = std::move(replacement);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
