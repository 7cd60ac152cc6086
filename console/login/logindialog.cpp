#include "console/login/logindialog.h"

#include "console/logging.h"
#include "console/login/changepassworddialog.h"
#include "console/main/languagemanager.h"
#include "console/main/messagelabel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QString kUrlKey = QStringLiteral("login/url");
const QString kUserKey = QStringLiteral("login/user");

} // namespace

LoginDialog::LoginDialog(EngineClient *client, LanguageManager *languages, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_languages(languages)
{
    buildUi();
    loadSettings();
    retranslateUi();
    updateLoginButton();

    connect(m_client, &EngineClient::connected, this, &LoginDialog::onClientConnected);
    connect(m_client, &EngineClient::errorOccurred, this, &LoginDialog::onClientError);
}

void LoginDialog::buildUi()
{
    setObjectName(QStringLiteral("loginDialog"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setPlaceholderText(DefaultUrl);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    for (const LanguageManager::Language &language : LanguageManager::languages())
        m_language->addItem(language.nativeName, language.code);

    m_urlLabel = new QLabel(this);
    m_urlLabel->setObjectName(QStringLiteral("urlLabel"));
    m_urlLabel->setBuddy(m_url);
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_userLabel->setBuddy(m_user);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setObjectName(QStringLiteral("passwordLabel"));
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_languageLabel->setBuddy(m_language);

    auto form = new QFormLayout;
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);

    m_status = new MessageLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    m_loginButton = new QPushButton(this);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    m_quitButton = new QPushButton(this);
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_loginButton);
    buttons->addWidget(m_quitButton);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    // Errors appear below the form after the dialog is shown: let it grow.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_url->setMinimumWidth(280);

    for (QLineEdit *edit : {m_url, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateLoginButton);
    connect(m_loginButton, &QPushButton::clicked, this, &LoginDialog::onLoginClicked);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LoginDialog::onLanguageChosen);
}

void LoginDialog::retranslateUi()
{
    // The platform appends the application display name ("Torque Console").
    setWindowTitle(tr("Log In"));
    m_urlLabel->setText(tr("&Engine:"));
    m_url->setToolTip(tr("The engine's address, ws://host:port or wss://host:port for TLS"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("&Language:"));
    m_loginButton->setText(tr("Log In"));
    m_quitButton->setText(tr("Quit"));
    if (m_statusFn)
        m_status->setMessage(m_statusFn(), m_status->kind());
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::loadSettings()
{
    const QSettings settings;
    m_url->setText(settings.value(kUrlKey, QString(DefaultUrl)).toString());
    m_user->setText(settings.value(kUserKey).toString());
    const int index = m_language->findData(m_languages->language());
    const QSignalBlocker blocker(m_language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    if (!m_user->text().isEmpty())
        m_password->setFocus();
}

void LoginDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(kUrlKey, m_url->text().trimmed());
    settings.setValue(kUserKey, m_user->text().trimmed());
}

void LoginDialog::setUrl(const QString &url)
{
    m_url->setText(url);
}

void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
    m_password->setFocus();
}

void LoginDialog::showError(const QString &text)
{
    setStatus([text] { return text; }, true);
}

QString LoginDialog::statusText() const
{
    return m_status->message();
}

void LoginDialog::updateLoginButton()
{
    const bool filled = !m_url->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty()
        && !m_password->text().isEmpty();
    m_loginButton->setEnabled(filled && m_phase == Phase::Idle);
}

void LoginDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool idle = phase == Phase::Idle;
    m_url->setEnabled(idle);
    m_user->setEnabled(idle);
    m_password->setEnabled(idle);
    updateLoginButton();
}

void LoginDialog::setStatus(std::function<QString()> text, bool isError)
{
    m_statusFn = std::move(text);
    m_status->setMessage(m_statusFn ? m_statusFn() : QString(),
                         isError ? MessageLabel::Kind::Error : MessageLabel::Kind::Info);
}

void LoginDialog::onLanguageChosen(int index)
{
    const QString code = m_language->itemData(index).toString();
    if (m_languages->setLanguage(code))
        LanguageManager::saveLanguage(code);
}

void LoginDialog::onLoginClicked()
{
    if (m_phase != Phase::Idle)
        return;
    const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))) {
        setStatus([] { return tr("Enter the engine's address as ws://host:port, or "
                                 "wss://host:port for an encrypted connection."); },
                  true);
        m_url->setFocus();
        return;
    }
    saveSettings();
    m_pendingUser = m_user->text().trimmed();
    m_pendingPassword = m_password->text();
    if (m_client->state() == EngineClient::State::Connected && m_client->url() == url) {
        sendLogin();
        return;
    }
    setPhase(Phase::Connecting);
    const QString where = url.toDisplayString();
    setStatus([where] { return tr("Connecting to %1…").arg(where); }, false);
    m_client->connectTo(url);
}

void LoginDialog::onClientConnected()
{
    if (m_phase == Phase::Connecting)
        sendLogin();
}

void LoginDialog::onClientError(const QString &text)
{
    if (m_phase != Phase::Connecting && m_phase != Phase::LoggingIn)
        return;
    setPhase(Phase::Idle);
    showError(text);
}

void LoginDialog::sendLogin()
{
    setPhase(Phase::LoggingIn);
    setStatus([] { return tr("Logging in…"); }, false);
    m_client->login(m_pendingUser, m_pendingPassword, this,
                    [this](const ProtocolMessage &reply) { onLoginReply(reply); });
}

void LoginDialog::onLoginReply(const ProtocolMessage &reply)
{
    if (m_phase != Phase::LoggingIn)
        return;
    if (!reply.isOk()) {
        m_pendingPassword.clear();
        setPhase(Phase::Idle);
        setStatus([reply] { return ErrorText::forReply(reply); }, true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    qCInfo(lcConsoleUi) << "logged in as" << m_client->userName();
    if (m_client->mustChangePassword()) {
        askForNewPassword();
        return;
    }
    m_pendingPassword.clear();
    setPhase(Phase::Idle);
    setStatus({}, false);
    accept();
}

void LoginDialog::askForNewPassword()
{
    setPhase(Phase::ChangingPassword);
    setStatus([] { return tr("You must choose a new password."); }, false);
    auto dialog = new ChangePasswordDialog(m_client, m_pendingUser, m_pendingPassword, this);
    m_pendingPassword.clear();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        setPhase(Phase::Idle);
        m_password->clear();
        if (result == QDialog::Accepted) {
            setStatus({}, false);
            accept();
            return;
        }
        // Without the new password the session is useless: end it.
        m_client->logout();
        setStatus([] { return tr("You must change your password before you can use the "
                                 "console. Log in again to do it."); },
                  true);
    });
    dialog->open();
}
