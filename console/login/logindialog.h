#pragma once

#include "common/protocolmessage.h"

#include <QDialog>

#include <functional>

class ChangePasswordDialog;
class EngineClient;
class LanguageManager;
class MessageLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Engine URL, user, password and language. Connects, logs in, and when the
// account must change its password runs ChangePasswordDialog first; accepted()
// means the client holds a usable session. Errors stay inside the dialog.
// The last URL, user and language are remembered; the password never is.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    static constexpr QLatin1String DefaultUrl{"ws://127.0.0.1:7080"};

    explicit LoginDialog(EngineClient *client, LanguageManager *languages,
                         QWidget *parent = nullptr);

    // Command-line values win over the remembered ones.
    void setUrl(const QString &url);
    void setUser(const QString &user);
    // Explains why the dialog is back (e.g. the session was lost).
    void showError(const QString &text);
    QString statusText() const;
    bool isBusy() const { return m_phase != Phase::Idle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Phase { Idle, Connecting, LoggingIn, ChangingPassword };

    void buildUi();
    void retranslateUi();
    void loadSettings();
    void saveSettings() const;
    void updateLoginButton();
    void setPhase(Phase phase);
    void setStatus(std::function<QString()> text, bool isError);
    void sendLogin();
    void askForNewPassword();

    void onLoginClicked();
    void onLanguageChosen(int index);
    void onClientConnected();
    void onClientError(const QString &text);
    void onLoginReply(const ProtocolMessage &reply);

    EngineClient *m_client;
    LanguageManager *m_languages;
    Phase m_phase = Phase::Idle;
    QString m_pendingUser;
    QString m_pendingPassword; // only until the login is answered

    QLabel *m_urlLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    MessageLabel *m_status = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_quitButton = nullptr;
    std::function<QString()> m_statusFn;
};
