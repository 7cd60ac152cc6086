#include "console/campaigns/campaignspage.h"

#include "common/protocol.h"
#include "console/campaigns/campaigndialog.h"
#include "console/main/deleteconfirmation.h"
#include "console/main/messagelabel.h"
#include "console/models/campaigntablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/net/livelistfeed.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Protocol;

CampaignsPage::CampaignsPage(EngineClient *client, bool canListTrunks, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_canListTrunks(canListTrunks)
{
    buildUi();
    retranslateUi();
    updateButtons();

    m_feed = new LiveListFeed(client, Type::CampaignsList, Topic::Campaigns, Event::CampaignsChanged, this);
    connect(m_feed, &LiveListFeed::listed, this, &CampaignsPage::applyList);
    connect(m_feed, &LiveListFeed::refreshed, this, &CampaignsPage::clearMessage);
    connect(m_feed, &LiveListFeed::listFailed, this, [this](const ProtocolMessage &reply) {
        showMessage([reply] { return tr("Could not load the campaigns: %1").arg(ErrorText::forReply(reply)); });
    });
    // Trunk names follow trunks.changed when another page (Trunks) has
    // subscribed; this page does not subscribe itself, since unsubscribing
    // when it goes would silence that page.
    connect(client, &EngineClient::eventReceived, this, &CampaignsPage::onEventReceived);
    m_feed->start();
    listTrunks();
}

void CampaignsPage::buildUi()
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_model = new CampaignTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("campaignsView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CampaignTableModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CampaignTableModel::Name, QHeaderView::Stretch);

    const auto makeButton = [this](const char *name) {
        auto button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_addButton = makeButton("addButton");
    m_editButton = makeButton("editButton");
    m_deleteButton = makeButton("deleteButton");
    m_startButton = makeButton("startButton");
    m_stopButton = makeButton("stopButton");
    m_statusButton = makeButton("statusButton");
    m_refreshButton = makeButton("refreshButton");

    auto buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_editButton, m_deleteButton, m_startButton, m_stopButton,
                           m_statusButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(m_editButton, &QPushButton::clicked, this, &CampaignsPage::onEditClicked);
    connect(m_deleteButton, &QPushButton::clicked, this, &CampaignsPage::onDeleteClicked);
    connect(m_startButton, &QPushButton::clicked, this, [this] { setRunning(true); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { setRunning(false); });
    connect(m_statusButton, &QPushButton::clicked, this, &CampaignsPage::onStatusClicked);
    connect(m_refreshButton, &QPushButton::clicked, this, &CampaignsPage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &CampaignsPage::onDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignsPage::updateButtons);
    // The selected campaign may start or stop through an event.
    connect(m_model, &CampaignTableModel::dataChanged, this, &CampaignsPage::updateButtons);
    connect(m_model, &CampaignTableModel::rowsRemoved, this, &CampaignsPage::updateButtons);
    connect(m_model, &CampaignTableModel::rowsInserted, this, &CampaignsPage::onRowsInserted);
}

void CampaignsPage::retranslateUi()
{
    m_addButton->setText(tr("Add Campaign"));
    m_editButton->setText(tr("Edit"));
    m_editButton->setToolTip(tr("A running campaign must be stopped before it can be changed"));
    m_deleteButton->setText(tr("Delete"));
    m_startButton->setText(tr("Start"));
    m_startButton->setToolTip(tr("Start dialling the selected campaign"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Dial nothing new; calls in progress finish"));
    m_statusButton->setText(tr("Engine Status"));
    m_statusButton->setToolTip(tr("Show the live graph of the selected campaign"));
    m_refreshButton->setText(tr("Refresh"));
    m_model->retranslate();
}

void CampaignsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString CampaignsPage::messageText() const
{
    return m_message->message();
}

void CampaignsPage::showMessage(std::function<QString()> text)
{
    m_message->setTranslatedMessage(std::move(text), MessageLabel::Kind::Error);
}

void CampaignsPage::clearMessage()
{
    m_message->setMessage({}, MessageLabel::Kind::Error);
}

void CampaignsPage::updateButtons()
{
    const std::optional<Campaign> selected = selectedCampaign();
    const bool running = selected && selected->status == Campaign::Status::Running;
    // The engine refuses to change or remove a running campaign (conflict).
    m_editButton->setEnabled(selected && !running);
    m_deleteButton->setEnabled(selected && !running);
    m_startButton->setEnabled(selected && !running);
    m_stopButton->setEnabled(running);
    m_statusButton->setEnabled(selected.has_value());
}

std::optional<Campaign> CampaignsPage::selectedCampaign() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->campaignAt(source.row());
}

bool CampaignsPage::selectCampaign(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, CampaignTableModel::Name));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void CampaignsPage::refresh()
{
    m_feed->refresh();
    listTrunks();
}

void CampaignsPage::applyList(const QJsonObject &data)
{
    m_model->setCampaigns(CampaignTableModel::campaignsFromJson(data.value(Key::Campaigns).toArray()));
    updateButtons();
}

void CampaignsPage::listTrunks()
{
    if (!m_canListTrunks || !m_client)
        return;
    m_client->request(Type::TrunksList, {}, this, [this](const ProtocolMessage &reply) {
        // Without names the trunk column shows ids: no reason to bother the user.
        if (reply.isOk())
            applyTrunks(reply.data());
    });
}

void CampaignsPage::applyTrunks(const QJsonObject &data)
{
    QHash<qint64, QString> names;
    for (const QJsonValue &value : data.value(Key::Trunks).toArray()) {
        const QJsonObject trunk = value.toObject();
        names.insert(qint64(trunk.value(Key::Id).toDouble()), trunk.value(Key::Name).toString());
    }
    m_model->setTrunkNames(names);
}

void CampaignsPage::onEventReceived(const QString &name, const QJsonObject &data)
{
    if (m_canListTrunks && name == Event::TrunksChanged)
        applyTrunks(data);
}

void CampaignsPage::onRowsInserted()
{
    if (m_selectWhenListed != 0 && selectCampaign(m_selectWhenListed))
        m_selectWhenListed = 0;
    updateButtons();
}

void CampaignsPage::onEditClicked()
{
    if (const auto campaign = selectedCampaign())
        openDialog(campaign);
}

void CampaignsPage::onDoubleClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Campaign &campaign = m_model->campaignAt(m_proxy->mapToSource(index).row());
    // A running campaign cannot be changed; its graph is what one wants to see.
    if (campaign.status == Campaign::Status::Running)
        Q_EMIT statusRequested(campaign.id);
    else
        openDialog(campaign);
}

void CampaignsPage::openDialog(const std::optional<Campaign> &campaign)
{
    if (!m_client)
        return;
    auto dialog = new CampaignDialog(m_client, campaign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CampaignDialog::campaignSaved, this, [this](const Campaign &saved) {
        clearMessage();
        if (!selectCampaign(saved.id))
            m_selectWhenListed = saved.id;
        if (!m_feed->isLive())
            refresh();
    });
    // open(), not exec(): no nested event loop while socket replies arrive.
    dialog->open();
}

void CampaignsPage::onDeleteClicked()
{
    if (const auto campaign = selectedCampaign())
        confirmRemove(*campaign);
}

void CampaignsPage::confirmRemove(const Campaign &campaign)
{
    DeleteConfirmation::ask(this, tr("Delete Campaign"), tr("Delete the campaign \"%1\"?").arg(campaign.name),
                            tr("Its settings are removed; it can no longer be started."),
                            [this, campaign] { removeCampaign(campaign); });
}

void CampaignsPage::removeCampaign(const Campaign &campaign)
{
    if (!m_client)
        return;
    const QString name = campaign.name;
    m_client->request(Type::CampaignsRemove, {{Key::Id, campaign.id}}, this,
                      [this, name](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name] {
                                  return tr("Could not delete the campaign \"%1\": %2")
                                      .arg(name, ErrorText::forReply(reply));
                              });
                              return;
                          }
                          clearMessage();
                          if (!m_feed->isLive())
                              refresh();
                      });
}

void CampaignsPage::setRunning(bool running)
{
    const std::optional<Campaign> campaign = selectedCampaign();
    if (!campaign || !m_client)
        return;
    const QString name = campaign->name;
    m_client->request(running ? Type::CampaignsStart : Type::CampaignsStop, {{Key::Id, campaign->id}}, this,
                      [this, name, running](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name, running] {
                                  const QString error = ErrorText::forReply(reply);
                                  return running ? tr("Could not start the campaign \"%1\": %2").arg(name, error)
                                                 : tr("Could not stop the campaign \"%1\": %2").arg(name, error);
                              });
                              return;
                          }
                          clearMessage();
                          m_model->updateCampaign(CampaignTableModel::campaignFromJson(
                              reply.data().value(Key::Campaign).toObject()));
                          if (!m_feed->isLive())
                              refresh();
                      });
}

void CampaignsPage::onStatusClicked()
{
    if (const auto campaign = selectedCampaign())
        Q_EMIT statusRequested(campaign->id);
}
