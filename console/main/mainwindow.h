#pragma once

#include "common/role.h"
#include "console/net/engineclient.h"

#include <QMainWindow>
#include <QPointer>

class CampaignsPage;
class EngineStatusView;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class ServersPage;
class TrunksPage;

// The console after login: one tab per screen the user's role may use (the
// engine enforces the same rules; hiding a tab is a courtesy), or a page
// saying there is nothing to manage yet. The status bar follows the
// connection live.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Access { None, ReadOnly, Full };

    explicit MainWindow(EngineClient *client, QWidget *parent = nullptr);

    // Null when the role has no tab at all.
    QTabWidget *tabs() const { return m_tabs; }
    // Null when the role may not see trunks.
    TrunksPage *trunksPage() const { return m_trunksPage; }
    // Null unless the user is an admin.
    ServersPage *serversPage() const { return m_serversPage; }
    // Null when the role may not see campaigns.
    CampaignsPage *campaignsPage() const { return m_campaignsPage; }
    EngineStatusView *engineStatusView() const { return m_engineStatusView; }
    QString connectionText() const;

    static Access trunksAccess(Role role);
    static Access serversAccess(Role role);
    static Access campaignsAccess(Role role);
    static QString roleText(Role role);

Q_SIGNALS:
    void logoutRequested();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildCentralWidget();
    void addCampaignTabs();
    void onStatusRequested(qint64 campaignId);
    void retranslateUi();
    void updateConnectionText();
    void onAboutTriggered();

    QPointer<EngineClient> m_client;
    QTabWidget *m_tabs = nullptr;
    TrunksPage *m_trunksPage = nullptr;
    ServersPage *m_serversPage = nullptr;
    CampaignsPage *m_campaignsPage = nullptr;
    EngineStatusView *m_engineStatusView = nullptr;
    QLabel *m_nothingLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    bool m_leaving = false; // logout or quit already announced
};
