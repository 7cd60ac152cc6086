#include "console/status/enginestatusview.h"

#include "common/protocol.h"
#include "console/logging.h"
#include "console/main/messagelabel.h"
#include "console/models/campaigntablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/status/statuschart.h"
#include "console/status/statusfigures.h"
#include "console/status/statusinfobar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

using namespace Protocol;

namespace {
constexpr int kQuietCheckMs = 10000;
} // namespace

EngineStatusView::EngineStatusView(EngineClient *client, CampaignTableModel *campaigns, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_campaigns(campaigns)
{
    buildUi();
    retranslateUi();
    rebuildCampaignCombo();
    updateFigures();
    updateButtons();

    connect(client, &EngineClient::eventReceived, this, &EngineStatusView::onEventReceived);
    connect(client, &EngineClient::sessionRestored, this, &EngineStatusView::onSessionRestored);
    // The list follows the Campaigns page's model: new, removed, started, stopped.
    connect(campaigns, &CampaignTableModel::rowsInserted, this, &EngineStatusView::rebuildCampaignCombo);
    connect(campaigns, &CampaignTableModel::rowsRemoved, this, &EngineStatusView::rebuildCampaignCombo);
    connect(campaigns, &CampaignTableModel::modelReset, this, &EngineStatusView::rebuildCampaignCombo);
    connect(campaigns, &CampaignTableModel::dataChanged, this, &EngineStatusView::rebuildCampaignCombo);
    m_quietTimer.setInterval(kQuietCheckMs);
    connect(&m_quietTimer, &QTimer::timeout, this, &EngineStatusView::refreshIfQuiet);
    m_quietTimer.start();
    m_sinceLastSample.start();
}

EngineStatusView::~EngineStatusView()
{
    if (m_client && m_subscribed)
        m_client->unsubscribe(Topic::EngineStatus);
}

void EngineStatusView::buildUi()
{
    setObjectName(QStringLiteral("engineStatusView"));
    m_chart = new StatusChart(this);
    m_infoBar = new StatusInfoBar(StatusInfoBar::Kind::Summary, this);
    m_debugBar = new StatusInfoBar(StatusInfoBar::Kind::Debug, this);
    m_debugBar->hide();
    m_message = new MessageLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));

    auto layout = new QVBoxLayout(this);
    layout->addLayout(buildTopBar());
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_debugBar);
    layout->addWidget(m_message);
}

QLayout *EngineStatusView::buildTopBar()
{
    m_campaignCombo = new QComboBox(this);
    m_campaignCombo->setObjectName(QStringLiteral("campaignCombo"));
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_campaignCombo->setMinimumContentsLength(20);
    m_campaignLabel = new QLabel(this);
    m_campaignLabel->setBuddy(m_campaignCombo);
    m_runningOnlyCheck = new QCheckBox(this);
    m_runningOnlyCheck->setObjectName(QStringLiteral("runningOnlyCheck"));
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_pacerLabel = new QLabel(this);
    m_pacerLabel->setObjectName(QStringLiteral("pacerLabel"));
    m_debugCheck = new QCheckBox(this);
    m_debugCheck->setObjectName(QStringLiteral("debugCheck"));

    auto bar = new QHBoxLayout;
    bar->addWidget(m_campaignLabel);
    bar->addWidget(m_campaignCombo);
    bar->addWidget(m_runningOnlyCheck);
    bar->addWidget(m_startButton);
    bar->addWidget(m_stopButton);
    bar->addStretch();
    bar->addWidget(m_pacerLabel);
    bar->addWidget(m_debugCheck);

    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this, &EngineStatusView::onCampaignChosen);
    connect(m_runningOnlyCheck, &QCheckBox::toggled, this, &EngineStatusView::rebuildCampaignCombo);
    connect(m_startButton, &QPushButton::clicked, this, [this] { setRunning(true); });
    connect(m_stopButton, &QPushButton::clicked, this, [this] { setRunning(false); });
    connect(m_debugCheck, &QCheckBox::toggled, this, &EngineStatusView::setDebugVisible);
    return bar;
}

void EngineStatusView::retranslateUi()
{
    m_campaignLabel->setText(tr("&Campaign:"));
    m_runningOnlyCheck->setText(tr("&Running only"));
    m_startButton->setText(tr("Start"));
    m_startButton->setToolTip(tr("Start dialling this campaign"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Dial nothing new; calls in progress finish"));
    m_debugCheck->setText(tr("&Debug"));
    m_debugCheck->setToolTip(tr("Show the pacer's time between calls (yellow) and its inner figures"));
    rebuildCampaignCombo();
    updateFigures();
}

void EngineStatusView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EngineStatusView::rebuildCampaignCombo()
{
    QList<Campaign> campaigns = m_campaigns ? m_campaigns->campaigns() : QList<Campaign>();
    std::sort(campaigns.begin(), campaigns.end(), [](const Campaign &a, const Campaign &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const bool runningOnly = m_runningOnlyCheck->isChecked();
    // The items change under the user's choice: no "chosen" signal for that.
    const QSignalBlocker blocker(m_campaignCombo);
    m_campaignCombo->clear();
    m_campaignCombo->addItem(tr("(choose a campaign)"), qint64(0));
    bool shownListed = m_campaignId == 0;
    for (const Campaign &c : std::as_const(campaigns)) {
        const bool running = c.status == Campaign::Status::Running;
        // The campaign on screen stays in the list even once it has stopped.
        if (runningOnly && !running && c.id != m_campaignId)
            continue;
        m_campaignCombo->addItem(running ? tr("%1 (running)").arg(c.name) : c.name, c.id);
        shownListed = shownListed || c.id == m_campaignId;
    }
    if (!shownListed) // not (yet) in the campaigns list
        m_campaignCombo->addItem(tr("Campaign %1").arg(m_campaignId), m_campaignId);
    m_campaignCombo->setCurrentIndex(std::max(0, m_campaignCombo->findData(m_campaignId)));
    updateButtons();
}

void EngineStatusView::onCampaignChosen(int index)
{
    showCampaign(m_campaignCombo->itemData(index).toLongLong());
}

void EngineStatusView::showCampaign(qint64 campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    m_history.clear();
    clearMessage();
    rebuildCampaignCombo();
    updateFigures();
    if (campaignId == 0)
        return;
    subscribeOnce();
    requestHistory();
}

void EngineStatusView::subscribeOnce()
{
    if (m_subscribed || !m_client)
        return;
    m_subscribed = true;
    m_client->subscribe(Topic::EngineStatus, this, [this](const ProtocolMessage &reply) {
        // No connection right now: the client subscribes again on reconnecting.
        if (reply.isOk() || reply.error() == ErrorCode::Internal)
            return;
        qCWarning(lcConsoleUi) << "no live engine status:" << errorCodeName(reply.error()) << reply.errorMessage();
        showMessage([reply] { return tr("No live figures: %1").arg(ErrorText::forReply(reply)); }, true);
    });
}

void EngineStatusView::requestHistory()
{
    if (!m_client || m_campaignId == 0)
        return;
    const qint64 id = m_campaignId;
    m_client->request(Type::EngineStatusHistory, {{Key::CampaignId, id}}, this,
                      [this, id](const ProtocolMessage &reply) {
                          if (id != m_campaignId)
                              return; // the user has moved on to another campaign
                          if (!reply.isOk()) {
                              showMessage([reply] {
                                  return tr("Could not load the recent figures: %1").arg(ErrorText::forReply(reply));
                              }, true);
                              return;
                          }
                          applyHistory(reply.data());
                      });
}

bool EngineStatusView::applyHistory(const QJsonObject &data)
{
    if (m_campaignId == 0 || qint64(data.value(Key::CampaignId).toDouble()) != m_campaignId)
        return false;
    const qsizetype before = m_history.size();
    m_history.merge(data.value(Key::Samples).toArray());
    if (m_history.size() != before)
        m_sinceLastSample.restart();
    if (m_history.isEmpty()) {
        showMessage([] { return tr("No figures yet: the campaign has not run on this engine lately."); },
                    false);
    } else {
        clearMessage();
    }
    updateFigures();
    return true;
}

bool EngineStatusView::appendSample(qint64 campaignId, const QJsonObject &sample)
{
    if (m_campaignId == 0 || campaignId != m_campaignId || !m_history.append(sample))
        return false;
    m_sinceLastSample.restart();
    if (m_message->kind() == MessageLabel::Kind::Info)
        clearMessage(); // "no figures yet" no longer holds
    updateFigures();
    return true;
}

void EngineStatusView::onEventReceived(const QString &name, const QJsonObject &data)
{
    if (name != Event::EngineStatusSample)
        return;
    const QJsonValue sample = data.value(Key::Sample);
    if (!sample.isObject())
        return;
    appendSample(qint64(data.value(Key::CampaignId).toDouble()), sample.toObject());
}

void EngineStatusView::onSessionRestored()
{
    // Samples were missed while the connection was down.
    requestHistory();
}

void EngineStatusView::setQuietRefreshInterval(int ms)
{
    m_quietTimer.setInterval(ms);
}

void EngineStatusView::refreshIfQuiet()
{
    const std::optional<Campaign> campaign =
        m_campaigns ? m_campaigns->campaignById(m_campaignId) : std::nullopt;
    if (!campaign || campaign->status != Campaign::Status::Running
        || m_sinceLastSample.elapsed() < m_quietTimer.interval())
        return;
    requestHistory();
}

void EngineStatusView::updateFigures()
{
    const QJsonObject latest = m_history.latest();
    m_chart->showHistory(m_history);
    m_infoBar->setSample(latest);
    m_debugBar->setSample(latest);
    m_pacerLabel->setText(m_campaignId == 0 ? QString() : StatusFigures::pacerText(latest, campaignPacer()));
}

QString EngineStatusView::campaignPacer() const
{
    if (!m_campaigns)
        return {};
    const std::optional<Campaign> campaign = m_campaigns->campaignById(m_campaignId);
    return campaign ? campaign->pacer : QString();
}

QString EngineStatusView::pacerText() const
{
    return m_pacerLabel->text();
}

void EngineStatusView::updateButtons()
{
    const std::optional<Campaign> campaign =
        m_campaigns ? m_campaigns->campaignById(m_campaignId) : std::nullopt;
    const bool running = campaign && campaign->status == Campaign::Status::Running;
    m_startButton->setEnabled(campaign && !running);
    m_stopButton->setEnabled(running);
}

void EngineStatusView::setRunning(bool running)
{
    if (!m_client || m_campaignId == 0)
        return;
    m_client->request(running ? Type::CampaignsStart : Type::CampaignsStop, {{Key::Id, m_campaignId}}, this,
                      [this, running](const ProtocolMessage &reply) {
                          if (!reply.isOk()) {
                              showMessage([reply, running] {
                                  const QString error = ErrorText::forReply(reply);
                                  return running ? tr("Could not start the campaign: %1").arg(error)
                                                 : tr("Could not stop the campaign: %1").arg(error);
                              }, true);
                              return;
                          }
                          clearMessage();
                          if (m_campaigns)
                              m_campaigns->updateCampaign(CampaignTableModel::campaignFromJson(
                                  reply.data().value(Key::Campaign).toObject()));
                      });
}

void EngineStatusView::setDebugVisible(bool visible)
{
    if (m_debugCheck->isChecked() != visible)
        m_debugCheck->setChecked(visible); // comes back here through toggled
    m_chart->setDebugVisible(visible);
    m_debugBar->setVisible(visible);
}

bool EngineStatusView::isDebugVisible() const
{
    return m_chart->isDebugVisible();
}

QString EngineStatusView::messageText() const
{
    return m_message->message();
}

void EngineStatusView::showMessage(std::function<QString()> text, bool error)
{
    m_message->setTranslatedMessage(std::move(text), error ? MessageLabel::Kind::Error : MessageLabel::Kind::Info);
}

void EngineStatusView::clearMessage()
{
    m_message->setMessage({}, MessageLabel::Kind::Error);
}
