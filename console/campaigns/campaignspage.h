#pragma once

#include "common/campaign.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class CampaignTableModel;
class EngineClient;
class LiveListFeed;
class MessageLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// The Campaigns tab: the manual's "View Campaigns" list with Add, Edit,
// Delete, Start and Stop, and a way to the campaign's Engine Status. It
// follows the "campaigns" topic (LiveListFeed), so a campaign started from
// another console, or a run that ends by itself, shows up at once. A
// customer sees only their own campaigns (the engine decides). Trunks are
// named when the role may list them, else shown by id.
class CampaignsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    CampaignsPage(EngineClient *client, bool canListTrunks, QWidget *parent = nullptr);

    CampaignTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The error (or notice) the page shows under the table; empty when none.
    QString messageText() const;

    void refresh();
    // Selects the row of this campaign, if it is listed.
    bool selectCampaign(qint64 id);
    std::optional<Campaign> selectedCampaign() const;

Q_SIGNALS:
    // The user asked for the Engine Status of this campaign.
    void statusRequested(qint64 campaignId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateButtons();
    void showMessage(std::function<QString()> text);
    void clearMessage();
    void applyList(const QJsonObject &data);
    void listTrunks();
    void applyTrunks(const QJsonObject &data);
    void openDialog(const std::optional<Campaign> &campaign);
    void confirmRemove(const Campaign &campaign);
    void removeCampaign(const Campaign &campaign);
    void setRunning(bool running);

    void onEditClicked();
    void onDeleteClicked();
    void onStatusClicked();
    void onDoubleClicked(const QModelIndex &index);
    void onRowsInserted();
    void onEventReceived(const QString &name, const QJsonObject &data);

    QPointer<EngineClient> m_client;
    const bool m_canListTrunks;
    LiveListFeed *m_feed = nullptr;
    qint64 m_selectWhenListed = 0; // a campaign just added, selected when it appears

    CampaignTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    MessageLabel *m_message = nullptr;
};
