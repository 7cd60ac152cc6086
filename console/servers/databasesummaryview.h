#pragma once

#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QLabel;

// The top of the Database part of the Servers tab, the manual's "Database
// Statistics": which database and version, its uptime (the engine's on
// SQLite), queries with queries per second (transactions on PostgreSQL),
// size, SQLite's journal mode, and the numbers that have no random order
// key -- in red when there are any, since those would be dialled in the
// order they were loaded. Fed with database.status replies.
class DatabaseSummaryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSummaryView)

public:
    explicit DatabaseSummaryView(QWidget *parent = nullptr);

    void setStatus(const QJsonObject &status);

    // "MariaDB", "PostgreSQL", "SQLite", from database.status's backend.
    static QString backendText(const QString &backend);
    // "26 days, 12:28:54"; the manual's hours:minutes:seconds under a day.
    static QString durationText(qint64 seconds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *addRow(const char *name);
    QString queriesText() const;

    QJsonObject m_status;
    QFormLayout *m_form = nullptr;
    QLabel *m_backend = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_uptime = nullptr;
    QLabel *m_queries = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_journalMode = nullptr;
    QLabel *m_unrandomised = nullptr;
};
