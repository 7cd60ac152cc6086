#include "common/protocol.h"
#include "console/main/languagemanager.h"
#include "console/models/campaigntablemodel.h"
#include "console/net/engineclient.h"
#include "console/status/enginestatusview.h"
#include "console/status/statuschart.h"
#include "console/status/statusinfobar.h"
#include "tests/console/fakeengineserver.h"

#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineSeries>
#include <QLinearGradient>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 15000;
constexpr qint64 kStart = Q_INT64_C(1700000000000);
constexpr qint64 kCampaign = 7;

// A sample as the manual's example bar reads it, second `second` of the run.
QJsonObject fullSample(qint64 second, double busyPercent = 62.5, double cps = 29.0, double ms = 33.547)
{
    return {
        {StatusKey::Time, double(kStart + second * 1000)},
        {StatusKey::ElapsedSeconds, 95 * 60 + 12},
        {StatusKey::Dialed, 92006},
        {StatusKey::BusyAgents, 5},
        {StatusKey::Agents, 8},
        {StatusKey::BusyPercent, busyPercent},
        {StatusKey::AverageBusyPercent, 30.2},
        {StatusKey::MsBetweenCalls, ms},
        {StatusKey::Cps, cps},
        {StatusKey::BoostPercent, 2.53},
        {StatusKey::HumanAnswered, 400},
        {StatusKey::Connected, 390},
        {StatusKey::Abandoned, 10},
        {StatusKey::AbandonRate, 0.025},
        {StatusKey::WindowAbandonRate, 0.021},
        {StatusKey::AbandonCap, 0.03},
        {StatusKey::Pacer, QStringLiteral("smoothtorque")},
        {StatusKey::Mode, QStringLiteral("time-between-calls")},
        {StatusKey::DbQueue, 0},
        {StatusKey::Weight, 33.9},
        {StatusKey::Cad, 5.2},
        {StatusKey::OversPercent, 0},
        {StatusKey::ScaleMinMs, 33.33},
        {StatusKey::ScaleMaxMs, 187.19},
        {StatusKey::Funnel, 20},
        {StatusKey::TargetPercent, 59.08},
        {StatusKey::ElasticityPercent, 71.99},
        {StatusKey::AnswerRateEstimate, 0.31},
    };
}

Campaign campaign(qint64 id, const QString &name, Campaign::Status status)
{
    Campaign c;
    c.id = id;
    c.name = name;
    c.maxConnected = 8;
    c.status = status;
    c.pacer = QStringLiteral("smoothtorque");
    return c;
}

QJsonObject campaignJson(qint64 id, const QString &status)
{
    QJsonObject json = campaign(id, QStringLiteral("Spring sale"), Campaign::Status::Stopped).toJson();
    json.insert(Key::Status, status);
    return json;
}

} // namespace

// The Engine Status page: the graph and the bars it draws from samples, the
// Debug switch, and (against a scripted engine) history, live samples,
// reconnection and Start/Stop.
class TestEngineStatusView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void drawsOnePointPerSample();
    void areaCoversTheBusyPercentage();
    void areaIsShadedFromGreenToBlue();
    void speedAndTimeBetweenCallsAreScaledToTheWindow();
    void keepsAt720Seconds();
    void infoBarReadsLikeTheManual();
    void debugCheckBoxShowsTheYellowLineAndTheDebugBar();
    void missingFiguresShowADash();
    void ignoresOtherCampaigns();
    void listsTheCampaignsOfTheModel();
    void loadsTheHistoryThenFollowsLiveSamples();
    void asksForTheHistoryAgainAfterAReconnection();
    void refetchesStoredSamplesOfACampaignRunElsewhere();
    void startAndStopFollowTheCampaignsStatus();
    void followsALanguageChange();

private:
    void connectToFake();

    CampaignTableModel *m_campaigns = nullptr;
    EngineClient *m_client = nullptr;
    FakeEngineServer *m_server = nullptr;
    std::unique_ptr<EngineStatusView> m_view;
};

void TestEngineStatusView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestEngineStatusView::init()
{
    m_campaigns = new CampaignTableModel(this);
    m_campaigns->setCampaigns({campaign(kCampaign, QStringLiteral("Spring sale"), Campaign::Status::Running),
                               campaign(8, QStringLiteral("Autumn"), Campaign::Status::Stopped)});
    // Not connected: the view's requests fail locally, which these tests ignore.
    m_client = new EngineClient(this);
    m_view = std::make_unique<EngineStatusView>(m_client, m_campaigns);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEngineStatusView::cleanup()
{
    m_view.reset();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
    delete m_campaigns;
    m_campaigns = nullptr;
}

void TestEngineStatusView::connectToFake()
{
    // Replaces the unconnected client with one logged in to a scripted engine.
    m_view.reset();
    delete m_client;
    if (!m_server) // the test may have scripted one already
        m_server = new FakeEngineServer(this);
    QVERIFY(m_server->listen());
    m_client = new EngineClient(this);
    QSignalSpy connected(m_client, &EngineClient::connected);
    m_client->connectTo(m_server->url());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
    bool loggedIn = false;
    m_client->login(QStringLiteral("alice"), QStringLiteral("secret123"), nullptr,
                    [&loggedIn](const ProtocolMessage &reply) { loggedIn = reply.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, kTimeout);
    m_view = std::make_unique<EngineStatusView>(m_client, m_campaigns);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestEngineStatusView::drawsOnePointPerSample()
{
    m_view->showCampaign(kCampaign);
    QCOMPARE(m_view->campaignId(), kCampaign);
    for (qint64 s = 0; s < 10; ++s)
        QVERIFY(m_view->appendSample(kCampaign, fullSample(s)));
    StatusChart *chart = m_view->chart();
    QCOMPARE(chart->busyLine()->count(), 10);
    QCOMPARE(chart->speedSeries()->count(), 10);
    QCOMPARE(chart->debugSeries()->count(), 10);
    // Newest on the right at 0, older to the left.
    QCOMPARE(chart->busyLine()->points().constLast().x(), 0.0);
    QCOMPARE(chart->busyLine()->points().constFirst().x(), -9.0);
    QCOMPARE(chart->timeAxis()->min(), -60.0);
    QCOMPARE(chart->timeAxis()->max(), 0.0);
    QVERIFY(!m_view->appendSample(kCampaign, fullSample(9))); // already shown
    QCOMPARE(chart->busyLine()->count(), 10);
}

void TestEngineStatusView::areaCoversTheBusyPercentage()
{
    m_view->showCampaign(kCampaign);
    const QList<double> busy{10.0, 55.5, 100.0, 0.0, 80.0};
    for (qint64 s = 0; s < busy.size(); ++s)
        m_view->appendSample(kCampaign, fullSample(s, busy.at(s)));
    QAreaSeries *area = m_view->chart()->busySeries();
    QCOMPARE(area->upperSeries(), m_view->chart()->busyLine());
    QVERIFY(!area->lowerSeries()); // down to 0
    const QList<QPointF> points = area->upperSeries()->points();
    QCOMPARE(points.size(), busy.size());
    for (qsizetype i = 0; i < busy.size(); ++i)
        QCOMPARE(points.at(i).y(), busy.at(i));
    QCOMPARE(m_view->chart()->percentAxis()->min(), 0.0);
    QCOMPARE(m_view->chart()->percentAxis()->max(), 100.0);
}

void TestEngineStatusView::areaIsShadedFromGreenToBlue()
{
    const QBrush brush = m_view->chart()->busySeries()->brush();
    QVERIFY(brush.gradient());
    QCOMPARE(brush.gradient()->type(), QGradient::LinearGradient);
    const auto *gradient = static_cast<const QLinearGradient *>(brush.gradient());
    // Vertical, from the bottom (low, green) to the top (high, blue).
    QCOMPARE(gradient->start().x(), gradient->finalStop().x());
    QVERIFY(gradient->start().y() > gradient->finalStop().y());
    QCOMPARE(gradient->stops().constFirst().second, StatusChart::lowBusyColor());
    QCOMPARE(gradient->stops().constLast().second, StatusChart::highBusyColor());
    QVERIFY(StatusChart::lowBusyColor().green() > StatusChart::lowBusyColor().blue());
    QVERIFY(StatusChart::highBusyColor().blue() > StatusChart::highBusyColor().green());
}

void TestEngineStatusView::speedAndTimeBetweenCallsAreScaledToTheWindow()
{
    m_view->showCampaign(kCampaign);
    m_view->appendSample(kCampaign, fullSample(0, 50, 10.0, 40.0));
    m_view->appendSample(kCampaign, fullSample(1, 50, 20.0, 100.0));
    m_view->appendSample(kCampaign, fullSample(2, 50, 40.0, 70.0));
    const QList<QPointF> speed = m_view->chart()->speedSeries()->points();
    QCOMPARE(speed.at(0).y(), 25.0);
    QCOMPARE(speed.at(1).y(), 50.0);
    QCOMPARE(speed.at(2).y(), 100.0); // the fastest second shown
    const QList<QPointF> between = m_view->chart()->debugSeries()->points();
    QCOMPARE(between.at(0).y(), 0.0);   // scaleMinMs
    QCOMPARE(between.at(1).y(), 100.0); // scaleMaxMs
    QCOMPARE(between.at(2).y(), 50.0);
}

void TestEngineStatusView::keepsAt720Seconds()
{
    m_view->showCampaign(kCampaign);
    for (qint64 s = 0; s < 800; ++s)
        m_view->appendSample(kCampaign, fullSample(s));
    QCOMPARE(m_view->history().size(), 721);
    QCOMPARE(m_view->chart()->busyLine()->count(), 721);
    QCOMPARE(m_view->chart()->busyLine()->points().constFirst().x(), -720.0);
    QCOMPARE(m_view->chart()->timeAxis()->min(), -720.0);
}

void TestEngineStatusView::infoBarReadsLikeTheManual()
{
    m_view->showCampaign(kCampaign);
    m_view->appendSample(kCampaign, fullSample(0));
    const QString text = m_view->infoBar()->text();
    for (const QString &part : {QStringLiteral("Dialed: 92,006"), QStringLiteral("Busy Agents: 5/8"),
                                QStringLiteral("Average: 30%"), QStringLiteral("Time Spent: 95:12"),
                                QStringLiteral("Time between calls: 34 ms (29.809 CPS)"),
                                QStringLiteral("Boost: 2.53%"), QStringLiteral("Abandon rate: 2.10% (cap 3.0%)")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in ") + text));
    QCOMPARE(m_view->pacerText(), QStringLiteral("Pacer: SmoothTorque, now time between calls"));
    QVERIFY(m_view->infoBar()->styleSheet().isEmpty());

    // Over the cap: the bar turns red.
    QJsonObject over = fullSample(1);
    over.insert(StatusKey::WindowAbandonRate, 0.04);
    m_view->appendSample(kCampaign, over);
    QVERIFY(m_view->infoBar()->text().contains(QStringLiteral("Abandon rate: 4.00% (cap 3.0%)")));
    QVERIFY(!m_view->infoBar()->styleSheet().isEmpty());
}

void TestEngineStatusView::debugCheckBoxShowsTheYellowLineAndTheDebugBar()
{
    m_view->showCampaign(kCampaign);
    m_view->appendSample(kCampaign, fullSample(0));
    QCheckBox *debug = m_view->debugCheckBox();
    QVERIFY(!debug->isChecked());
    QVERIFY(!m_view->chart()->debugSeries()->isVisible());
    QVERIFY(!m_view->debugBar()->isVisible());
    QVERIFY(m_view->chart()->speedSeries()->isVisible());

    QTest::mouseClick(debug, Qt::LeftButton);
    QVERIFY(debug->isChecked());
    QVERIFY(m_view->chart()->debugSeries()->isVisible());
    QVERIFY(m_view->debugBar()->isVisible());
    QCOMPARE(m_view->chart()->debugSeries()->pen().color(), QColor(0xf0, 0xc8, 0x00));
    const QString text = m_view->debugBar()->text();
    for (const QString &part : {QStringLiteral("DB Queue: 0"), QStringLiteral("Weight: 33.9"),
                                QStringLiteral("CAD: 5.2"), QStringLiteral("Overs: 0%"),
                                QStringLiteral("Scale: 33.33 ms–187.19 ms"), QStringLiteral("Funnel: 20"),
                                QStringLiteral("Target: 59.08%"), QStringLiteral("Elasticity: 71.99%"),
                                QStringLiteral("Live abandon rate: 2.50% (10 of 400)"),
                                QStringLiteral("Answer rate estimate: 31.0%")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in ") + text));

    QTest::mouseClick(debug, Qt::LeftButton);
    QVERIFY(!m_view->chart()->debugSeries()->isVisible());
    QVERIFY(!m_view->debugBar()->isVisible());
    m_view->setDebugVisible(true);
    QVERIFY(debug->isChecked());
    QVERIFY(m_view->isDebugVisible());
}

void TestEngineStatusView::missingFiguresShowADash()
{
    m_view->showCampaign(kCampaign);
    m_view->setDebugVisible(true);
    // A pacer with few figures: the time and the dial count only.
    m_view->appendSample(kCampaign, QJsonObject{{StatusKey::Time, double(kStart)}, {StatusKey::Dialed, 12}});
    const QString info = m_view->infoBar()->text();
    for (const QString &part : {QStringLiteral("Dialed: 12"), QStringLiteral("Busy Agents: —/—"),
                                QStringLiteral("Average: —%"), QStringLiteral("Time Spent: —"),
                                QStringLiteral("Time between calls: — ms (— CPS)"), QStringLiteral("Boost: —%"),
                                QStringLiteral("Abandon rate: —% (cap —%)")})
        QVERIFY2(info.contains(part), qPrintable(part + QStringLiteral(" not in ") + info));
    const QString debug = m_view->debugBar()->text();
    for (const QString &part : {QStringLiteral("DB Queue: —"), QStringLiteral("Weight: —"),
                                QStringLiteral("Scale: — ms–— ms"), QStringLiteral("Elasticity: —%")})
        QVERIFY2(debug.contains(part), qPrintable(part + QStringLiteral(" not in ") + debug));
    // No figure, no point (a gap rather than a false zero).
    QCOMPARE(m_view->chart()->busyLine()->count(), 0);
    QCOMPARE(m_view->chart()->speedSeries()->count(), 0);
    // The pacer from the campaign, when the sample does not name it.
    QCOMPARE(m_view->pacerText(), QStringLiteral("Pacer: SmoothTorque"));
}

void TestEngineStatusView::ignoresOtherCampaigns()
{
    QVERIFY(!m_view->appendSample(kCampaign, fullSample(0))); // none shown yet
    m_view->showCampaign(kCampaign);
    QVERIFY(!m_view->appendSample(8, fullSample(0)));
    QVERIFY(!m_view->applyHistory({{Key::CampaignId, 8}, {Key::Samples, QJsonArray{fullSample(0)}}}));
    QVERIFY(m_view->history().isEmpty());
    QVERIFY(m_view->applyHistory({{Key::CampaignId, kCampaign}, {Key::Samples, QJsonArray{fullSample(0)}}}));
    QCOMPARE(m_view->history().size(), 1);
    // Another campaign starts from an empty graph.
    m_view->showCampaign(8);
    QVERIFY(m_view->history().isEmpty());
    QCOMPARE(m_view->chart()->busyLine()->count(), 0);
}

void TestEngineStatusView::listsTheCampaignsOfTheModel()
{
    QComboBox *combo = m_view->campaignCombo();
    QCOMPARE(combo->count(), 3); // "(choose)", then by name
    QCOMPARE(combo->itemText(1), QStringLiteral("Autumn"));
    QCOMPARE(combo->itemText(2), QStringLiteral("Spring sale (running)"));
    combo->setCurrentIndex(2);
    QCOMPARE(m_view->campaignId(), kCampaign);
    m_view->showCampaign(8);
    QCOMPARE(combo->currentText(), QStringLiteral("Autumn"));
    // Running only, but the campaign on screen stays.
    m_view->findChild<QCheckBox *>(QStringLiteral("runningOnlyCheck"))->setChecked(true);
    QCOMPARE(combo->count(), 3);
    m_view->showCampaign(kCampaign);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Spring sale (running)"));
    // A campaign added on the Campaigns page appears.
    QList<Campaign> more = m_campaigns->campaigns();
    more.append(campaign(9, QStringLiteral("Winter"), Campaign::Status::Running));
    m_campaigns->setCampaigns(more);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(m_view->campaignId(), kCampaign);
}

void TestEngineStatusView::loadsTheHistoryThenFollowsLiveSamples()
{
    m_server = new FakeEngineServer(this);
    m_server->setScript(Type::EngineStatusHistory, [](const ProtocolMessage &request) {
        QJsonArray samples;
        for (qint64 s = 0; s < 30; ++s)
            samples.append(fullSample(s));
        return ProtocolMessage::reply(request.id(), {{Key::CampaignId, request.data().value(Key::CampaignId)},
                                                     {Key::Samples, samples}});
    });
    connectToFake();
    m_view->showCampaign(kCampaign);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->history().size(), 30, kTimeout);
    QCOMPARE(m_view->chart()->busyLine()->count(), 30);
    QVERIFY(m_server->requestTypes().contains(QString(Type::Subscribe)));
    const auto historyRequest = std::find_if(m_server->requests().cbegin(), m_server->requests().cend(),
                                             [](const ProtocolMessage &m) { return m.type() == Type::EngineStatusHistory; });
    QCOMPARE(historyRequest->data().value(Key::CampaignId).toInt(), int(kCampaign));

    // Live samples of this campaign are added; another campaign's are not.
    m_server->sendEvent(Event::EngineStatusSample, {{Key::CampaignId, 8}, {Key::Sample, fullSample(30)}});
    m_server->sendEvent(Event::EngineStatusSample, {{Key::CampaignId, kCampaign}, {Key::Sample, fullSample(31)}});
    QTRY_COMPARE_WITH_TIMEOUT(m_view->history().size(), 31, kTimeout);
    QCOMPARE(StatusTimeline::timeOf(m_view->history().latest()), kStart + 31 * 1000);

    // Unsubscribes when it goes.
    m_server->clearRequests();
    m_view.reset();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestTypes().contains(QString(Type::Unsubscribe)), kTimeout);
    QCOMPARE(m_server->requests().constLast().data().value(Key::Topics).toArray(),
             QJsonArray{QString(Topic::EngineStatus)});
}

// No live samples come for a campaign another engine runs: the view fetches
// the stored ones again while the campaign runs.
void TestEngineStatusView::refetchesStoredSamplesOfACampaignRunElsewhere()
{
    m_server = new FakeEngineServer(this);
    int served = 0;
    m_server->setScript(Type::EngineStatusHistory, [&served](const ProtocolMessage &request) {
        ++served;
        QJsonArray samples;
        for (int s = 0; s < served; ++s)
            samples.append(fullSample(s * 10));
        return ProtocolMessage::reply(request.id(), {{Key::CampaignId, request.data().value(Key::CampaignId)},
                                                     {Key::Samples, samples}});
    });
    connectToFake();
    m_view->setQuietRefreshInterval(200);
    m_view->showCampaign(kCampaign);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->history().size() >= 3, kTimeout);
    QCOMPARE(StatusTimeline::timeOf(m_view->history().latest()).value_or(0) % 10000, kStart % 10000);

    // A stopped campaign is not asked about again.
    m_campaigns->setCampaigns({campaign(kCampaign, QStringLiteral("Spring sale"), Campaign::Status::Stopped)});
    // Proving that nothing more comes takes a wait: first for a request that
    // may be on its way, then five refresh intervals.
    QTest::qWait(1500);
    const int settled = served;
    QTest::qWait(1000);
    QCOMPARE(served, settled);
}

void TestEngineStatusView::asksForTheHistoryAgainAfterAReconnection()
{
    m_server = new FakeEngineServer(this);
    m_server->setScript(Type::EngineStatusHistory, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(request.id(), {{Key::CampaignId, request.data().value(Key::CampaignId)},
                                                     {Key::Samples, QJsonArray{fullSample(0)}}});
    });
    connectToFake();
    m_view->showCampaign(kCampaign);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->history().size(), 1, kTimeout);
    m_server->setScript(Type::EngineStatusHistory, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(request.id(), {{Key::CampaignId, request.data().value(Key::CampaignId)},
                                                     {Key::Samples, QJsonArray{fullSample(0), fullSample(5)}}});
    });
    QSignalSpy restored(m_client, &EngineClient::sessionRestored);
    m_server->clearRequests();
    m_server->dropClients();
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->history().size(), 2, kTimeout);
    QVERIFY(m_server->requestTypes().contains(QString(Type::EngineStatusHistory)));
    QVERIFY(m_server->requestTypes().contains(QString(Type::Subscribe)));
}

void TestEngineStatusView::startAndStopFollowTheCampaignsStatus()
{
    m_server = new FakeEngineServer(this);
    const auto answer = [](const QString &status) {
        return [status](const ProtocolMessage &request) {
            return ProtocolMessage::reply(
                request.id(), {{Key::Campaign, campaignJson(request.data().value(Key::Id).toInteger(), status)}});
        };
    };
    m_server->setScript(Type::CampaignsStop, answer(QStringLiteral("stopped")));
    m_server->setScript(Type::CampaignsStart, [](const ProtocolMessage &request) {
        return ProtocolMessage::errorReply(request.id(), ErrorCode::InvalidField,
                                           QStringLiteral("no trunk to dial on"), QStringLiteral("trunkId"));
    });
    connectToFake();
    m_view->showCampaign(kCampaign);
    auto start = m_view->findChild<QPushButton *>(QStringLiteral("startButton"));
    auto stop = m_view->findChild<QPushButton *>(QStringLiteral("stopButton"));
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kTimeout);
    QVERIFY(!stop->isEnabled());
    QCOMPARE(m_campaigns->campaignById(kCampaign)->status, Campaign::Status::Stopped);
    QCOMPARE(m_server->requests().constLast().data().value(Key::Id).toInt(), int(kCampaign));

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->messageText().contains(QStringLiteral("Could not start the campaign")),
                             kTimeout);
    QVERIFY(start->isEnabled());
}

void TestEngineStatusView::followsALanguageChange()
{
    m_view->showCampaign(kCampaign);
    m_view->setDebugVisible(true);
    m_view->appendSample(kCampaign, fullSample(0));
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("it")));
    // The figures already on screen are rewritten, not only the next ones
    // (LanguageChange reaches the widgets as a posted event).
    QTRY_VERIFY2_WITH_TIMEOUT(m_view->infoBar()->text().contains(QStringLiteral("Chiamati: 92,006")),
                              qPrintable(m_view->infoBar()->text()), kTimeout);
    QVERIFY(m_view->debugBar()->text().contains(QStringLiteral("Elasticità: 71.99%")));
    QCOMPARE(m_view->debugCheckBox()->text(), QStringLiteral("&Debug"));
    QCOMPARE(m_view->campaignCombo()->currentText(), QStringLiteral("Spring sale (in esecuzione)"));
    QCOMPARE(m_view->chart()->speedSeries()->name(), QStringLiteral("Velocità relativa"));
    QVERIFY(languages.setLanguage(QStringLiteral("es")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->infoBar()->text().contains(QStringLiteral("Marcados: 92,006")), kTimeout);
    QCOMPARE(m_view->debugCheckBox()->text(), QStringLiteral("&Depuración"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->infoBar()->text().contains(QStringLiteral("Dialed: 92,006")), kTimeout);
}

QTEST_MAIN(TestEngineStatusView)
#include "tst_enginestatusview.moc"
