#pragma once

#include "common/protocolmessage.h"
#include "console/status/statustimeline.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

class CampaignTableModel;
class EngineClient;
class MessageLabel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class StatusChart;
class StatusInfoBar;

// The manual's Engine Status page for one campaign: Start and Stop and the
// pacer at the top, the 720-second graph in the middle, the information bar
// (and, with Debug ticked, the debug bar) underneath. On showing a campaign
// it asks for the last 720 s (engineStatus.history), then follows the
// "engineStatus" topic and adds each second's sample of that campaign; after
// a reconnection it asks for the history again, since samples were missed.
// The campaigns to choose from are those of the Campaigns page's model.
class EngineStatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusView)

public:
    EngineStatusView(EngineClient *client, CampaignTableModel *campaigns, QWidget *parent = nullptr);
    ~EngineStatusView() override;

    // Shows this campaign (0: none): its history, then its live samples.
    void showCampaign(qint64 campaignId);
    qint64 campaignId() const { return m_campaignId; }
    // Adds one sample (an engineStatus.sample event's); false when it is of
    // another campaign or adds nothing.
    bool appendSample(qint64 campaignId, const QJsonObject &sample);
    // Adds the samples of an engineStatus.history reply; false when it is
    // of another campaign.
    bool applyHistory(const QJsonObject &data);

    const StatusTimeline &history() const { return m_history; }
    StatusChart *chart() const { return m_chart; }
    StatusInfoBar *infoBar() const { return m_infoBar; }
    StatusInfoBar *debugBar() const { return m_debugBar; }
    QCheckBox *debugCheckBox() const { return m_debugCheck; }
    QComboBox *campaignCombo() const { return m_campaignCombo; }
    QString pacerText() const;
    // The error (or notice) under the graph; empty when none.
    QString messageText() const;

    // How long a running campaign may go without a sample before the stored
    // ones are fetched again (10 s; tests shorten it).
    void setQuietRefreshInterval(int ms);

    void setDebugVisible(bool visible);
    bool isDebugVisible() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QLayout *buildTopBar();
    void retranslateUi();
    void rebuildCampaignCombo();
    void updateButtons();
    void updateFigures();
    void subscribeOnce();
    void requestHistory();
    void setRunning(bool running);
    void showMessage(std::function<QString()> text, bool error);
    void clearMessage();
    QString campaignPacer() const;

    void onCampaignChosen(int index);
    void onEventReceived(const QString &name, const QJsonObject &data);
    void onSessionRestored();
    void refreshIfQuiet();

    QPointer<EngineClient> m_client;
    QPointer<CampaignTableModel> m_campaigns;
    qint64 m_campaignId = 0;
    bool m_subscribed = false;
    StatusTimeline m_history;
    // A running campaign whose samples do not come live (another engine runs
    // it) is drawn from the stored samples, fetched again every few seconds.
    QTimer m_quietTimer;
    QElapsedTimer m_sinceLastSample;

    QLabel *m_campaignLabel = nullptr;
    QComboBox *m_campaignCombo = nullptr;
    QCheckBox *m_runningOnlyCheck = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_pacerLabel = nullptr;
    QCheckBox *m_debugCheck = nullptr;
    StatusChart *m_chart = nullptr;
    StatusInfoBar *m_infoBar = nullptr;
    StatusInfoBar *m_debugBar = nullptr;
    MessageLabel *m_message = nullptr;
};
