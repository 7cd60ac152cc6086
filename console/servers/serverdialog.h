#pragma once

#include "common/protocolmessage.h"
#include "common/voiceserver.h"
#include "console/main/formerrors.h"
#include "console/models/serverrow.h"

#include <QDialog>

#include <optional>

class EngineClient;
class MessageLabel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Add or edit one Asterisk voice server (the manual's "Add Server" / "Edit
// Server" page). The AMI secret is a password field; when editing it starts
// empty ("unchanged") because the console never receives the stored secret,
// and saving it empty keeps that secret. Checks the fields locally with
// VoiceServer::validate(), then lets the engine have the last word; any
// refusal is shown here, on the field it is about, without losing input.
class ServerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDialog)

public:
    static constexpr int DefaultAmiPort = 5038;

    // Without a server the dialog adds one; with one it edits that server.
    explicit ServerDialog(EngineClient *client, const std::optional<ServerRow> &server = std::nullopt,
                          QWidget *parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    qint64 serverId() const { return m_original ? m_original->server.id : 0; }
    // What the fields hold now (trimmed; the secret as typed, empty when
    // left unchanged), with the edited server's id.
    VoiceServer enteredServer() const;
    QString errorText() const;
    // The field (protocol key) shown as wrong, empty when none.
    QString invalidField() const { return m_errors.field(); }

    // While editing: the server was started or stopped meanwhile (from
    // another console, say). Saving sends this, so an edit never undoes it.
    void setCurrentlyEnabled(bool enabled);

Q_SIGNALS:
    // The engine stored the server.
    void serverSaved(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void onSaveClicked();
    void onSaveReply(const ProtocolMessage &reply);
    void setBusy(bool busy);
    QString localMessage(const QString &field, const QString &detail) const;

    EngineClient *m_client;
    std::optional<ServerRow> m_original;
    bool m_enabled = false; // sent on edit; the Active box decides on add

    QLabel *m_nameLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLabel *m_maxChannelsLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_useMd5 = nullptr;
    QSpinBox *m_maxChannels = nullptr;
    QCheckBox *m_active = nullptr;
    MessageLabel *m_error;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    FormErrors m_errors;
    bool m_busy = false;
};
