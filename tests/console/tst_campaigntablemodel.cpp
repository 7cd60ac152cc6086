#include "common/protocol.h"
#include "console/models/campaigntablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Protocol;

namespace {

Campaign makeCampaign(qint64 id, const QString &name, int maxConnected,
                      std::optional<qint64> trunkId = std::nullopt,
                      Campaign::Status status = Campaign::Status::Stopped)
{
    Campaign c;
    c.id = id;
    c.customerId = 1;
    c.name = name;
    c.maxConnected = maxConnected;
    c.trunkId = trunkId;
    c.status = status;
    c.pacer = QStringLiteral("torque");
    return c;
}

QList<Campaign> someCampaigns()
{
    return {
        makeCampaign(1, QStringLiteral("Load test"), 30),
        makeCampaign(2, QStringLiteral("Spring sale"), 8, 5, Campaign::Status::Running),
        makeCampaign(3, QStringLiteral("Survey"), 120, 6),
    };
}

} // namespace

class TestCampaignTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void insertsWithoutReset();
    void updatesOnlyChangedRows();
    void removesRowsById();
    void updatesOneCampaignFromAReply();
    void showsHeadersAndValues();
    void namesTrunksWhenItCan();
    void marksRunningCampaigns();
    void sortsNumbersAsNumbers();
    void readsTheEnginesJson();

private:
    CampaignTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QSignalSpy *m_resetSpy = nullptr;
};

void TestCampaignTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCampaignTableModel::init()
{
    m_model = new CampaignTableModel(this);
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_resetSpy = new QSignalSpy(m_model, &QAbstractItemModel::modelReset);
}

void TestCampaignTableModel::cleanup()
{
    // Incremental, never a reset: that is what keeps selections alive.
    QCOMPARE(m_resetSpy->count(), 0);
    delete m_resetSpy;
    delete m_tester;
    delete m_model;
}

void TestCampaignTableModel::insertsWithoutReset()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setCampaigns(someCampaigns());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), CampaignTableModel::ColumnCount);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->campaignAt(1).name, QStringLiteral("Spring sale"));
}

void TestCampaignTableModel::updatesOnlyChangedRows()
{
    m_model->setCampaigns(someCampaigns());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QList<Campaign> next = someCampaigns();
    next[2].maxConnected = 150;
    m_model->setCampaigns(next);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(m_model->data(m_model->index(2, CampaignTableModel::MaxConnected)).toString(), QStringLiteral("150"));
}

void TestCampaignTableModel::removesRowsById()
{
    m_model->setCampaigns(someCampaigns());
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QList<Campaign> next = someCampaigns();
    next.removeAt(1);
    m_model->setCampaigns(next);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfId(2), -1);
    QCOMPARE(m_model->rowOfId(3), 1);
}

void TestCampaignTableModel::updatesOneCampaignFromAReply()
{
    m_model->setCampaigns(someCampaigns());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    Campaign started = someCampaigns().at(0);
    started.status = Campaign::Status::Running;
    started.runId = 12;
    QVERIFY(m_model->updateCampaign(started));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(m_model->campaignById(1)->status, Campaign::Status::Running);
    QVERIFY(!m_model->updateCampaign(makeCampaign(99, QStringLiteral("Unknown"), 1)));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestCampaignTableModel::showsHeadersAndValues()
{
    m_model->setCampaigns(someCampaigns());
    const auto header = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(CampaignTableModel::Name), QStringLiteral("Name"));
    QCOMPARE(header(CampaignTableModel::CampaignType), QStringLiteral("Type"));
    QCOMPARE(header(CampaignTableModel::Status), QStringLiteral("Status"));
    QCOMPARE(header(CampaignTableModel::MaxConnected), QStringLiteral("Max Connected"));
    QCOMPARE(header(CampaignTableModel::Pacer), QStringLiteral("Pacer"));
    QCOMPARE(header(CampaignTableModel::Trunk), QStringLiteral("Trunk"));
    const auto cell = [this](int row, int column) { return m_model->data(m_model->index(row, column)).toString(); };
    QCOMPARE(cell(1, CampaignTableModel::Name), QStringLiteral("Spring sale"));
    QCOMPARE(cell(1, CampaignTableModel::CampaignType), QStringLiteral("Load Simulation"));
    QCOMPARE(cell(1, CampaignTableModel::Status), QStringLiteral("Running"));
    QCOMPARE(cell(0, CampaignTableModel::Status), QStringLiteral("Stopped"));
    QCOMPARE(cell(1, CampaignTableModel::MaxConnected), QStringLiteral("8"));
    QCOMPARE(cell(1, CampaignTableModel::Pacer), QStringLiteral("Torque (predictive)"));
    QCOMPARE(m_model->data(m_model->index(1, 0), CampaignTableModel::IdRole).toLongLong(), 2);
}

void TestCampaignTableModel::namesTrunksWhenItCan()
{
    m_model->setCampaigns(someCampaigns());
    const auto trunk = [this](int row) {
        return m_model->data(m_model->index(row, CampaignTableModel::Trunk)).toString();
    };
    // Without trunks.list (a customer): the default, or the id.
    QCOMPARE(trunk(0), QStringLiteral("Default trunk"));
    QCOMPARE(trunk(1), QStringLiteral("Trunk 5"));
    QVERIFY(!m_model->hasTrunkNames());

    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setTrunkNames({{5, QStringLiteral("Load Test")}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(CampaignTableModel::Trunk));
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(CampaignTableModel::Trunk));
    QCOMPARE(trunk(1), QStringLiteral("Load Test"));
    QCOMPARE(trunk(2), QStringLiteral("Trunk 6")); // a trunk that has gone
    m_model->setTrunkNames({{5, QStringLiteral("Load Test")}});
    QCOMPARE(changed.count(), 1); // nothing new
}

void TestCampaignTableModel::marksRunningCampaigns()
{
    m_model->setCampaigns(someCampaigns());
    const QModelIndex running = m_model->index(1, CampaignTableModel::Name);
    const QModelIndex stopped = m_model->index(0, CampaignTableModel::Name);
    QVERIFY(m_model->data(running, CampaignTableModel::IsRunningRole).toBool());
    QVERIFY(!m_model->data(stopped, CampaignTableModel::IsRunningRole).toBool());
    QCOMPARE(m_model->data(running, Qt::BackgroundRole).value<QBrush>().color(),
             CampaignTableModel::runningBackground());
    QVERIFY(!m_model->data(stopped, Qt::BackgroundRole).isValid());
}

void TestCampaignTableModel::sortsNumbersAsNumbers()
{
    m_model->setCampaigns(someCampaigns());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(CampaignTableModel::SortRole);
    proxy.sort(CampaignTableModel::MaxConnected, Qt::AscendingOrder);
    // As text "120" would come before "30" and "8".
    QCOMPARE(proxy.index(0, CampaignTableModel::Name).data().toString(), QStringLiteral("Spring sale"));
    QCOMPARE(proxy.index(1, CampaignTableModel::Name).data().toString(), QStringLiteral("Load test"));
    QCOMPARE(proxy.index(2, CampaignTableModel::Name).data().toString(), QStringLiteral("Survey"));
}

void TestCampaignTableModel::readsTheEnginesJson()
{
    const QJsonObject json{
        {Key::Id, 4},
        {Key::CustomerId, 9},
        {Key::Name, QStringLiteral("Night run")},
        {Key::Description, QStringLiteral("Testing")},
        {Key::CampaignType, QStringLiteral("loadSimulation")},
        {Key::Status, QStringLiteral("running")},
        {Key::MaxConnected, 40},
        {Key::TrunkId, QJsonValue::Null},
        {Key::Pacer, QStringLiteral("smoothtorque")},
        {Key::Pacing, QJsonObject{{StatusKey::AbandonCap, 0.05}}},
        {Key::WrapUpSeconds, 7.5},
        {Key::RunId, 3},
    };
    const QList<Campaign> campaigns = CampaignTableModel::campaignsFromJson(QJsonArray{json, 17});
    QCOMPARE(campaigns.size(), 1);
    const Campaign &c = campaigns.constFirst();
    QCOMPARE(c.id, 4);
    QCOMPARE(c.customerId, 9);
    QCOMPARE(c.name, QStringLiteral("Night run"));
    QCOMPARE(c.description, QStringLiteral("Testing"));
    QCOMPARE(c.status, Campaign::Status::Running);
    QCOMPARE(c.maxConnected, 40);
    QVERIFY(!c.trunkId);
    QCOMPARE(c.pacer, QStringLiteral("smoothtorque"));
    QCOMPARE(c.pacing.value(StatusKey::AbandonCap).toDouble(), 0.05);
    QCOMPARE(c.wrapUpSeconds, 7.5);
    QCOMPARE(c.runId, 3);
    // The round trip through the shared record.
    QCOMPARE(CampaignTableModel::campaignFromJson(c.toJson()), c);
}

QTEST_MAIN(TestCampaignTableModel)
#include "tst_campaigntablemodel.moc"
