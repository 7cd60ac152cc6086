#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class EngineClient;
class LanguageManager;
class LoginDialog;
class MainWindow;

// Walks the console through its life: login dialog, main window, back to the
// login dialog on log out or when the session is lost, and finished() when
// the user quits. main.cpp only builds the application around it.
class AppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    explicit AppController(LanguageManager *languages, QObject *parent = nullptr);
    ~AppController() override;

    // Values from the command line; they win over the remembered ones.
    void setLoginDefaults(const QString &url, const QString &user);
    // Applies the remembered language and shows the login dialog.
    void start();

    EngineClient *client() const { return m_client; }
    LoginDialog *loginDialog() const;
    MainWindow *mainWindow() const;

Q_SIGNALS:
    void finished();

private:
    void showLogin(const QString &message);
    void closeMainWindow();
    void onLoginAccepted();
    void onLoginRejected();
    void onLogoutRequested();
    void onQuitRequested();
    void onSessionLost(const QString &reason);

    LanguageManager *m_languages;
    EngineClient *m_client;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QString m_defaultUrl;
    QString m_defaultUser;
};
