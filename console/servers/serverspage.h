#pragma once

#include "console/models/serverrow.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class DatabasePanel;
class EngineClient;
class LiveListFeed;
class MessageLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ServerDialog;
class ServerTableModel;

// The Servers tab (admins only), in two parts as in the manual. "Voice
// servers", the Asterisk part: the list of voice servers with Add Server,
// Edit, Delete, and the Start/Stop switch, and each server's live state --
// Active, Timeout with the reason, Login failed... -- and calls, which follow
// the "servers" topic as they change. "Database": the DatabasePanel.
class ServersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersPage)

public:
    explicit ServersPage(EngineClient *client, QWidget *parent = nullptr);

    ServerTableModel *model() const { return m_model; }
    DatabasePanel *databasePanel() const { return m_databasePanel; }
    // The two parts: voice servers (index 0) and database (index 1).
    QTabWidget *parts() const { return m_parts; }
    QTableView *view() const { return m_view; }
    // The error the page shows under the table; empty when none.
    QString messageText() const;

    void refresh();
    // Selects the row of this server, if it is listed.
    bool selectServer(qint64 id);
    std::optional<ServerRow> selectedServer() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateButtons();
    void showMessage(std::function<QString()> text);
    void clearMessage();
    void openDialog(const std::optional<ServerRow> &server);
    void removeServer(qint64 id, const QString &name);
    void setStarted(bool started);
    void applyList(const QJsonObject &data);

    void onAddClicked();
    void onEditClicked();
    void onDeleteClicked();
    void onDoubleClicked(const QModelIndex &index);
    void onRowsInserted();

    QPointer<EngineClient> m_client;
    LiveListFeed *m_feed = nullptr;
    qint64 m_selectWhenListed = 0; // a server just added, selected when it appears
    QPointer<ServerDialog> m_editDialog;

    QTabWidget *m_parts = nullptr;
    QWidget *m_voicePart = nullptr;
    DatabasePanel *m_databasePanel = nullptr;
    ServerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageLabel *m_message = nullptr;
};
