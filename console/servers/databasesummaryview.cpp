#include "console/servers/databasesummaryview.h"

#include "common/protocol.h"
#include "console/models/databasetablemodel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

using namespace Protocol;

namespace {

const QString kUnknown = QStringLiteral("\u2014");

QString rateText(double perSecond)
{
    return QLocale().toString(perSecond, 'f', 3);
}

} // namespace

DatabaseSummaryView::DatabaseSummaryView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("databaseSummary"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_backend = addRow("backendValue");
    m_version = addRow("versionValue");
    m_uptime = addRow("uptimeValue");
    m_queries = addRow("queriesValue");
    m_size = addRow("sizeValue");
    m_journalMode = addRow("journalModeValue");
    m_unrandomised = addRow("unrandomisedValue");
    m_form->setRowVisible(m_journalMode, false);
    retranslateUi();
}

QLabel *DatabaseSummaryView::addRow(const char *name)
{
    auto value = new QLabel(kUnknown, this);
    value->setObjectName(QLatin1String(name));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The caption is set (and translated) by retranslateUi().
    m_form->addRow(new QLabel(this), value);
    return value;
}

void DatabaseSummaryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DatabaseSummaryView::setStatus(const QJsonObject &status)
{
    m_status = status;
    retranslateUi();
}

QString DatabaseSummaryView::backendText(const QString &backend)
{
    if (backend == DatabaseBackend::MariaDb)
        return tr("MariaDB");
    if (backend == DatabaseBackend::PostgreSql)
        return tr("PostgreSQL");
    if (backend == DatabaseBackend::Sqlite)
        return tr("SQLite");
    return backend;
}

QString DatabaseSummaryView::durationText(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const qint64 rest = seconds % 86400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg(rest / 3600, 2, 10, QLatin1Char('0'))
                              .arg((rest % 3600) / 60, 2, 10, QLatin1Char('0'))
                              .arg(rest % 60, 2, 10, QLatin1Char('0'));
    if (days == 0)
        return clock;
    //: Uptime over a day; %1 is hours:minutes:seconds
    return tr("%n day(s), %1", nullptr, int(days)).arg(clock);
}

QString DatabaseSummaryView::queriesText() const
{
    if (!m_status.contains(Key::Queries)) {
        if (m_status.value(Key::Backend).toString() == DatabaseBackend::Sqlite)
            return tr("not counted by SQLite");
        return kUnknown;
    }
    const QString count = QLocale().toString(m_status.value(Key::Queries).toInteger());
    if (!m_status.contains(Key::QueriesPerSecond))
        return count;
    const QString average = rateText(m_status.value(Key::QueriesPerSecond).toDouble());
    if (!m_status.contains(Key::RecentQueriesPerSecond))
        //: Queries: count (average per second since the server started)
        return tr("%1 (%2/s on average)").arg(count, average);
    //: Queries: count (average per second since the server started, and since the last refresh)
    return tr("%1 (%2/s on average, %3/s now)")
        .arg(count, average, rateText(m_status.value(Key::RecentQueriesPerSecond).toDouble()));
}

void DatabaseSummaryView::retranslateUi()
{
    const auto label = [this](QLabel *value, const QString &text) {
        if (auto caption = qobject_cast<QLabel *>(m_form->labelForField(value)))
            caption->setText(text);
    };
    const bool sqlite = m_status.value(Key::Backend).toString() == DatabaseBackend::Sqlite;
    const bool transactions = m_status.value(Key::QueriesKind).toString() == DatabaseFigure::Transactions;
    label(m_backend, tr("Database:"));
    label(m_version, tr("Version:"));
    label(m_uptime, sqlite ? tr("Engine uptime:") : tr("Uptime:"));
    label(m_queries, transactions ? tr("Transactions:") : tr("Queries:"));
    label(m_size, tr("Size:"));
    label(m_journalMode, tr("Journal mode:"));
    label(m_unrandomised, tr("Numbers without a random order key:"));

    if (m_status.isEmpty())
        return;
    m_backend->setText(backendText(m_status.value(Key::Backend).toString()));
    m_version->setText(m_status.value(Key::ServerVersion).toString());
    m_uptime->setText(m_status.contains(Key::UptimeSeconds)
                          ? durationText(m_status.value(Key::UptimeSeconds).toInteger())
                          : kUnknown);
    m_uptime->setToolTip(sqlite ? tr("SQLite has no server: this is how long the engine has been running.")
                                : QString());
    m_queries->setText(queriesText());
    m_queries->setToolTip(transactions
                              ? tr("PostgreSQL counts transactions (commits and rollbacks) of this "
                                   "database rather than single statements.")
                              : QString());
    m_size->setText(DatabaseTableModel::sizeText(
        m_status.contains(Key::SizeBytes) ? std::optional<qint64>(m_status.value(Key::SizeBytes).toInteger())
                                          : std::nullopt));
    const QString journal = m_status.value(Key::JournalMode).toString();
    m_form->setRowVisible(m_journalMode, !journal.isEmpty());
    m_journalMode->setText(journal.toUpper());

    if (!m_status.contains(Key::NumbersWithoutRandomKey)) {
        m_unrandomised->setText(kUnknown);
        m_unrandomised->setStyleSheet(QString());
        m_unrandomised->setToolTip(QString());
        return;
    }
    const qint64 unrandomised = m_status.value(Key::NumbersWithoutRandomKey).toInteger();
    m_unrandomised->setText(QLocale().toString(unrandomised));
    m_unrandomised->setStyleSheet(unrandomised > 0 ? QStringLiteral("color: #b71c1c; font-weight: bold;")
                                                   : QString());
    m_unrandomised->setToolTip(
        tr("Numbers still to dial whose random order key was never set, for example because "
           "they were loaded straight into the database. They would be dialled in the order "
           "they were loaded instead of at random; import them through Torque instead."));
}
