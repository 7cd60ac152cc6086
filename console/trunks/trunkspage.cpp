#include "console/trunks/trunkspage.h"

#include "common/protocol.h"
#include "console/main/deleteconfirmation.h"
#include "console/main/messagelabel.h"
#include "console/models/trunktablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/net/livelistfeed.h"
#include "console/trunks/trunkdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Protocol;

TrunksPage::TrunksPage(EngineClient *client, bool readOnly, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_readOnly(readOnly)
{
    buildUi();
    retranslateUi();
    updateButtons();

    m_feed = new LiveListFeed(client, Type::TrunksList, Topic::Trunks, Event::TrunksChanged, this);
    connect(m_feed, &LiveListFeed::listed, this, &TrunksPage::applyList);
    connect(m_feed, &LiveListFeed::refreshed, this, &TrunksPage::clearMessage);
    connect(m_feed, &LiveListFeed::listFailed, this, [this](const ProtocolMessage &reply) {
        showMessage([reply] {
            return tr("Could not load the trunks: %1").arg(ErrorText::forReply(reply));
        });
    });
    m_feed->start();
}

void TrunksPage::buildUi()
{
    setObjectName(QStringLiteral("trunksPage"));
    m_model = new TrunkTableModel(this);
    m_model->setDefaultCheckable(!m_readOnly);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TrunkTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("trunksView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TrunkTableModel::Name, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(TrunkTableModel::Default, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrunkTableModel::Name, QHeaderView::Interactive);
    header->setSectionResizeMode(TrunkTableModel::DialString, QHeaderView::Stretch);
    header->setSectionResizeMode(TrunkTableModel::MaxCps, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TrunkTableModel::MaxChannels, QHeaderView::ResizeToContents);
    header->resizeSection(TrunkTableModel::Name, 180);

    const auto makeButton = [this](const char *name) {
        auto button = new QPushButton(this);
        button->setObjectName(QLatin1String(name));
        return button;
    };
    m_addButton = makeButton("addButton");
    m_editButton = makeButton("editButton");
    m_deleteButton = makeButton("deleteButton");
    m_defaultButton = makeButton("makeDefaultButton");
    m_refreshButton = makeButton("refreshButton");

    auto buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_defaultButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    for (QPushButton *b : {m_addButton, m_editButton, m_deleteButton, m_defaultButton})
        b->setVisible(!m_readOnly);

    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setVisible(m_readOnly);

    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_readOnlyNote);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    connect(m_addButton, &QPushButton::clicked, this, &TrunksPage::onAddClicked);
    connect(m_editButton, &QPushButton::clicked, this, &TrunksPage::onEditClicked);
    connect(m_deleteButton, &QPushButton::clicked, this, &TrunksPage::onDeleteClicked);
    connect(m_defaultButton, &QPushButton::clicked, this, &TrunksPage::onMakeDefaultClicked);
    connect(m_refreshButton, &QPushButton::clicked, this, &TrunksPage::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &TrunksPage::onDoubleClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrunksPage::updateButtons);
    // Selected trunk may become (or stop being) the default through an event.
    connect(m_model, &TrunkTableModel::dataChanged, this, &TrunksPage::updateButtons);
    connect(m_model, &TrunkTableModel::rowsRemoved, this, &TrunksPage::updateButtons);
    connect(m_model, &TrunkTableModel::rowsInserted, this, &TrunksPage::onRowsInserted);
    connect(m_model, &TrunkTableModel::defaultRequested, this, &TrunksPage::setDefaultTrunk);
}

void TrunksPage::retranslateUi()
{
    m_addButton->setText(tr("Add Trunk"));
    m_addButton->setToolTip(tr("Describe a new way of placing calls through the voice nodes"));
    m_editButton->setText(tr("Edit"));
    m_deleteButton->setText(tr("Delete"));
    m_defaultButton->setText(tr("Make Default"));
    m_defaultButton->setToolTip(
        tr("Calls use the default trunk unless a customer has a trunk of their own"));
    m_refreshButton->setText(tr("Refresh"));
    m_readOnlyNote->setText(tr("Your account may view the trunks but not change them."));
    m_model->retranslate();
}

void TrunksPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString TrunksPage::messageText() const
{
    return m_message->message();
}

void TrunksPage::showMessage(std::function<QString()> text)
{
    m_message->setTranslatedMessage(std::move(text), MessageLabel::Kind::Error);
}

void TrunksPage::clearMessage()
{
    m_message->setMessage({}, MessageLabel::Kind::Error);
}

void TrunksPage::updateButtons()
{
    const std::optional<Trunk> selected = selectedTrunk();
    m_editButton->setEnabled(selected.has_value());
    m_deleteButton->setEnabled(selected.has_value());
    m_defaultButton->setEnabled(selected && !selected->isDefault);
}

std::optional<Trunk> TrunksPage::selectedTrunk() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_model->trunkAt(source.row());
}

bool TrunksPage::selectTrunk(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TrunkTableModel::Name));
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                | QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TrunksPage::refresh()
{
    m_feed->refresh();
}

void TrunksPage::applyList(const QJsonObject &data)
{
    m_model->setTrunks(TrunkTableModel::trunksFromJson(data.value(Key::Trunks).toArray()));
    updateButtons();
}

void TrunksPage::onRowsInserted()
{
    if (m_selectWhenListed != 0 && selectTrunk(m_selectWhenListed))
        m_selectWhenListed = 0;
    updateButtons();
}

void TrunksPage::onAddClicked()
{
    openDialog(std::nullopt);
}

void TrunksPage::onEditClicked()
{
    if (const auto trunk = selectedTrunk())
        openDialog(trunk);
}

void TrunksPage::onDoubleClicked(const QModelIndex &index)
{
    if (m_readOnly || !index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    openDialog(m_model->trunkAt(source.row()));
}

void TrunksPage::openDialog(const std::optional<Trunk> &trunk)
{
    if (m_readOnly || !m_client)
        return;
    auto dialog = new TrunkDialog(m_client, trunk, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrunkDialog::trunkSaved, this, [this](const Trunk &saved) {
        clearMessage();
        if (!selectTrunk(saved.id))
            m_selectWhenListed = saved.id;
        if (!m_feed->isLive())
            refresh();
    });
    // open(), not exec(): no nested event loop while socket replies arrive.
    dialog->open();
}

void TrunksPage::onDeleteClicked()
{
    if (const auto trunk = selectedTrunk())
        confirmRemove(*trunk);
}

void TrunksPage::confirmRemove(const Trunk &trunk)
{
    DeleteConfirmation::ask(this, tr("Delete Trunk"), tr("Delete the trunk \"%1\"?").arg(trunk.name),
                            tr("Calls can no longer be placed through it."),
                            [this, trunk] { removeTrunk(trunk); });
}

void TrunksPage::removeTrunk(const Trunk &trunk)
{
    if (!m_client)
        return;
    const QString name = trunk.name;
    m_client->request(Type::TrunksRemove, {{Key::Id, trunk.id}}, this,
                      [this, name](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name] {
                                  return tr("Could not delete the trunk \"%1\": %2")
                                      .arg(name, ErrorText::forReply(reply));
                              });
                              return;
                          }
                          clearMessage();
                          if (!m_feed->isLive())
                              refresh();
                      });
}

void TrunksPage::onMakeDefaultClicked()
{
    if (const auto trunk = selectedTrunk())
        setDefaultTrunk(trunk->id);
}

void TrunksPage::setDefaultTrunk(qint64 id)
{
    if (m_readOnly || !m_client)
        return;
    const std::optional<Trunk> trunk = m_model->trunkById(id);
    const QString name = trunk ? trunk->name : QString::number(id);
    m_client->request(Type::TrunksSetDefault, {{Key::Id, id}}, this,
                      [this, name](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, name] {
                                  return tr("Could not make \"%1\" the default trunk: %2")
                                      .arg(name, ErrorText::forReply(reply));
                              });
                              return;
                          }
                          clearMessage();
                          if (!m_feed->isLive())
                              refresh();
                      });
}
