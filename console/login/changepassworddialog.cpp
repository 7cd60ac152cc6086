#include "console/login/changepassworddialog.h"

#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePasswordDialog::ChangePasswordDialog(EngineClient *client, const QString &user,
                                           const QString &oldPassword, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_userName(user)
{
    buildUi();
    m_old->setText(oldPassword);
    retranslateUi();
    m_new->setFocus();
}

void ChangePasswordDialog::buildUi()
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const auto passwordEdit = [this](const char *name) {
        auto edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    };
    m_old = passwordEdit("oldPasswordEdit");
    m_new = passwordEdit("newPasswordEdit");
    m_repeat = passwordEdit("repeatPasswordEdit");
    m_oldLabel = new QLabel(this);
    m_oldLabel->setBuddy(m_old);
    m_newLabel = new QLabel(this);
    m_newLabel->setBuddy(m_new);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);

    auto form = new QFormLayout;
    form->addRow(m_oldLabel, m_old);
    form->addRow(m_newLabel, m_new);
    form->addRow(m_repeatLabel, m_repeat);

    m_error = new MessageLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_changeButton = new QPushButton(this);
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_changeButton);
    buttons->addWidget(m_cancelButton);

    auto layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_new->setMinimumWidth(220);

    connect(m_changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::onChangeClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change Password"));
    m_intro->setText(tr("The account \"%1\" must choose a new password before it can be used. "
                        "Use at least %2 characters, different from the user name and from "
                        "the old password.")
                         .arg(m_userName).arg(MinPasswordLength));
    m_oldLabel->setText(tr("&Current password:"));
    m_newLabel->setText(tr("&New password:"));
    m_repeatLabel->setText(tr("&Repeat new password:"));
    m_changeButton->setText(tr("Change Password"));
    m_cancelButton->setText(tr("Cancel"));
    if (m_errorFn)
        m_error->setMessage(m_errorFn(), MessageLabel::Kind::Error);
}

void ChangePasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->message();
}

void ChangePasswordDialog::showError(std::function<QString()> text)
{
    m_errorFn = std::move(text);
    m_error->setMessage(m_errorFn ? m_errorFn() : QString(), MessageLabel::Kind::Error);
}

void ChangePasswordDialog::onChangeClicked()
{
    if (m_busy)
        return;
    const QString oldPassword = m_old->text();
    const QString newPassword = m_new->text();
    if (oldPassword.isEmpty()) {
        showError([] { return tr("Enter your current password."); });
        m_old->setFocus();
        return;
    }
    if (newPassword.size() < MinPasswordLength) {
        showError([] {
            return tr("The new password must have at least %1 characters.").arg(MinPasswordLength);
        });
        m_new->setFocus();
        return;
    }
    if (newPassword != m_repeat->text()) {
        showError([] { return tr("The two new passwords do not match."); });
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (newPassword == oldPassword) {
        showError([] { return tr("The new password must differ from the current one."); });
        m_new->setFocus();
        return;
    }
    if (newPassword == m_userName) {
        showError([] { return tr("The new password must not be the user name."); });
        m_new->setFocus();
        return;
    }
    m_busy = true;
    m_changeButton->setEnabled(false);
    showError({});
    m_client->changePassword(oldPassword, newPassword, this,
                             [this](const ProtocolMessage &reply) { onReply(reply); });
}

void ChangePasswordDialog::onReply(const ProtocolMessage &reply)
{
    m_busy = false;
    m_changeButton->setEnabled(true);
    if (!reply.isOk()) {
        qCInfo(lcConsoleUi) << "password change refused:" << errorCodeName(reply.error());
        showError([reply] { return ErrorText::forReply(reply); });
        return;
    }
    accept();
}
