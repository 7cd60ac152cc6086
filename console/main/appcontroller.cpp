#include "console/main/appcontroller.h"

#include "console/logging.h"
#include "console/login/logindialog.h"
#include "console/main/languagemanager.h"
#include "console/main/mainwindow.h"
#include "console/net/engineclient.h"

AppController::AppController(LanguageManager *languages, QObject *parent)
    : QObject(parent)
    , m_languages(languages)
    , m_client(new EngineClient(this))
{
    connect(m_client, &EngineClient::sessionLost, this, &AppController::onSessionLost);
}

AppController::~AppController()
{
    // The windows talk to the client: they go first.
    delete m_main;
    delete m_login;
}

LoginDialog *AppController::loginDialog() const
{
    return m_login;
}

MainWindow *AppController::mainWindow() const
{
    return m_main;
}

void AppController::setLoginDefaults(const QString &url, const QString &user)
{
    m_defaultUrl = url;
    m_defaultUser = user;
}

void AppController::start()
{
    m_languages->setLanguage(LanguageManager::savedLanguage());
    showLogin({});
}

void AppController::showLogin(const QString &message)
{
    if (m_login)
        return;
    m_login = new LoginDialog(m_client, m_languages);
    m_login->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_defaultUrl.isEmpty())
        m_login->setUrl(m_defaultUrl);
    if (!m_defaultUser.isEmpty())
        m_login->setUser(m_defaultUser);
    if (!message.isEmpty())
        m_login->showError(message);
    connect(m_login, &QDialog::accepted, this, &AppController::onLoginAccepted);
    connect(m_login, &QDialog::rejected, this, &AppController::onLoginRejected);
    m_login->show();
}

void AppController::closeMainWindow()
{
    if (!m_main)
        return;
    MainWindow *window = m_main;
    m_main = nullptr;
    disconnect(window, nullptr, this, nullptr);
    window->hide();
    window->deleteLater();
}

void AppController::onLoginAccepted()
{
    if (m_login) {
        // done() already hides it and, with WA_DeleteOnClose, deletes it.
        disconnect(m_login, nullptr, this, nullptr);
        m_login = nullptr;
    }
    m_main = new MainWindow(m_client);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::logoutRequested, this, &AppController::onLogoutRequested);
    connect(m_main, &MainWindow::quitRequested, this, &AppController::onQuitRequested);
    m_main->show();
}

void AppController::onLoginRejected()
{
    m_client->disconnectFromEngine();
    Q_EMIT finished();
}

void AppController::onLogoutRequested()
{
    qCInfo(lcConsoleUi) << "log out";
    m_client->logout();
    // Show the dialog before the window goes, so there is always a window.
    showLogin({});
    closeMainWindow();
}

void AppController::onQuitRequested()
{
    m_main = nullptr; // closing itself (WA_DeleteOnClose)
    m_client->disconnectFromEngine();
    Q_EMIT finished();
}

void AppController::onSessionLost(const QString &reason)
{
    if (!m_main)
        return;
    showLogin(reason);
    closeMainWindow();
}
