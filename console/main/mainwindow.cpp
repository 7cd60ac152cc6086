#include "console/main/mainwindow.h"

#include "console/campaigns/campaignspage.h"
#include "console/logging.h"
#include "console/servers/serverspage.h"
#include "console/status/enginestatusview.h"
#include "console/trunks/trunkspage.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

MainWindow::MainWindow(EngineClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    buildMenus();
    buildCentralWidget();
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    statusBar()->addPermanentWidget(m_connectionLabel, 1);
    retranslateUi();
    resize(900, 560);

    connect(client, &EngineClient::stateChanged, this, &MainWindow::updateConnectionText);
    connect(client, &EngineClient::reconnectCountdownChanged, this,
            &MainWindow::updateConnectionText);
    connect(client, &EngineClient::sessionRestored, this, &MainWindow::updateConnectionText);
}

MainWindow::Access MainWindow::trunksAccess(Role role)
{
    switch (role) {
    case Role::Admin: return Access::Full;
    case Role::AccountsManager: return Access::ReadOnly;
    case Role::Customer:
    case Role::Agent: return Access::None;
    }
    return Access::None;
}

MainWindow::Access MainWindow::serversAccess(Role role)
{
    // Voice servers carry AMI credentials: admins only (as on the engine).
    return role == Role::Admin ? Access::Full : Access::None;
}

MainWindow::Access MainWindow::campaignsAccess(Role role)
{
    // Admins see every campaign, customers their own (the engine filters).
    switch (role) {
    case Role::Admin:
    case Role::Customer: return Access::Full;
    case Role::AccountsManager:
    case Role::Agent: return Access::None;
    }
    return Access::None;
}

QString MainWindow::roleText(Role role)
{
    switch (role) {
    case Role::Admin: return tr("administrator");
    case Role::Customer: return tr("customer");
    case Role::Agent: return tr("agent");
    case Role::AccountsManager: return tr("accounts manager");
    }
    return {};
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_logoutAction = m_fileMenu->addAction(QString());
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString());
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_logoutAction, &QAction::triggered, this, [this] {
        m_leaving = true;
        Q_EMIT logoutRequested();
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAboutTriggered);
}

void MainWindow::buildCentralWidget()
{
    const Role role = m_client->role().value_or(Role::Customer);
    const Access trunks = trunksAccess(role);
    const Access servers = serversAccess(role);
    const Access campaigns = campaignsAccess(role);
    if (trunks == Access::None && servers == Access::None && campaigns == Access::None) {
        // Better a plain sentence than an empty window that looks broken.
        m_nothingLabel = new QLabel(this);
        m_nothingLabel->setObjectName(QStringLiteral("nothingToManageLabel"));
        m_nothingLabel->setAlignment(Qt::AlignCenter);
        m_nothingLabel->setWordWrap(true);
        m_nothingLabel->setMargin(24);
        setCentralWidget(m_nothingLabel);
        return;
    }
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    // In the manual's menu order: ... Servers, Trunks, Campaigns, Engine Status.
    if (servers != Access::None) {
        m_serversPage = new ServersPage(m_client, m_tabs);
        m_tabs->addTab(m_serversPage, QString());
    }
    if (trunks != Access::None) {
        m_trunksPage = new TrunksPage(m_client, trunks == Access::ReadOnly, m_tabs);
        m_tabs->addTab(m_trunksPage, QString());
    }
    if (campaigns != Access::None)
        addCampaignTabs();
    setCentralWidget(m_tabs);
}

void MainWindow::addCampaignTabs()
{
    const Role role = m_client->role().value_or(Role::Customer);
    m_campaignsPage = new CampaignsPage(m_client, trunksAccess(role) != Access::None, m_tabs);
    m_tabs->addTab(m_campaignsPage, QString());
    // The status view chooses among the campaigns the Campaigns page lists.
    m_engineStatusView = new EngineStatusView(m_client, m_campaignsPage->model(), m_tabs);
    m_tabs->addTab(m_engineStatusView, QString());
    connect(m_campaignsPage, &CampaignsPage::statusRequested, this, &MainWindow::onStatusRequested);
}

void MainWindow::onStatusRequested(qint64 campaignId)
{
    m_engineStatusView->showCampaign(campaignId);
    m_tabs->setCurrentWidget(m_engineStatusView);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Torque Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_logoutAction->setText(tr("&Log Out"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Torque Console"));
    if (m_tabs && m_serversPage)
        m_tabs->setTabText(m_tabs->indexOf(m_serversPage), tr("Servers"));
    if (m_tabs && m_trunksPage)
        m_tabs->setTabText(m_tabs->indexOf(m_trunksPage), tr("Trunks"));
    if (m_tabs && m_campaignsPage)
        m_tabs->setTabText(m_tabs->indexOf(m_campaignsPage), tr("Campaigns"));
    if (m_tabs && m_engineStatusView)
        m_tabs->setTabText(m_tabs->indexOf(m_engineStatusView), tr("Engine Status"));
    if (m_nothingLabel) {
        const Role role = m_client ? m_client->role().value_or(Role::Customer) : Role::Customer;
        m_nothingLabel->setText(
            tr("There is nothing your account (%1) may manage in this console yet.\n"
               "Screens for your role will appear here as they become available; "
               "ask your administrator if you expected to see something.")
                .arg(roleText(role)));
    }
    updateConnectionText();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    if (!m_leaving) {
        m_leaving = true;
        Q_EMIT quitRequested();
    }
}

QString MainWindow::connectionText() const
{
    return m_connectionLabel->text();
}

void MainWindow::updateConnectionText()
{
    if (!m_client) {
        m_connectionLabel->setText(tr("Disconnected"));
        return;
    }
    const QString url = m_client->url().toDisplayString();
    switch (m_client->state()) {
    case EngineClient::State::Connected: {
        const auto role = m_client->role();
        m_connectionLabel->setText(
            role ? tr("Connected to %1 as %2 (%3)").arg(url, m_client->userName(), roleText(*role))
                 : tr("Connected to %1").arg(url));
        return;
    }
    case EngineClient::State::Connecting:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(url));
        return;
    case EngineClient::State::Reconnecting: {
        const int seconds = m_client->reconnectSecondsLeft();
        m_connectionLabel->setText(seconds > 0 ? tr("Reconnecting in %1 s…").arg(seconds)
                                               : tr("Reconnecting…"));
        return;
    }
    case EngineClient::State::Disconnected:
        m_connectionLabel->setText(tr("Disconnected"));
        return;
    }
}

void MainWindow::onAboutTriggered()
{
    auto box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Information);
    box->setWindowTitle(tr("About Torque Console"));
    box->setTextFormat(Qt::RichText);
    const QString engine = m_client && !m_client->engineVersion().isEmpty()
        ? m_client->engineVersion()
        : tr("unknown");
    box->setText(tr("<h3>Torque Console %1</h3>"
                    "<p>The desktop console of Torque, an open-source predictive dialer.</p>"
                    "<p>Engine version: %2</p>")
                     .arg(QStringLiteral(TORQUE_VERSION), engine.toHtmlEscaped()));
    box->addButton(tr("Close"), QMessageBox::AcceptRole);
    box->open();
}
