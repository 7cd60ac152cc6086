#pragma once

#include "common/protocolmessage.h"
#include "console/models/databasetablerow.h"

#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class DatabaseConversionView;
class DatabaseSummaryView;
class DatabaseTableModel;
class EngineClient;
class MessageLabel;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class SlowQueryTableModel;

// The Database part of the Servers tab (admins only), the manual's "MySQL
// Server Status" for whichever database the engine uses: the statistics
// (DatabaseSummaryView), every table with its rows, size and storage engine,
// and the statements running slow or waiting for a lock. It reads nothing
// until it is first shown, then refreshes every AutoRefreshMs while it is on
// screen, and on Refresh. Under the tables, DatabaseConversionView converts
// the selected one between InnoDB and MyISAM (MariaDB) and shows progress,
// for which the panel follows the "database" topic.
class DatabasePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabasePanel)

public:
    static constexpr int AutoRefreshMs = 5000;

    explicit DatabasePanel(EngineClient *client, QWidget *parent = nullptr);
    ~DatabasePanel() override;

    DatabaseSummaryView *summary() const { return m_summary; }
    DatabaseTableModel *tableModel() const { return m_tables; }
    SlowQueryTableModel *slowQueryModel() const { return m_slowQueries; }
    DatabaseConversionView *conversionView() const { return m_conversion; }
    QTableView *tablesView() const { return m_tablesView; }
    // Why the last status could not be read; empty when it could.
    QString messageText() const;
    bool isAutoRefreshing() const { return m_timer.isActive(); }
    // True once a status has been shown.
    bool hasStatus() const { return !m_status.isEmpty(); }

    void refresh();
    bool selectTable(const QString &name);
    std::optional<DatabaseTableRow> selectedTable() const;

Q_SIGNALS:
    // A database.status reply has been shown.
    void statusShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    // The panel's own labels (not the models' cells) after a status or a language change.
    void updateTexts();
    void updateSelection();
    void updateSlowQueriesNote();
    void showMessage(std::function<QString()> text);
    void clearMessage();
    void applyStatus(const QJsonObject &status);
    void onStatusReply(const ProtocolMessage &reply);

    QPointer<EngineClient> m_client;
    QTimer m_timer;
    bool m_refreshing = false;
    bool m_subscribed = false;
    QJsonObject m_status;
    QString m_updatedAt;      // when m_status came, "HH:mm:ss"

    DatabaseSummaryView *m_summary = nullptr;
    DatabaseTableModel *m_tables = nullptr;
    SlowQueryTableModel *m_slowQueries = nullptr;
    QSortFilterProxyModel *m_tablesProxy = nullptr;
    QTableView *m_tablesView = nullptr;
    QTableView *m_slowView = nullptr;
    QGroupBox *m_statsBox = nullptr;
    QGroupBox *m_tablesBox = nullptr;
    QGroupBox *m_slowBox = nullptr;
    DatabaseConversionView *m_conversion = nullptr;
    QLabel *m_slowNote = nullptr;
    QLabel *m_updatedLabel = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageLabel *m_message = nullptr;
};
