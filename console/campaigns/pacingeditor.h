#pragma once

#include "common/result.h"

#include <QGroupBox>
#include <QJsonObject>
#include <QStringList>

class PacingSettingsModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableView;

// The "Pacing" part of the campaign form: the pacer, the abandon rule (cap
// in percent, stored as the fraction pacing.abandonCap, and the rolling
// window, pacing.abandonWindowSeconds) and a table of the chosen pacer's
// other settings. It starts from the campaign's own settings; once
// campaigns.pacingOptions has answered it knows the engine's pacers and
// defaults, and pacing() holds only what differs from a default.
class PacingEditor final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacingEditor)

public:
    static constexpr QLatin1String AbandonWindowKey{"abandonWindowSeconds"};
    static constexpr QLatin1String FieldPrefix{"pacing."};

    explicit PacingEditor(QWidget *parent = nullptr);

    // The campaign's pacer and settings (a new campaign: the defaults).
    void setCampaignPacing(const QString &pacer, const QJsonObject &pacing);
    // campaigns.pacingOptions' answer. A new campaign also takes the
    // engine's abandon rule; an edited one keeps its own.
    // campaigns.pacingOptions: the pacers, the settings' defaults and which
    // pacer alone reads which setting ("pacerSettings").
    void setOptions(const QStringList &pacers, const QJsonObject &defaults, const QJsonObject &pacerSettings,
                    bool takeDefaultRule);

    QString pacer() const;
    // The settings to send: only those that differ from their defaults.
    QJsonObject pacing() const;
    // Fails on a setting that does not read as its default's type
    // ("pacing.<key>").
    Result<Done> validate() const;

    // The widget that shows a field (the protocol's "pacer", "pacing" or
    // "pacing.<key>"); null for another field.
    QWidget *widgetForField(const QString &field) const;
    // Brings a setting's row into view and makes it current (the engine
    // refused it), even when it belongs to another pacer.
    void revealField(const QString &field);
    QStringList fieldNames() const;

    PacingSettingsModel *model() const { return m_model; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillPacerCombo(const QStringList &pacers);
    void fillWindowCombo(double seconds);
    void updateSettingsShown();
    double defaultNumber(QLatin1String key, double fallback) const;

    QJsonObject m_defaults;       // campaigns.pacingOptions "defaults"
    QJsonObject m_pacerSettings;  // campaigns.pacingOptions "pacerSettings"
    QJsonObject m_campaignPacing; // the campaign's own settings

    QLabel *m_pacerLabel = nullptr;
    QLabel *m_pacerDescription = nullptr;
    QLabel *m_abandonCapLabel = nullptr;
    QLabel *m_abandonWindowLabel = nullptr;
    QLabel *m_settingsLabel = nullptr;
    QComboBox *m_pacer = nullptr;
    QDoubleSpinBox *m_abandonCap = nullptr;
    QComboBox *m_abandonWindow = nullptr;
    PacingSettingsModel *m_model = nullptr;
    QTableView *m_settingsView = nullptr;
};
