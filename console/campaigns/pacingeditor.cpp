#include "console/campaigns/pacingeditor.h"

#include "common/protocol.h"
#include "console/campaigns/pacercatalog.h"
#include "console/models/pacingsettingsmodel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Protocol;

namespace {

bool sameNumber(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString windowText(double seconds)
{
    if (sameNumber(seconds, PacerCatalog::UsWindowSeconds))
        return PacingEditor::tr("30 days (US)");
    if (sameNumber(seconds, PacerCatalog::UkWindowSeconds))
        return PacingEditor::tr("24 hours (UK)");
    return PacingEditor::tr("%1 seconds").arg(QLocale().toString(seconds, 'g', QLocale::FloatingPointShortest));
}

// Edited with fields of their own, not in the settings table.
QStringList abandonRuleKeys()
{
    return {QString(StatusKey::AbandonCap), QString(PacingEditor::AbandonWindowKey)};
}

} // namespace

PacingEditor::PacingEditor(QWidget *parent)
    : QGroupBox(parent)
{
    buildUi();
    retranslateUi();
    setCampaignPacing(PacerCatalog::defaultPacer(), {});
}

void PacingEditor::buildUi()
{
    setObjectName(QStringLiteral("pacingBox"));
    m_pacer = new QComboBox(this);
    m_pacer->setObjectName(QStringLiteral("pacerCombo"));
    m_pacerDescription = new QLabel(this);
    m_pacerDescription->setObjectName(QStringLiteral("pacerDescription"));
    m_pacerDescription->setWordWrap(true);
    m_abandonCap = new QDoubleSpinBox(this);
    m_abandonCap->setObjectName(QStringLiteral("abandonCapSpin"));
    m_abandonCap->setDecimals(2);
    m_abandonCap->setRange(0.0, 100.0);
    m_abandonCap->setSingleStep(0.5);
    m_abandonCap->setSuffix(QStringLiteral(" %"));
    m_abandonWindow = new QComboBox(this);
    m_abandonWindow->setObjectName(QStringLiteral("abandonWindowCombo"));

    m_model = new PacingSettingsModel(this);
    m_settingsView = new QTableView(this);
    m_settingsView->setObjectName(QStringLiteral("pacingSettingsView"));
    m_settingsView->setModel(m_model);
    m_settingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_settingsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_settingsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed);
    m_settingsView->verticalHeader()->hide();
    QHeaderView *header = m_settingsView->horizontalHeader();
    header->setSectionResizeMode(PacingSettingsModel::Setting, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PacingSettingsModel::Value, QHeaderView::Stretch);
    header->setSectionResizeMode(PacingSettingsModel::Default, QHeaderView::ResizeToContents);
    m_settingsView->setMinimumHeight(140);

    m_pacerLabel = new QLabel(this);
    m_pacerLabel->setBuddy(m_pacer);
    m_abandonCapLabel = new QLabel(this);
    m_abandonCapLabel->setBuddy(m_abandonCap);
    m_abandonWindowLabel = new QLabel(this);
    m_abandonWindowLabel->setBuddy(m_abandonWindow);
    m_settingsLabel = new QLabel(this);
    m_settingsLabel->setWordWrap(true);

    auto form = new QFormLayout;
    form->addRow(m_pacerLabel, m_pacer);
    form->addRow(QString(), m_pacerDescription);
    form->addRow(m_abandonCapLabel, m_abandonCap);
    form->addRow(m_abandonWindowLabel, m_abandonWindow);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_settingsLabel);
    layout->addWidget(m_settingsView, 1);

    connect(m_pacer, &QComboBox::currentIndexChanged, this, &PacingEditor::updateSettingsShown);
    // A changed value stays in view whichever pacer is chosen.
    connect(m_model, &PacingSettingsModel::dataChanged, this, &PacingEditor::updateSettingsShown);
}

void PacingEditor::retranslateUi()
{
    setTitle(tr("Pacing"));
    m_pacerLabel->setText(tr("&Pacer:"));
    for (int i = 0; i < m_pacer->count(); ++i)
        m_pacer->setItemText(i, PacerCatalog::displayName(m_pacer->itemData(i).toString()));
    m_pacerDescription->setText(PacerCatalog::description(pacer()));
    m_abandonCapLabel->setText(tr("&Abandon cap:"));
    m_abandonCap->setToolTip(tr("The share of answered calls that may find no agent free "
                                "(3% in the US and the UK)."));
    m_abandonWindowLabel->setText(tr("Measured o&ver:"));
    for (int i = 0; i < m_abandonWindow->count(); ++i)
        m_abandonWindow->setItemText(i, windowText(m_abandonWindow->itemData(i).toDouble()));
    m_abandonWindow->setToolTip(tr("The rolling period the abandon rate is counted over: "
                                   "30 days in the US, 24 hours in the UK."));
    m_settingsLabel->setText(tr("Other settings of this pacer (double-click a value to change "
                                "it; changed values are in bold):"));
    m_model->retranslate();
}

void PacingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void PacingEditor::setCampaignPacing(const QString &pacer, const QJsonObject &pacing)
{
    m_campaignPacing = pacing;
    // Offered before the engine lists its pacers, so the form is usable at once.
    m_pacer->clear();
    fillPacerCombo(PacerCatalog::knownPacers());
    m_pacer->setCurrentIndex(std::max(0, m_pacer->findData(pacer)));
    if (m_pacer->findData(pacer) < 0) {
        m_pacer->addItem(PacerCatalog::displayName(pacer), pacer);
        m_pacer->setCurrentIndex(m_pacer->count() - 1);
    }
    m_abandonCap->setValue(pacing.value(StatusKey::AbandonCap).toDouble(PacerCatalog::DefaultAbandonCap) * 100.0);
    fillWindowCombo(pacing.value(AbandonWindowKey).toDouble(PacerCatalog::UsWindowSeconds));
    m_model->setSettings(m_defaults, pacing, abandonRuleKeys());
    updateSettingsShown();
}

void PacingEditor::setOptions(const QStringList &pacers, const QJsonObject &defaults,
                              const QJsonObject &pacerSettings, bool takeDefaultRule)
{
    if (!pacers.isEmpty())
        fillPacerCombo(pacers);
    m_defaults = defaults;
    m_pacerSettings = pacerSettings;
    // Keep what the user may have changed in the meantime.
    QJsonObject values = m_campaignPacing;
    const QJsonObject edited = m_model->changedValues();
    for (auto it = edited.begin(); it != edited.end(); ++it)
        values.insert(it.key(), it.value());
    m_model->setSettings(m_defaults, values, abandonRuleKeys());
    if (takeDefaultRule) {
        m_abandonCap->setValue(defaultNumber(StatusKey::AbandonCap, PacerCatalog::DefaultAbandonCap) * 100.0);
        fillWindowCombo(defaultNumber(AbandonWindowKey, PacerCatalog::UsWindowSeconds));
    }
    updateSettingsShown();
}

double PacingEditor::defaultNumber(QLatin1String key, double fallback) const
{
    return m_defaults.value(key).toDouble(fallback);
}

void PacingEditor::fillPacerCombo(const QStringList &pacers)
{
    const QString current = pacer();
    QStringList names = pacers;
    // Never lose the campaign's own pacer, even one this engine no longer offers.
    if (!current.isEmpty() && !names.contains(current))
        names.append(current);
    const QSignalBlocker blocker(m_pacer);
    m_pacer->clear();
    for (const QString &name : std::as_const(names))
        m_pacer->addItem(PacerCatalog::displayName(name), name);
    const int index = m_pacer->findData(current.isEmpty() ? PacerCatalog::defaultPacer() : current);
    m_pacer->setCurrentIndex(std::max(0, index));
}

void PacingEditor::fillWindowCombo(double seconds)
{
    m_abandonWindow->clear();
    m_abandonWindow->addItem(windowText(PacerCatalog::UsWindowSeconds), PacerCatalog::UsWindowSeconds);
    m_abandonWindow->addItem(windowText(PacerCatalog::UkWindowSeconds), PacerCatalog::UkWindowSeconds);
    for (int i = 0; i < m_abandonWindow->count(); ++i) {
        if (sameNumber(m_abandonWindow->itemData(i).toDouble(), seconds)) {
            m_abandonWindow->setCurrentIndex(i);
            return;
        }
    }
    // A window set some other way (the API, an older console): kept as it is.
    m_abandonWindow->addItem(windowText(seconds), seconds);
    m_abandonWindow->setCurrentIndex(m_abandonWindow->count() - 1);
}

void PacingEditor::updateSettingsShown()
{
    const QString chosen = pacer();
    m_pacerDescription->setText(PacerCatalog::description(chosen));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        // Another pacer's setting is hidden unless it was changed: nothing
        // that will be sent is ever out of sight.
        const bool shown = PacerCatalog::pacerUsesSetting(m_pacerSettings, chosen, m_model->keyAt(row)) || m_model->isChanged(row);
        m_settingsView->setRowHidden(row, !shown);
    }
}

QString PacingEditor::pacer() const
{
    return m_pacer->currentData().toString();
}

QJsonObject PacingEditor::pacing() const
{
    QJsonObject pacing = m_model->changedValues();
    // The spin box shows two decimals of a percentage: compare at that precision.
    const double cap = std::round(m_abandonCap->value() * 100.0) / 10000.0;
    if (!sameNumber(cap, defaultNumber(StatusKey::AbandonCap, PacerCatalog::DefaultAbandonCap)))
        pacing.insert(StatusKey::AbandonCap, cap);
    const double window = m_abandonWindow->currentData().toDouble();
    if (!sameNumber(window, defaultNumber(AbandonWindowKey, PacerCatalog::UsWindowSeconds)))
        pacing.insert(AbandonWindowKey, window);
    return pacing;
}

Result<Done> PacingEditor::validate() const
{
    return m_model->validate();
}

QStringList PacingEditor::fieldNames() const
{
    QStringList fields{QString(Key::Pacer), QString(Key::Pacing), FieldPrefix + StatusKey::AbandonCap,
                       FieldPrefix + AbandonWindowKey};
    for (int row = 0; row < m_model->rowCount(); ++row)
        fields.append(FieldPrefix + m_model->keyAt(row));
    return fields;
}

QWidget *PacingEditor::widgetForField(const QString &field) const
{
    if (field == Key::Pacer)
        return m_pacer;
    if (field == Key::Pacing)
        return m_settingsView;
    if (!field.startsWith(FieldPrefix))
        return nullptr;
    const QString key = field.mid(FieldPrefix.size());
    if (key == StatusKey::AbandonCap)
        return m_abandonCap;
    if (key == AbandonWindowKey)
        return m_abandonWindow;
    // Any other setting, even one this console does not know: the table.
    return m_settingsView;
}

void PacingEditor::revealField(const QString &field)
{
    if (!field.startsWith(FieldPrefix))
        return;
    const int row = m_model->rowOfKey(field.mid(FieldPrefix.size()));
    if (row < 0)
        return;
    m_settingsView->setRowHidden(row, false);
    const QModelIndex index = m_model->index(row, PacingSettingsModel::Value);
    m_settingsView->setCurrentIndex(index);
    m_settingsView->scrollTo(index);
}
