#pragma once

#include "common/protocolmessage.h"

#include <QDialog>

#include <functional>

class EngineClient;
class MessageLabel;
class QLabel;
class QLineEdit;
class QPushButton;

// Shown when the engine says the account must change its password (a fresh
// engine's admin/adminpass, or a password an administrator reset). Checks the
// obvious locally (match, length); the engine's policy has the last word.
class ChangePasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangePasswordDialog)

public:
    // Same minimum as the engine's policy (docs/protocol.md, weak_password).
    static constexpr int MinPasswordLength = 8;

    // oldPassword pre-fills the field: the user has just typed it to log in.
    explicit ChangePasswordDialog(EngineClient *client, const QString &user,
                                  const QString &oldPassword, QWidget *parent = nullptr);

    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showError(std::function<QString()> text);
    void onChangeClicked();
    void onReply(const ProtocolMessage &reply);

    EngineClient *m_client;
    QString m_userName;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QLabel *m_oldLabel = nullptr;
    QLabel *m_newLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    MessageLabel *m_error = nullptr;
    QPushButton *m_changeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    std::function<QString()> m_errorFn;
};
