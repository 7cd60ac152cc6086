#include "console/trunks/trunkdialog.h"

#include "common/dialstring.h"
#include "common/protocol.h"
#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/models/trunktablemodel.h"
#include "console/net/engineclient.h"

#include <QDoubleSpinBox>
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

namespace {

constexpr double kMinCps = 0.01;
constexpr double kDefaultCps = 1.0;
constexpr int kDefaultChannels = 30;

} // namespace

TrunkDialog::TrunkDialog(EngineClient *client, const std::optional<Trunk> &trunk, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_original(trunk)
    , m_error(new MessageLabel(this))
    , m_errors(m_error)
{
    buildUi();
    retranslateUi();
    if (m_original) {
        m_name->setText(m_original->name);
        m_dialString->setText(m_original->dialString);
        m_maxCps->setValue(m_original->maxCps);
        m_maxChannels->setValue(int(m_original->maxChannels));
    }
    m_name->setFocus();
}

void TrunkDialog::buildUi()
{
    setObjectName(QStringLiteral("trunkDialog"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(int(Trunk::MaxNameLength));
    m_dialString = new QLineEdit(this);
    m_dialString->setObjectName(QStringLiteral("dialStringEdit"));
    m_dialString->setMaxLength(int(DialString::MaxLength));
    // Asterisk syntax, the same in every language: not for translation.
    m_dialString->setPlaceholderText(QStringLiteral("SIP/${EXTEN}@myprovider"));
    m_maxCps = new QDoubleSpinBox(this);
    m_maxCps->setObjectName(QStringLiteral("maxCpsSpin"));
    m_maxCps->setDecimals(2);
    m_maxCps->setRange(kMinCps, Trunk::MaxCpsLimit);
    m_maxCps->setSingleStep(1.0);
    m_maxCps->setValue(kDefaultCps);
    m_maxChannels = new QSpinBox(this);
    m_maxChannels->setObjectName(QStringLiteral("maxChannelsSpin"));
    m_maxChannels->setRange(1, int(Trunk::MaxChannelsLimit));
    m_maxChannels->setValue(kDefaultChannels);

    m_nameLabel = new QLabel(this);
    m_nameLabel->setBuddy(m_name);
    m_dialStringLabel = new QLabel(this);
    m_dialStringLabel->setBuddy(m_dialString);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(QStringLiteral("dialStringHint"));
    // One example per line, unwrapped: a wrapped label in a form layout makes
    // the dialog too short and cuts the last examples off.
    m_hintLabel->setWordWrap(false);
    m_hintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_maxCpsLabel = new QLabel(this);
    m_maxCpsLabel->setBuddy(m_maxCps);
    m_maxChannelsLabel = new QLabel(this);
    m_maxChannelsLabel->setBuddy(m_maxChannels);

    auto form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_dialStringLabel, m_dialString);
    form->addRow(QString(), m_hintLabel);
    form->addRow(m_maxCpsLabel, m_maxCps);
    form->addRow(m_maxChannelsLabel, m_maxChannels);

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
    // Never smaller than the fields and the examples need, even when an error
    // message appears after the dialog is shown.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_dialString->setMinimumWidth(280);

    m_errors.addField(Key::Name, m_name);
    m_errors.addField(Key::DialString, m_dialString);
    m_errors.addField(Key::MaxCps, m_maxCps);
    m_errors.addField(Key::MaxChannels, m_maxChannels);
    connect(m_saveButton, &QPushButton::clicked, this, &TrunkDialog::onSaveClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
}

void TrunkDialog::retranslateUi()
{
    setWindowTitle(isEditing() ? tr("Edit Trunk") : tr("Add Trunk"));
    m_nameLabel->setText(tr("Trunk &name:"));
    m_dialStringLabel->setText(tr("&Dial string:"));
    m_hintLabel->setText(
        tr("Write ${EXTEN} where the phone number goes. Examples:\n"
           "SIP/${EXTEN}@myprovider (a SIP provider in sip.conf)\n"
           "IAX2/myprovider/${EXTEN} (an IAX2 provider in iax.conf)\n"
           "DAHDI/g1/${EXTEN} (group 1 of the E1/T1 lines)\n"
           "Local/${EXTEN}@mycontext/n (the context mycontext of the dialplan)"));
    m_maxCpsLabel->setText(tr("Max. calls per second (&CPS):"));
    m_maxCps->setToolTip(tr("Fractions are allowed: 0.1 is one call every 10 seconds."));
    m_maxChannelsLabel->setText(tr("Max. c&hannels:"));
    m_maxChannels->setToolTip(tr("How many calls this trunk can carry at the same time."));
    m_saveButton->setText(isEditing() ? tr("Save Changes") : tr("Add Trunk"));
    m_cancelButton->setText(tr("Cancel"));
    m_errors.retranslate();
    m_status->setText(m_busy ? tr("Saving…") : QString());
}

void TrunkDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

Trunk TrunkDialog::enteredTrunk() const
{
    Trunk trunk;
    if (m_original) {
        trunk.id = m_original->id;
        trunk.isDefault = m_original->isDefault;
    }
    trunk.name = m_name->text().trimmed();
    trunk.dialString = m_dialString->text().trimmed();
    trunk.maxCps = m_maxCps->value();
    trunk.maxChannels = m_maxChannels->value();
    return trunk;
}

QString TrunkDialog::errorText() const
{
    return m_errors.text();
}

QString TrunkDialog::localMessage(const QString &field, const QString &detail) const
{
    if (field == Key::Name)
        return tr("Enter a trunk name of 1 to %1 printable characters.").arg(Trunk::MaxNameLength);
    if (field == Key::DialString) {
        //: %1 is the precise (English) reason
        return tr("The dial string must start with a technology such as SIP/, contain ${EXTEN} "
                  "where the number goes, and have no spaces, quotes or commas (%1).")
            .arg(detail);
    }
    if (field == Key::MaxCps)
        return tr("Max. CPS must be above 0 and at most %1; fractions such as 0.1 are allowed.")
            .arg(Trunk::MaxCpsLimit);
    if (field == Key::MaxChannels)
        return tr("Max. channels must be between 1 and %1.").arg(Trunk::MaxChannelsLimit);
    return detail;
}

void TrunkDialog::onSaveClicked()
{
    if (m_busy)
        return;
    m_errors.clear();
    const Trunk trunk = enteredTrunk();
    if (m_errors.rejectInvalid(trunk.validate(), [this](const QString &field, const QString &detail) {
            return localMessage(field, detail);
        }))
        return;
    QJsonObject data{
        {Key::Name, trunk.name},
        {Key::DialString, trunk.dialString},
        {Key::MaxCps, trunk.maxCps},
        {Key::MaxChannels, trunk.maxChannels},
    };
    if (isEditing())
        data.insert(Key::Id, trunk.id);
    setBusy(true);
    m_client->request(isEditing() ? Type::TrunksUpdate : Type::TrunksAdd, data, this,
                      [this](const ProtocolMessage &reply) { onSaveReply(reply); });
}

void TrunkDialog::onSaveReply(const ProtocolMessage &reply)
{
    setBusy(false);
    if (!reply.isOk()) {
        qCInfo(lcConsoleUi) << "trunk not saved:" << errorCodeName(reply.error())
                            << reply.errorMessage() << reply.errorField();
        // A duplicate name is the usual conflict; point at the name.
        m_errors.showReply(reply, Key::Name);
        return;
    }
    Trunk saved = TrunkTableModel::trunkFromJson(reply.data().value(Key::Trunk).toObject());
    Q_EMIT trunkSaved(saved);
    accept();
}

void TrunkDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_saveButton->setEnabled(!busy);
    m_status->setText(busy ? tr("Saving…") : QString());
}
