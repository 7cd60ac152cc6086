#include "console/servers/databasepanel.h"

#include "common/protocol.h"
#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/models/databasetablemodel.h"
#include "console/models/slowquerytablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/servers/databaseconversionview.h"
#include "console/servers/databasesummaryview.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

using namespace Protocol;

namespace {

QTableView *makeView(QWidget *parent, const char *name)
{
    auto view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QGroupBox *makeBox(QWidget *parent, const char *name)
{
    auto box = new QGroupBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

} // namespace

DatabasePanel::DatabasePanel(EngineClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
{
    buildUi();
    retranslateUi();
    m_timer.setInterval(AutoRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &DatabasePanel::refresh);
    if (client) {
        connect(client, &EngineClient::sessionRestored, this, [this] {
            if (isVisible())
                refresh();
        });
    }
}

DatabasePanel::~DatabasePanel()
{
    if (m_client && m_subscribed)
        m_client->unsubscribe(Topic::Database);
}

void DatabasePanel::buildUi()
{
    setObjectName(QStringLiteral("databasePanel"));
    m_summary = new DatabaseSummaryView(this);
    m_statsBox = makeBox(this, "databaseStatsBox");
    auto statsLayout = new QVBoxLayout(m_statsBox);
    statsLayout->addWidget(m_summary);

    m_tables = new DatabaseTableModel(this);
    m_tablesProxy = new QSortFilterProxyModel(this);
    m_tablesProxy->setSourceModel(m_tables);
    m_tablesProxy->setSortRole(DatabaseTableModel::SortRole);
    m_tablesView = makeView(this, "databaseTablesView");
    m_tablesView->setModel(m_tablesProxy);
    m_tablesView->setSortingEnabled(true);
    m_tablesView->sortByColumn(DatabaseTableModel::Name, Qt::AscendingOrder);
    m_conversion = new DatabaseConversionView(m_client, this);
    m_tablesBox = makeBox(this, "databaseTablesBox");
    auto tablesLayout = new QVBoxLayout(m_tablesBox);
    tablesLayout->addWidget(m_tablesView, 1);
    tablesLayout->addWidget(m_conversion);

    m_slowQueries = new SlowQueryTableModel(this);
    m_slowView = makeView(this, "slowQueriesView");
    m_slowView->setModel(m_slowQueries);
    m_slowView->hide();
    m_slowNote = new QLabel(this);
    m_slowNote->setObjectName(QStringLiteral("slowQueriesNote"));
    m_slowNote->setWordWrap(true);
    m_slowBox = makeBox(this, "slowQueriesBox");
    auto slowLayout = new QVBoxLayout(m_slowBox);
    slowLayout->addWidget(m_slowNote);
    slowLayout->addWidget(m_slowView, 1);

    m_refreshButton = new QPushButton(this);
    m_refreshButton->setObjectName(QStringLiteral("databaseRefreshButton"));
    m_updatedLabel = new QLabel(this);
    m_updatedLabel->setObjectName(QStringLiteral("updatedLabel"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("databaseMessageLabel"));
    auto top = new QHBoxLayout;
    top->addWidget(m_updatedLabel, 1);
    top->addWidget(m_refreshButton);

    auto layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_statsBox);
    layout->addWidget(m_tablesBox, 3);
    layout->addWidget(m_slowBox, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &DatabasePanel::refresh);
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DatabasePanel::updateSelection);
    // A refresh may change what the selected table converts to.
    connect(m_tables, &DatabaseTableModel::dataChanged, this, &DatabasePanel::updateSelection);
    connect(m_conversion, &DatabaseConversionView::conversionEnded, this, &DatabasePanel::refresh);
}

void DatabasePanel::retranslateUi()
{
    updateTexts();
    m_tables->retranslate();
    m_slowQueries->retranslate();
}

void DatabasePanel::updateTexts()
{
    m_statsBox->setTitle(tr("Database Statistics"));
    m_tablesBox->setTitle(tr("Database Tables"));
    m_slowBox->setTitle(tr("Slow or Locking Queries"));
    m_refreshButton->setText(tr("Refresh"));
    //: %1 is a time of day
    m_updatedLabel->setText(hasStatus() ? tr("Updated at %1").arg(m_updatedAt)
                                        : tr("Reading the database status…"));
    updateSlowQueriesNote();
}

void DatabasePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatabasePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client && !m_subscribed) {
        // Conversion progress, also of conversions other consoles start.
        m_subscribed = true;
        m_client->subscribe(Topic::Database, this, [](const ProtocolMessage &reply) {
            if (!reply.isOk())
                qCInfo(lcConsoleUi) << "no database progress events:" << reply.errorMessage();
        });
    }
    refresh();
    m_timer.start();
}

void DatabasePanel::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QString DatabasePanel::messageText() const
{
    return m_message->message();
}

void DatabasePanel::showMessage(std::function<QString()> text)
{
    m_message->setTranslatedMessage(std::move(text), MessageLabel::Kind::Error);
}

void DatabasePanel::clearMessage()
{
    m_message->setMessage({}, MessageLabel::Kind::Error);
}

void DatabasePanel::refresh()
{
    if (!m_client || m_refreshing)
        return;
    m_refreshing = true;
    m_client->request(Type::DatabaseStatus, {}, this,
                      [this](const ProtocolMessage &reply) { onStatusReply(reply); });
}

void DatabasePanel::onStatusReply(const ProtocolMessage &reply)
{
    m_refreshing = false;
    if (!reply.isOk()) {
        showMessage([reply] {
            return tr("Could not read the database status: %1").arg(ErrorText::forReply(reply));
        });
        return;
    }
    clearMessage();
    applyStatus(reply.data());
    Q_EMIT statusShown();
}

void DatabasePanel::applyStatus(const QJsonObject &status)
{
    m_status = status;
    m_updatedAt = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    m_summary->setStatus(status);
    m_tables->setTables(DatabaseTableRow::listFromJson(status.value(Key::Tables).toArray()));
    m_slowQueries->setQueries(SlowQueryRow::listFromJson(status.value(Key::SlowQueries).toArray()));
    m_conversion->setStatus(status);
    updateSelection();
    updateTexts();
}

void DatabasePanel::updateSlowQueriesNote()
{
    if (!hasStatus()) {
        m_slowNote->clear();
        return;
    }
    const bool available = m_status.value(Key::SlowQueriesAvailable).toBool();
    const int seconds = m_status.value(Key::SlowQuerySeconds).toInt();
    const bool any = m_slowQueries->rowCount() > 0;
    m_slowView->setVisible(available && any);
    if (!available) {
        m_slowNote->setText(m_status.value(Key::Backend).toString() == DatabaseBackend::Sqlite
                                ? tr("SQLite keeps no list of running statements.")
                                : tr("The database did not let the engine see its running statements."));
    } else if (!any) {
        m_slowNote->setText(tr("None: no statement has been running for %n second(s) or more, "
                               "and none is waiting for a lock.", nullptr, seconds));
    } else {
        m_slowNote->setText(tr("Statements running for %n second(s) or more, or waiting for a "
                               "lock another connection holds.", nullptr, seconds));
    }
}

std::optional<DatabaseTableRow> DatabasePanel::selectedTable() const
{
    const QModelIndexList rows = m_tablesView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_tablesProxy->mapToSource(rows.constFirst());
    if (!source.isValid())
        return std::nullopt;
    return m_tables->tableAt(source.row());
}

bool DatabasePanel::selectTable(const QString &name)
{
    const int row = m_tables->rowOfId(name);
    if (row < 0)
        return false;
    const QModelIndex index =
        m_tablesProxy->mapFromSource(m_tables->index(row, DatabaseTableModel::Name));
    m_tablesView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    m_tablesView->setCurrentIndex(index);
    m_tablesView->scrollTo(index);
    return true;
}

void DatabasePanel::updateSelection()
{
    m_conversion->setSelectedTable(selectedTable());
}
