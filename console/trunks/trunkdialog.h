#pragma once

#include "common/protocolmessage.h"
#include "common/trunk.h"
#include "console/main/formerrors.h"

#include <QDialog>

#include <optional>

class EngineClient;
class MessageLabel;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Add or edit one trunk (the manual's "Add Trunk" / "Edit Trunk" page).
// Checks the fields locally with Trunk::validate(), then lets the engine have
// the last word; any refusal is shown here, on the field it is about, and
// nothing the user typed is lost.
class TrunkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunkDialog)

public:
    // Without a trunk the dialog adds one; with one it edits that trunk.
    explicit TrunkDialog(EngineClient *client, const std::optional<Trunk> &trunk = std::nullopt,
                         QWidget *parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    // What the fields hold now (trimmed), with the edited trunk's id.
    Trunk enteredTrunk() const;
    QString errorText() const;
    // The field (protocol key) shown as wrong, empty when none.
    QString invalidField() const { return m_errors.field(); }

Q_SIGNALS:
    // The engine stored the trunk; it carries the engine's copy.
    void trunkSaved(const Trunk &trunk);

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
    std::optional<Trunk> m_original;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_dialStringLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_maxCpsLabel = nullptr;
    QLabel *m_maxChannelsLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_dialString = nullptr;
    QDoubleSpinBox *m_maxCps = nullptr;
    QSpinBox *m_maxChannels = nullptr;
    MessageLabel *m_error;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    FormErrors m_errors;
    bool m_busy = false;
};
