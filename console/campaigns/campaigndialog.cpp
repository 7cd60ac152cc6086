#include "console/campaigns/campaigndialog.h"

#include "common/protocol.h"
#include "console/campaigns/pacingeditor.h"
#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/models/campaigntablemodel.h"
#include "console/net/engineclient.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Protocol;

namespace {

constexpr int kDefaultMaxConnected = 30; // the manual's example

} // namespace

CampaignDialog::CampaignDialog(EngineClient *client, const std::optional<Campaign> &campaign,
                               QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_original(campaign)
    , m_error(new MessageLabel(this))
    , m_errors(m_error)
{
    buildUi();
    retranslateUi();
    loadCampaign(m_original.value_or(Campaign{}));
    if (!m_original)
        m_maxConnected->setValue(kDefaultMaxConnected);
    requestOptions();
    m_name->setFocus();
}

void CampaignDialog::buildUi()
{
    setObjectName(QStringLiteral("campaignDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(int(Campaign::MaxNameLength));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->addItem(QString(), QString(CampaignTypeName::LoadSimulation));
    m_maxConnected = new QSpinBox(this);
    m_maxConnected->setObjectName(QStringLiteral("maxConnectedSpin"));
    m_maxConnected->setRange(1, Campaign::MaxConnectedLimit);
    m_trunk = new QComboBox(this);
    m_trunk->setObjectName(QStringLiteral("trunkCombo"));
    m_trunk->addItem(QString(), qint64(0)); // the default trunk
    m_wrapUp = new QDoubleSpinBox(this);
    m_wrapUp->setObjectName(QStringLiteral("wrapUpSpin"));
    m_wrapUp->setDecimals(1);
    m_wrapUp->setRange(0.0, Campaign::MaxWrapUpSeconds);
    m_safeHarbour = new QLineEdit(this);
    m_safeHarbour->setObjectName(QStringLiteral("safeHarbourEdit"));
    m_safeHarbour->setMaxLength(int(Campaign::MaxSoundNameLength));
    m_safeHarbour->setText(Campaign::DefaultSafeHarbourMessage);

    const auto label = [this](QWidget *buddy) {
        auto l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_nameLabel = label(m_name);
    m_descriptionLabel = label(m_description);
    m_typeLabel = label(m_type);
    m_maxConnectedLabel = label(m_maxConnected);
    m_trunkLabel = label(m_trunk);
    m_wrapUpLabel = label(m_wrapUp);
    m_safeHarbourLabel = label(m_safeHarbour);

    auto form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_typeLabel, m_type);
    form->addRow(m_maxConnectedLabel, m_maxConnected);
    form->addRow(m_trunkLabel, m_trunk);
    form->addRow(m_wrapUpLabel, m_wrapUp);
    form->addRow(m_safeHarbourLabel, m_safeHarbour);

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
    m_pacing = new PacingEditor(this);
    layout->addWidget(m_pacing, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    m_name->setMinimumWidth(320);

    m_errors.addField(Key::Name, m_name);
    m_errors.addField(Key::Description, m_description);
    m_errors.addField(Key::CampaignType, m_type);
    m_errors.addField(Key::MaxConnected, m_maxConnected);
    m_errors.addField(Key::TrunkId, m_trunk);
    m_errors.addField(Key::WrapUpSeconds, m_wrapUp);
    m_errors.addField(Key::SafeHarbourMessage, m_safeHarbour);
    for (const QString &field : m_pacing->fieldNames())
        m_errors.addField(field, m_pacing->widgetForField(field));
    connect(m_saveButton, &QPushButton::clicked, this, &CampaignDialog::onSaveClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

void CampaignDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Campaign") : tr("Add Campaign"));
    m_nameLabel->setText(tr("Campaign &name:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_typeLabel->setText(tr("&Type of campaign:"));
    m_type->setItemText(0, CampaignTableModel::typeText(Campaign::Type::LoadSimulation));
    m_type->setToolTip(tr("A load simulation tests the system with simulated agents; "
                          "run it on the load simulation trunk."));
    m_maxConnectedLabel->setText(tr("&Maximum connected calls (simulated agents):"));
    m_trunkLabel->setText(tr("T&runk:"));
    for (int i = 0; i < m_trunk->count(); ++i) {
        const qint64 id = m_trunk->itemData(i).toLongLong();
        if (id == 0)
            m_trunk->setItemText(i, tr("Default trunk"));
        else if (m_trunk->itemData(i, Qt::UserRole + 1).toString().isEmpty())
            m_trunk->setItemText(i, tr("Trunk %1").arg(id));
    }
    m_wrapUpLabel->setText(tr("&Wrap-up time:"));
    m_wrapUp->setSuffix(tr(" s"));
    m_wrapUp->setToolTip(tr("How long a simulated agent stays busy after each call."));
    m_safeHarbourLabel->setText(tr("&Safe-harbour message:"));
    m_safeHarbour->setToolTip(tr("The recording on the voice servers that a person hears when no agent "
                                 "is free within two seconds, e.g. custom/safe-harbour."));
    m_saveButton->setText(isEditing() ? tr("Save Changes") : tr("Add Campaign"));
    m_cancelButton->setText(tr("Cancel"));
    m_errors.retranslate();
    m_status->setText(m_busy ? tr("Saving…") : QString());
}

void CampaignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CampaignDialog::loadCampaign(const Campaign &campaign)
{
    m_name->setText(campaign.name);
    m_description->setPlainText(campaign.description);
    m_type->setCurrentIndex(std::max(0, m_type->findData(Campaign::typeName(campaign.type))));
    m_maxConnected->setValue(campaign.maxConnected);
    setTrunkChoice(campaign.trunkId);
    m_wrapUp->setValue(campaign.wrapUpSeconds);
    m_safeHarbour->setText(campaign.safeHarbourMessage);
    m_pacing->setCampaignPacing(campaign.pacer, campaign.pacing);
}

void CampaignDialog::setTrunkChoice(const std::optional<qint64> &trunkId)
{
    const qint64 id = trunkId.value_or(0);
    int index = m_trunk->findData(id);
    if (index < 0) {
        // A trunk this user cannot list: shown by its id, and kept.
        m_trunk->addItem(tr("Trunk %1").arg(id), id);
        index = m_trunk->count() - 1;
    }
    m_trunk->setCurrentIndex(index);
}

std::optional<qint64> CampaignDialog::chosenTrunk() const
{
    const qint64 id = m_trunk->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void CampaignDialog::requestOptions()
{
    if (!m_client)
        return;
    m_client->request(Type::CampaignsPacingOptions, {}, this, [this](const ProtocolMessage &reply) {
        if (!reply.isOk()) {
            // The form still works: the known pacers, and the settings the campaign has.
            qCInfo(lcConsoleUi) << "no pacing options:" << errorCodeName(reply.error()) << reply.errorMessage();
            return;
        }
        applyPacingOptions(reply.data());
    });
    // Only some roles may list trunks; the others keep "Default trunk" and
    // the campaign's own trunk.
    m_client->request(Type::TrunksList, {}, this, [this](const ProtocolMessage &reply) {
        if (reply.isOk())
            applyTrunks(reply.data());
    });
}

void CampaignDialog::applyPacingOptions(const QJsonObject &data)
{
    QStringList pacers;
    for (const QJsonValue &value : data.value(Key::Pacers).toArray()) {
        if (value.isString())
            pacers.append(value.toString());
    }
    // A new campaign starts from the engine's own abandon rule.
    m_pacing->setOptions(pacers, data.value(Key::Defaults).toObject(), data.value(Key::PacerSettings).toObject(),
                         !isEditing());
    for (const QString &field : m_pacing->fieldNames())
        m_errors.addField(field, m_pacing->widgetForField(field));
    m_hasPacingOptions = true;
    Q_EMIT pacingOptionsLoaded();
}

void CampaignDialog::applyTrunks(const QJsonObject &data)
{
    const std::optional<qint64> chosen = chosenTrunk();
    const QSignalBlocker blocker(m_trunk);
    while (m_trunk->count() > 1)
        m_trunk->removeItem(1);
    for (const QJsonValue &value : data.value(Key::Trunks).toArray()) {
        const QJsonObject trunk = value.toObject();
        const qint64 id = qint64(trunk.value(Key::Id).toDouble());
        const QString name = trunk.value(Key::Name).toString();
        m_trunk->addItem(name, id);
        // Marks a named item: retranslateUi() leaves its text alone.
        m_trunk->setItemData(m_trunk->count() - 1, name, Qt::UserRole + 1);
    }
    setTrunkChoice(chosen);
    Q_EMIT trunksLoaded();
}

Campaign CampaignDialog::enteredCampaign() const
{
    Campaign c;
    if (m_original) {
        c.id = m_original->id;
        c.customerId = m_original->customerId;
        c.status = m_original->status;
        c.runId = m_original->runId;
    }
    c.name = m_name->text().trimmed();
    c.description = m_description->toPlainText().trimmed();
    c.type = Campaign::typeFromName(m_type->currentData().toString()).value_or(Campaign::Type::LoadSimulation);
    c.maxConnected = m_maxConnected->value();
    c.trunkId = chosenTrunk();
    c.wrapUpSeconds = m_wrapUp->value();
    c.safeHarbourMessage = m_safeHarbour->text().trimmed();
    c.pacer = m_pacing->pacer();
    c.pacing = m_pacing->pacing();
    return c;
}

QJsonObject CampaignDialog::requestData() const
{
    const Campaign c = enteredCampaign();
    QJsonObject data{
        {Key::Name, c.name},
        {Key::Description, c.description},
        {Key::CampaignType, Campaign::typeName(c.type)},
        {Key::MaxConnected, c.maxConnected},
        {Key::TrunkId, c.trunkId ? QJsonValue(*c.trunkId) : QJsonValue(QJsonValue::Null)},
        {Key::WrapUpSeconds, c.wrapUpSeconds},
        {Key::SafeHarbourMessage, c.safeHarbourMessage},
        {Key::Pacer, c.pacer},
        {Key::Pacing, c.pacing},
    };
    if (isEditing()) {
        data.insert(Key::Id, c.id);
        // Only admins may name the owner; an admin editing a customer's
        // campaign must not take it over by leaving the owner out.
        if (m_client && m_client->role() == Role::Admin && c.customerId > 0)
            data.insert(Key::CustomerId, c.customerId);
    }
    return data;
}

QString CampaignDialog::errorText() const
{
    return m_errors.text();
}

QString CampaignDialog::localMessage(const QString &field, const QString &detail) const
{
    if (field == Key::Name)
        return tr("Enter a campaign name of 1 to %1 printable characters.").arg(Campaign::MaxNameLength);
    if (field == Key::Description)
        return tr("The description may have at most %1 printable characters.").arg(Campaign::MaxDescriptionLength);
    if (field == Key::MaxConnected)
        return tr("Maximum connected calls must be between 1 and %1.").arg(Campaign::MaxConnectedLimit);
    if (field == Key::WrapUpSeconds)
        return tr("The wrap-up time must be between 0 and %1 seconds.").arg(Campaign::MaxWrapUpSeconds);
    if (field == Key::Pacer)
        return tr("Choose a pacer.");
    if (field == Key::SafeHarbourMessage)
        return tr("Name a recording on the voice servers, such as custom/safe-harbour: letters, digits, "
                  "_ - . and /.");
    if (field.startsWith(PacingEditor::FieldPrefix)) {
        //: %1 is the setting's name as the engine knows it
        return tr("The pacing setting \"%1\" needs a number (or yes/no) like its default.")
            .arg(field.mid(PacingEditor::FieldPrefix.size()));
    }
    return detail;
}

void CampaignDialog::onSaveClicked()
{
    if (m_busy || !m_client)
        return;
    m_errors.clear();
    const Campaign campaign = enteredCampaign();
    const auto message = [this](const QString &field, const QString &detail) {
        return localMessage(field, detail);
    };
    Result<Done> valid = campaign.validate();
    if (valid)
        valid = m_pacing->validate();
    if (!valid)
        pointAtField(valid.field());
    if (m_errors.rejectInvalid(valid, message))
        return;
    setBusy(true);
    m_client->request(isEditing() ? Type::CampaignsUpdate : Type::CampaignsAdd, requestData(), this,
                      [this](const ProtocolMessage &reply) { onSaveReply(reply); });
}

void CampaignDialog::onSaveReply(const ProtocolMessage &reply)
{
    setBusy(false);
    if (!reply.isOk()) {
        qCInfo(lcConsoleUi) << "campaign not saved:" << errorCodeName(reply.error())
                            << reply.errorMessage() << reply.errorField();
        pointAtField(reply.errorField());
        // A duplicate name is the usual conflict; point at the name.
        m_errors.showReply(reply, Key::Name);
        return;
    }
    Q_EMIT campaignSaved(CampaignTableModel::campaignFromJson(reply.data().value(Key::Campaign).toObject()));
    accept();
}

void CampaignDialog::pointAtField(const QString &field)
{
    // A pacing setting the engine refused may be one this console did not
    // list (or hid): its row is shown, and the table is the field to mark.
    if (QWidget *widget = m_pacing->widgetForField(field)) {
        m_errors.addField(field, widget);
        m_pacing->revealField(field);
    }
}

PacingSettingsModel *CampaignDialog::pacingModel() const
{
    return m_pacing->model();
}

void CampaignDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
}
