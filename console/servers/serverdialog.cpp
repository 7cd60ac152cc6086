#include "console/servers/serverdialog.h"

#include "common/protocol.h"
#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/net/engineclient.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Protocol;

ServerDialog::ServerDialog(EngineClient *client, const std::optional<ServerRow> &server,
                           QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_original(server)
    , m_error(new MessageLabel(this))
    , m_errors(m_error)
{
    buildUi();
    if (m_original) {
        const VoiceServer &s = m_original->server;
        m_name->setText(s.name);
        m_host->setText(s.host);
        m_port->setValue(s.amiPort);
        m_user->setText(s.amiUser);
        m_useMd5->setChecked(s.useMd5);
        m_maxChannels->setValue(int(s.maxChannels));
        m_enabled = s.enabled;
    }
    retranslateUi();
    m_name->setFocus();
}

void ServerDialog::buildUi()
{
    setObjectName(QStringLiteral("serverDialog"));
    const auto lineEdit = [this](const char *name, qsizetype maxLength) {
        auto edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(int(maxLength));
        return edit;
    };
    m_name = lineEdit("nameEdit", VoiceServer::MaxNameLength);
    m_host = lineEdit("hostEdit", VoiceServer::MaxHostLength);
    m_host->setMinimumWidth(240);
    m_user = lineEdit("userEdit", VoiceServer::MaxUserLength);
    m_secret = lineEdit("secretEdit", VoiceServer::MaxSecretLength);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                  | Qt::ImhNoAutoUppercase);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(DefaultAmiPort);
    // A port is not a quantity: 5038, not 5,038.
    m_port->setGroupSeparatorShown(false);
    m_maxChannels = new QSpinBox(this);
    m_maxChannels->setObjectName(QStringLiteral("maxChannelsSpin"));
    m_maxChannels->setRange(0, int(VoiceServer::MaxChannelsLimit));
    m_maxChannels->setValue(0);
    m_useMd5 = new QCheckBox(this);
    m_useMd5->setObjectName(QStringLiteral("md5Check"));
    m_useMd5->setChecked(true);
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("activeCheck"));
    // Started and stopped from the page once the server exists.
    m_active->setVisible(!isEditing());

    const auto label = [this](QWidget *buddy) {
        auto l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_nameLabel = label(m_name);
    m_hostLabel = label(m_host);
    m_portLabel = label(m_port);
    m_userLabel = label(m_user);
    m_secretLabel = label(m_secret);
    m_maxChannelsLabel = label(m_maxChannels);

    auto form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_useMd5);
    form->addRow(m_maxChannelsLabel, m_maxChannels);
    if (!isEditing())
        form->addRow(QString(), m_active);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    m_errors.addField(Key::Name, m_name);
    m_errors.addField(Key::Host, m_host);
    m_errors.addField(Key::AmiPort, m_port);
    m_errors.addField(Key::AmiUser, m_user);
    m_errors.addField(Key::AmiSecret, m_secret);
    m_errors.addField(Key::UseMd5, m_useMd5);
    m_errors.addField(Key::MaxChannels, m_maxChannels);
    m_errors.addField(Key::Enabled, m_active);

    connect(m_saveButton, &QPushButton::clicked, this, &ServerDialog::onSaveClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

void ServerDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Server") : tr("Add Server"));
    m_nameLabel->setText(tr("Server &name:"));
    m_name->setToolTip(tr("Any name you like, such as \"Auckland 1\"."));
    m_hostLabel->setText(tr("&Address:"));
    m_host->setToolTip(tr("The IP address or host name of the Asterisk server."));
    m_portLabel->setText(tr("AMI &port:"));
    m_port->setToolTip(tr("The port of the Asterisk Manager Interface (5038 unless manager.conf "
                          "says otherwise)."));
    m_userLabel->setText(tr("AMI &user:"));
    m_user->setToolTip(tr("The name of an Asterisk Manager account (a section of manager.conf)."));
    m_secretLabel->setText(tr("AMI &secret:"));
    m_secret->setToolTip(tr("The secret of that Asterisk Manager account."));
    if (isEditing()) {
        //: Placeholder of the empty secret field when editing: leaving it empty keeps the secret
        m_secret->setPlaceholderText(m_original->hasSecret ? tr("unchanged") : tr("none stored"));
        m_secret->setToolTip(tr("Leave empty to keep the stored secret; type a new one to "
                                "replace it."));
    }
    m_useMd5->setText(tr("&MD5 challenge login"));
    m_useMd5->setToolTip(tr("Log in without sending the secret in clear text. Turn off only for "
                            "a server that does not support it."));
    m_maxChannelsLabel->setText(tr("Max. c&hannels:"));
    m_maxChannels->setSpecialValueText(tr("No limit"));
    m_maxChannels->setToolTip(tr("How many calls this server may carry at the same time; 0 for "
                                 "no limit of its own."));
    m_active->setText(tr("A&ctive: start using this server at once"));
    m_saveButton->setText(isEditing() ? tr("Save Changes") : tr("Add Server"));
    m_cancelButton->setText(tr("Cancel"));
    m_errors.retranslate();
    m_status->setText(m_busy ? tr("Saving…") : QString());
}

void ServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ServerDialog::setCurrentlyEnabled(bool enabled)
{
    if (isEditing())
        m_enabled = enabled;
}

VoiceServer ServerDialog::enteredServer() const
{
    VoiceServer server;
    if (m_original)
        server.id = m_original->server.id;
    server.name = m_name->text().trimmed();
    server.host = m_host->text().trimmed();
    server.amiPort = m_port->value();
    server.amiUser = m_user->text().trimmed();
    // Not trimmed: a secret is what it is.
    server.amiSecret = m_secret->text();
    server.useMd5 = m_useMd5->isChecked();
    server.maxChannels = m_maxChannels->value();
    server.enabled = isEditing() ? m_enabled : m_active->isChecked();
    return server;
}

QString ServerDialog::errorText() const
{
    return m_errors.text();
}

QString ServerDialog::localMessage(const QString &field, const QString &detail) const
{
    if (field == Key::Name)
        return tr("Enter a server name of 1 to %1 printable characters.")
            .arg(VoiceServer::MaxNameLength);
    if (field == Key::Host)
        return tr("Enter the server's IP address or host name, such as 10.0.0.1 or "
                  "asterisk1.example.com.");
    if (field == Key::AmiPort)
        return tr("The AMI port must be between 1 and 65535.");
    if (field == Key::AmiUser)
        return tr("Enter the AMI user: 1 to %1 characters, without spaces.")
            .arg(VoiceServer::MaxUserLength);
    if (field == Key::AmiSecret)
        return tr("The AMI secret may have at most %1 characters and no line breaks or control "
                  "characters.")
            .arg(VoiceServer::MaxSecretLength);
    if (field == Key::MaxChannels)
        return tr("Max. channels must be between 0 (no limit) and %1.")
            .arg(VoiceServer::MaxChannelsLimit);
    return detail;
}

void ServerDialog::onSaveClicked()
{
    if (m_busy)
        return;
    m_errors.clear();
    const VoiceServer server = enteredServer();
    if (m_errors.rejectInvalid(server.validate(), [this](const QString &field, const QString &detail) {
            return localMessage(field, detail);
        }))
        return;
    QJsonObject data{
        {Key::Name, server.name},
        {Key::Host, server.host},
        {Key::AmiPort, server.amiPort},
        {Key::AmiUser, server.amiUser},
        {Key::UseMd5, server.useMd5},
        {Key::MaxChannels, server.maxChannels},
        {Key::Enabled, server.enabled},
    };
    // Empty on edit: the engine keeps the stored secret.
    if (!server.amiSecret.isEmpty())
        data.insert(Key::AmiSecret, server.amiSecret);
    if (isEditing())
        data.insert(Key::Id, server.id);
    setBusy(true);
    m_client->request(isEditing() ? Type::ServersUpdate : Type::ServersAdd, data, this,
                      [this](const ProtocolMessage &reply) { onSaveReply(reply); });
}

void ServerDialog::onSaveReply(const ProtocolMessage &reply)
{
    setBusy(false);
    if (!reply.isOk()) {
        qCInfo(lcConsoleUi) << "voice server not saved:" << errorCodeName(reply.error())
                            << reply.errorMessage() << reply.errorField();
        // A duplicate name is the usual conflict; point at the name.
        m_errors.showReply(reply, Key::Name);
        return;
    }
    const qint64 id = qint64(reply.data().value(Key::Server).toObject().value(Key::Id).toDouble());
    Q_EMIT serverSaved(id);
    accept();
}

void ServerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
}
