#pragma once

#include "common/campaign.h"
#include "common/protocolmessage.h"
#include "console/main/formerrors.h"

#include <QDialog>
#include <QJsonObject>

#include <optional>

class EngineClient;
class MessageLabel;
class PacingEditor;
class PacingSettingsModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Add or edit one campaign (the manual's "Add Campaign" page; Load
// Simulation is the one type so far). Besides the manual's fields it sets
// the pacer and its settings (PacingEditor), from the engine's pacers and
// defaults (campaigns.pacingOptions). Checks locally with
// Campaign::validate(), then lets the engine have the last word; a refusal
// is shown on the field it is about, "pacing.<key>" on that setting's row.
class CampaignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignDialog)

public:
    // Without a campaign the dialog adds one; with one it edits that campaign.
    explicit CampaignDialog(EngineClient *client,
                            const std::optional<Campaign> &campaign = std::nullopt,
                            QWidget *parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    // What the fields hold now (trimmed), with the edited campaign's id.
    Campaign enteredCampaign() const;
    // The data of the campaigns.add / campaigns.update request Save would send.
    QJsonObject requestData() const;
    QString errorText() const;
    // The field (protocol key, "pacing.<key>" for a pacing setting) shown as
    // wrong, empty when none.
    QString invalidField() const { return m_errors.field(); }
    // True once campaigns.pacingOptions has answered.
    bool hasPacingOptions() const { return m_hasPacingOptions; }
    PacingSettingsModel *pacingModel() const;

Q_SIGNALS:
    // The engine stored the campaign; it carries the engine's copy.
    void campaignSaved(const Campaign &campaign);
    // campaigns.pacingOptions (or trunks.list) has answered and filled the form.
    void pacingOptionsLoaded();
    void trunksLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void loadCampaign(const Campaign &campaign);
    void requestOptions();
    void applyPacingOptions(const QJsonObject &data);
    void applyTrunks(const QJsonObject &data);
    void setTrunkChoice(const std::optional<qint64> &trunkId);
    std::optional<qint64> chosenTrunk() const;
    void onSaveClicked();
    void onSaveReply(const ProtocolMessage &reply);
    void pointAtField(const QString &field);
    void setBusy(bool busy);
    QString localMessage(const QString &field, const QString &detail) const;

    EngineClient *m_client;
    std::optional<Campaign> m_original;
    bool m_hasPacingOptions = false;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_descriptionLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_maxConnectedLabel = nullptr;
    QLabel *m_trunkLabel = nullptr;
    QLabel *m_wrapUpLabel = nullptr;
    QLabel *m_safeHarbourLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_type = nullptr;
    QSpinBox *m_maxConnected = nullptr;
    QComboBox *m_trunk = nullptr;
    QDoubleSpinBox *m_wrapUp = nullptr;
    QLineEdit *m_safeHarbour = nullptr;
    PacingEditor *m_pacing = nullptr;
    MessageLabel *m_error;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    FormErrors m_errors;
    bool m_busy = false;
};
