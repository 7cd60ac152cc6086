#include "common/protocol.h"
#include "console/campaigns/campaignspage.h"
#include "console/models/campaigntablemodel.h"
#include "console/net/engineclient.h"
#include "tests/console/fakeengineserver.h"

#include <QJsonArray>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 10000;

QJsonObject campaignJson(qint64 id, const QString &name, const QString &status, const QJsonValue &trunkId)
{
    return {{Key::Id, id},
            {Key::CustomerId, 1},
            {Key::Name, name},
            {Key::CampaignType, QStringLiteral("loadSimulation")},
            {Key::Status, status},
            {Key::MaxConnected, 8},
            {Key::TrunkId, trunkId},
            {Key::Pacer, QStringLiteral("torque")}};
}

} // namespace

// The Campaigns tab against a scripted engine (the engine's own campaign
// handlers are tested on the engine side): the list, trunk names, live
// changes, and Start/Stop following the selected campaign's status.
class TestCampaignsPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTheCampaignsWithTheirTrunksNames();
    void showsTrunkIdsWhenItMayNotListTrunks();
    void followsLiveChanges();
    void startAndStopFollowTheSelectedCampaign();
    void showsARefusal();
    void statusButtonAsksForTheEngineStatus();

private:
    void openPage(bool canListTrunks);
    QPushButton *button(const char *name) const;

    FakeEngineServer *m_server = nullptr;
    EngineClient *m_client = nullptr;
    std::unique_ptr<CampaignsPage> m_page;
    QJsonArray m_campaigns;
};

void TestCampaignsPage::init()
{
    m_campaigns = {campaignJson(1, QStringLiteral("Spring sale"), QStringLiteral("stopped"), 3),
                   campaignJson(2, QStringLiteral("Autumn"), QStringLiteral("running"), QJsonValue::Null)};
    m_server = new FakeEngineServer(this);
    m_server->setScript(Type::CampaignsList, [this](const ProtocolMessage &request) {
        return ProtocolMessage::reply(request.id(), {{Key::Campaigns, m_campaigns}});
    });
    m_server->setScript(Type::TrunksList, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(
            request.id(), {{Key::Trunks, QJsonArray{QJsonObject{{Key::Id, 3}, {Key::Name, QStringLiteral("Load Test")}}}}});
    });
    QVERIFY(m_server->listen());
    m_client = new EngineClient(this);
    QSignalSpy connected(m_client, &EngineClient::connected);
    m_client->connectTo(m_server->url());
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, kTimeout);
    bool loggedIn = false;
    m_client->login(QStringLiteral("alice"), QStringLiteral("secret123"), nullptr,
                    [&loggedIn](const ProtocolMessage &reply) { loggedIn = reply.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(loggedIn, kTimeout);
}

void TestCampaignsPage::cleanup()
{
    m_page.reset();
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

void TestCampaignsPage::openPage(bool canListTrunks)
{
    m_page = std::make_unique<CampaignsPage>(m_client, canListTrunks);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
}

QPushButton *TestCampaignsPage::button(const char *name) const
{
    return m_page->findChild<QPushButton *>(QLatin1String(name));
}

void TestCampaignsPage::listsTheCampaignsWithTheirTrunksNames()
{
    openPage(true);
    CampaignTableModel *model = m_page->model();
    const QModelIndex trunk = model->index(model->rowOfId(1), CampaignTableModel::Trunk);
    QTRY_COMPARE_WITH_TIMEOUT(trunk.data().toString(), QStringLiteral("Load Test"), kTimeout);
    QCOMPARE(model->index(model->rowOfId(2), CampaignTableModel::Trunk).data().toString(),
             QStringLiteral("Default trunk"));
    // Sorted by name in the view.
    QCOMPARE(m_page->view()->model()->index(0, CampaignTableModel::Name).data().toString(), QStringLiteral("Autumn"));
    QVERIFY(m_server->requestTypes().contains(QString(Type::Subscribe)));
    QVERIFY(m_page->messageText().isEmpty());
}

void TestCampaignsPage::showsTrunkIdsWhenItMayNotListTrunks()
{
    openPage(false);
    CampaignTableModel *model = m_page->model();
    QCOMPARE(model->index(model->rowOfId(1), CampaignTableModel::Trunk).data().toString(), QStringLiteral("Trunk 3"));
    QVERIFY(!m_server->requestTypes().contains(QString(Type::TrunksList)));
}

void TestCampaignsPage::followsLiveChanges()
{
    openPage(false);
    QJsonArray changed = m_campaigns;
    changed.append(campaignJson(5, QStringLiteral("Winter"), QStringLiteral("stopped"), QJsonValue::Null));
    m_server->sendEvent(Event::CampaignsChanged, {{Key::Campaigns, changed}});
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 3, kTimeout);
    QVERIFY(m_page->model()->campaignById(5));
}

void TestCampaignsPage::startAndStopFollowTheSelectedCampaign()
{
    m_server->setScript(Type::CampaignsStart, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(
            request.id(), {{Key::Campaign, campaignJson(request.data().value(Key::Id).toInteger(),
                                                        QStringLiteral("Spring sale"), QStringLiteral("running"), 3)}});
    });
    openPage(false);
    QVERIFY(!button("startButton")->isEnabled()); // nothing selected
    QVERIFY(!button("stopButton")->isEnabled());
    QVERIFY(m_page->selectCampaign(2)); // running
    QVERIFY(!button("startButton")->isEnabled());
    QVERIFY(button("stopButton")->isEnabled());
    QVERIFY(!button("editButton")->isEnabled());
    QVERIFY(!button("deleteButton")->isEnabled());
    QVERIFY(m_page->selectCampaign(1)); // stopped
    QVERIFY(button("startButton")->isEnabled());
    QVERIFY(!button("stopButton")->isEnabled());
    QVERIFY(button("editButton")->isEnabled());

    m_server->clearRequests();
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(button("stopButton")->isEnabled(), kTimeout);
    QVERIFY(!button("startButton")->isEnabled());
    QCOMPARE(m_server->requests().constFirst().type(), QString(Type::CampaignsStart));
    QCOMPARE(m_server->requests().constFirst().data(), (QJsonObject{{Key::Id, 1}}));
}

void TestCampaignsPage::showsARefusal()
{
    m_server->setScript(Type::CampaignsStart, [](const ProtocolMessage &request) {
        return ProtocolMessage::errorReply(request.id(), ErrorCode::InvalidField,
                                           QStringLiteral("no trunk to dial on"), QStringLiteral("trunkId"));
    });
    openPage(false);
    QVERIFY(m_page->selectCampaign(1));
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->messageText().isEmpty(), kTimeout);
    QVERIFY2(m_page->messageText().contains(QStringLiteral("Could not start the campaign \"Spring sale\"")),
             qPrintable(m_page->messageText()));
    QVERIFY(m_page->messageText().contains(QStringLiteral("no trunk to dial on")));
}

void TestCampaignsPage::statusButtonAsksForTheEngineStatus()
{
    openPage(false);
    QSignalSpy requested(m_page.get(), &CampaignsPage::statusRequested);
    QVERIFY(!button("statusButton")->isEnabled());
    QVERIFY(m_page->selectCampaign(2));
    QTest::mouseClick(button("statusButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), 2);
}

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaignspage.moc"
