#include "console/servers/serverspage.h"

#include "common/protocol.h"
#include "console/main/deleteconfirmation.h"
#include "console/main/messagelabel.h"
#include "console/models/servertablemodel.h"
#include "console/servers/databasepanel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/net/livelistfeed.h"
#include "console/servers/serverdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Protocol;

ServersPage::ServersPage(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    buildUi();
    retranslateUi();
    updateButtons();

    m_feed = new LiveListFeed(client, Type::ServersList, Topic::Servers, Event::ServersChanged, this);
    connect(m_feed, &LiveListFeed::listed, this, &ServersPage::applyList);
    connect(m_feed, &LiveListFeed::refreshed, this, &ServersPage::clearMessage);
    connect(m_feed, &LiveListFeed::listFailed, this, [this](const ProtocolMessage &reply) {
        showMessage([reply] {
            return tr("Could not load the servers: %1").arg(ErrorText::forReply(reply));
        });
    });
    m_feed->start();
}

void ServersPage::buildUi()
{
    setObjectName(QStringLiteral("serversPage"));
    m_model = new ServerTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServerTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("serversView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServerTableModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServerTableModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(ServerTableModel::Host, QHeaderView::Stretch);
    header->resizeSection(ServerTableModel::Name, 180);

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
    m_refreshButton = makeButton("refreshButton");

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_stopButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    m_voicePart = new QWidget(this);
    m_voicePart->setObjectName(QStringLiteral("voiceServersPart"));
    auto voiceLayout = new QVBoxLayout(m_voicePart);
    voiceLayout->addLayout(buttons);
    voiceLayout->addWidget(m_view, 1);
    voiceLayout->addWidget(m_message);

    m_parts = new QTabWidget(this);
    m_parts->setObjectName(QStringLiteral("serversParts"));
    m_parts->setDocumentMode(true);
    m_parts->addTab(m_voicePart, QString());
    // Reads nothing until it is first shown.
    m_databasePanel = new DatabasePanel(m_client, m_parts);
    m_parts->addTab(m_databasePanel, QString());
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_parts);

    connect(m_addButton, &QPushButton::clicked, this, &ServersPage::onAddClicked);
    connect(m_editButton, &QPushButton::clicked, this, &ServersPage::onEditClicked);
    connect(m_deleteButton, &QPushButton::clicked, this, &ServersPage::onDeleteClicked);
    connect(m_startButton, &QPushButton::clicked, this, [this] { setStarted(true); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { setStarted(false); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ServersPage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &ServersPage::onDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServersPage::updateButtons);
    // The selected server may be started or stopped through an event.
    connect(m_model, &ServerTableModel::dataChanged, this, &ServersPage::updateButtons);
    connect(m_model, &ServerTableModel::rowsRemoved, this, &ServersPage::updateButtons);
    connect(m_model, &ServerTableModel::rowsInserted, this, &ServersPage::onRowsInserted);
}

void ServersPage::retranslateUi()
{
    //: Part of the Servers tab: the Asterisk voice nodes
    m_parts->setTabText(m_parts->indexOf(m_voicePart), tr("Voice Servers"));
    //: Part of the Servers tab: the engine's database (the manual's MySQL Server Status)
    m_parts->setTabText(m_parts->indexOf(m_databasePanel), tr("Database"));
    m_addButton->setText(tr("Add Server"));
    m_addButton->setToolTip(tr("Tell the engine about an Asterisk server it may send calls to"));
    m_editButton->setText(tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
    m_startButton->setText(tr("Start"));
    m_startButton->setToolTip(tr("Connect to the selected server and send calls to it"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Send no new calls to the selected server"));
    m_refreshButton->setText(tr("Refresh"));
    m_model->retranslate();
}

void ServersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString ServersPage::messageText() const
{
    return m_message->message();
}

void ServersPage::showMessage(std::function<QString()> text)
{
    m_message->setTranslatedMessage(std::move(text), MessageLabel::Kind::Error);
}

void ServersPage::clearMessage()
{
    m_message->setMessage({}, MessageLabel::Kind::Error);
}

void ServersPage::updateButtons()
{
    const std::optional<ServerRow> selected = selectedServer();
    m_editButton->setEnabled(selected.has_value());
    m_deleteButton->setEnabled(selected.has_value());
    m_startButton->setEnabled(selected && !selected->server.enabled);
    m_stopButton->setEnabled(selected && selected->server.enabled);
}

std::optional<ServerRow> ServersPage::selectedServer() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->serverAt(source.row());
}

bool ServersPage::selectServer(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_proxy->mapFromSource(m_model->index(row, ServerTableModel::Name));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ServersPage::refresh()
{
    m_feed->refresh();
}

void ServersPage::applyList(const QJsonObject &data)
{
    m_model->setServers(ServerRow::listFromJson(data.value(Key::Servers).toArray()));
    if (m_editDialog) {
        if (const auto edited = m_model->serverById(m_editDialog->serverId()))
            m_editDialog->setCurrentlyEnabled(edited->server.enabled);
    }
    updateButtons();
}

void ServersPage::onRowsInserted()
{
    if (m_selectWhenListed != 0 && selectServer(m_selectWhenListed))
        m_selectWhenListed = 0;
    updateButtons();
}

void ServersPage::onAddClicked()
{
    openDialog(std::nullopt);
}

void ServersPage::onEditClicked()
{
    if (const auto server = selectedServer())
        openDialog(server);
}

void ServersPage::onDoubleClicked(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    openDialog(m_model->serverAt(m_proxy->mapToSource(index).row()));
}

void ServersPage::openDialog(const std::optional<ServerRow> &server)
{
    if (!m_client)
        return;
    auto dialog = new ServerDialog(m_client, server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (server)
        m_editDialog = dialog;
    connect(dialog, &ServerDialog::serverSaved, this, [this](qint64 id) {
        clearMessage();
        if (!selectServer(id))
            m_selectWhenListed = id;
        if (!m_feed->isLive())
            refresh();
    });
    // open(), not exec(): no nested event loop while socket replies arrive.
    dialog->open();
}

void ServersPage::onDeleteClicked()
{
    const auto selected = selectedServer();
    if (!selected)
        return;
    const qint64 id = selected->server.id;
    const QString name = selected->server.name;
    DeleteConfirmation::ask(this, tr("Delete Server"),
                            tr("Delete the server \"%1\"?").arg(name),
                            tr("The engine disconnects from it; calls it carries now are "
                               "reported as failed."),
                            [this, id, name] { removeServer(id, name); });
}

void ServersPage::removeServer(qint64 id, const QString &name)
{
    if (!m_client)
        return;
    m_client->request(Type::ServersRemove, {{Key::Id, id}}, this,
                      [this, name](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name] {
                                  return tr("Could not delete the server \"%1\": %2")
                                      .arg(name, ErrorText::forReply(reply));
                              });
                              return;
                          }
                          clearMessage();
                          if (!m_feed->isLive())
                              refresh();
                      });
}

void ServersPage::setStarted(bool started)
{
    const auto selected = selectedServer();
    if (!selected || !m_client)
        return;
    const QString name = selected->server.name;
    m_client->request(started ? Type::ServersStart : Type::ServersStop,
                      {{Key::Id, selected->server.id}}, this,
                      [this, name, started](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name, started] {
                                  const QString error = ErrorText::forReply(reply);
                                  return started
                                      ? tr("Could not start the server \"%1\": %2").arg(name, error)
                                      : tr("Could not stop the server \"%1\": %2").arg(name, error);
                              });
                              return;
                          }
                          clearMessage();
                          if (!m_feed->isLive())
                              refresh();
                      });
}
