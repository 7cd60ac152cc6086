#include "common/protocol.h"
#include "console/campaigns/campaigndialog.h"
#include "console/models/pacingsettingsmodel.h"
#include "console/net/engineclient.h"
#include "tests/console/fakeengineserver.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 10000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QJsonObject pacingOptions()
{
    return {
        {Key::Pacers, QJsonArray{QStringLiteral("progressive"), QStringLiteral("ratio"), QStringLiteral("torque")}},
        {Key::Defaults, QJsonObject{{QStringLiteral("abandonCap"), 0.03},
                                    {QStringLiteral("abandonWindowSeconds"), 2592000},
                                    {QStringLiteral("linesPerAgent"), 2.0},
                                    {QStringLiteral("safetyMargin"), 0.15},
                                    {QStringLiteral("pressOne"), false},
                                    {QStringLiteral("dropMode"), QStringLiteral("hard")}}},
        {Key::PacerSettings, QJsonObject{{QStringLiteral("progressive"), QJsonArray{}},
                                         {QStringLiteral("ratio"), QJsonArray{QStringLiteral("linesPerAgent")}},
                                         {QStringLiteral("torque"), QJsonArray{QStringLiteral("safetyMargin")}},
                                         {QStringLiteral("vicidial"), QJsonArray{QStringLiteral("dropMode")}}}},
    };
}

int rowOf(CampaignDialog *dialog, const QString &key)
{
    return dialog->pacingModel()->rowOfKey(key);
}

} // namespace

// The campaign form: what it sends, what it refuses before sending, and
// where it shows the engine's refusals. The engine is a scripted fake, so
// these tests do not need the engine's campaign handlers.
class TestCampaignDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fillsTheFormAndBuildsTheRequest();
    void sendsNothingThatEqualsADefault();
    void showsTheChosenPacersSettings();
    void rejectsAnEmptyName();
    void rejectsAnUnsafeSafeHarbourName();
    void rejectsAPacingValueThatIsNotANumber();
    void mapsTheEnginesAbandonCapErrorToItsField();
    void mapsTheEnginesPacingErrorToTheSettingsTable();
    void emitsTheSavedCampaignAndCloses();
    void editingKeepsTrunkOwnerAndSettings();

private:
    std::unique_ptr<CampaignDialog> openDialog(const std::optional<Campaign> &campaign = std::nullopt);
    int requestsOf(const QString &type) const;

    FakeEngineServer *m_server = nullptr;
    EngineClient *m_client = nullptr;
};

void TestCampaignDialog::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestCampaignDialog::init()
{
    m_server = new FakeEngineServer(this);
    m_server->setScript(Type::CampaignsPacingOptions, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(request.id(), pacingOptions());
    });
    m_server->setScript(Type::TrunksList, [](const ProtocolMessage &request) {
        return ProtocolMessage::reply(
            request.id(), {{Key::Trunks, QJsonArray{QJsonObject{{Key::Id, 3}, {Key::Name, QStringLiteral("Load Test")}},
                                                   QJsonObject{{Key::Id, 4}, {Key::Name, QStringLiteral("NTA")}}}}});
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

void TestCampaignDialog::cleanup()
{
    delete m_client;
    m_client = nullptr;
    delete m_server;
    m_server = nullptr;
}

std::unique_ptr<CampaignDialog> TestCampaignDialog::openDialog(const std::optional<Campaign> &campaign)
{
    auto dialog = std::make_unique<CampaignDialog>(m_client, campaign);
    QSignalSpy options(dialog.get(), &CampaignDialog::pacingOptionsLoaded);
    QSignalSpy trunks(dialog.get(), &CampaignDialog::trunksLoaded);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    if (!QTest::qWaitFor([&] { return options.count() == 1 && trunks.count() == 1; }, kTimeout))
        return nullptr;
    return dialog;
}

int TestCampaignDialog::requestsOf(const QString &type) const
{
    return int(m_server->requestTypes().count(type));
}

void TestCampaignDialog::fillsTheFormAndBuildsTheRequest()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->hasPacingOptions());
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("  Spring sale "));
    child<QPlainTextEdit>(dialog.get(), "descriptionEdit")->setPlainText(QStringLiteral("Load test of the new trunk"));
    auto type = child<QComboBox>(dialog.get(), "typeCombo");
    QCOMPARE(type->count(), 1);
    QCOMPARE(type->currentText(), QStringLiteral("Load Simulation"));
    child<QSpinBox>(dialog.get(), "maxConnectedSpin")->setValue(50);
    auto trunk = child<QComboBox>(dialog.get(), "trunkCombo");
    QCOMPARE(trunk->count(), 3);
    QCOMPARE(trunk->itemText(0), QStringLiteral("Default trunk"));
    trunk->setCurrentIndex(trunk->findText(QStringLiteral("Load Test")));
    child<QDoubleSpinBox>(dialog.get(), "wrapUpSpin")->setValue(7.5);
    auto safeHarbour = child<QLineEdit>(dialog.get(), "safeHarbourEdit");
    QCOMPARE(safeHarbour->text(), QStringLiteral("custom/safe-harbour"));
    safeHarbour->setText(QStringLiteral("custom/ofcom-message"));
    auto pacer = child<QComboBox>(dialog.get(), "pacerCombo");
    QCOMPARE(pacer->count(), 3); // the engine's list
    pacer->setCurrentIndex(pacer->findData(QStringLiteral("ratio")));
    child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->setValue(5.0);
    auto window = child<QComboBox>(dialog.get(), "abandonWindowCombo");
    QCOMPARE(window->currentText(), QStringLiteral("30 days (US)"));
    window->setCurrentIndex(window->findText(QStringLiteral("24 hours (UK)")));
    PacingSettingsModel *settings = dialog->pacingModel();
    QVERIFY(settings->setData(settings->index(rowOf(dialog.get(), QStringLiteral("linesPerAgent")),
                                              PacingSettingsModel::Value),
                              QStringLiteral("3")));

    const QJsonObject expected{
        {Key::Name, QStringLiteral("Spring sale")},
        {Key::Description, QStringLiteral("Load test of the new trunk")},
        {Key::CampaignType, QStringLiteral("loadSimulation")},
        {Key::MaxConnected, 50},
        {Key::TrunkId, 3},
        {Key::WrapUpSeconds, 7.5},
        {Key::SafeHarbourMessage, QStringLiteral("custom/ofcom-message")},
        {Key::Pacer, QStringLiteral("ratio")},
        {Key::Pacing, QJsonObject{{QStringLiteral("abandonCap"), 0.05},
                                  {QStringLiteral("abandonWindowSeconds"), 86400},
                                  {QStringLiteral("linesPerAgent"), 3}}},
    };
    QCOMPARE(dialog->requestData(), expected);

    // And that is what Save sends.
    QSignalSpy saved(dialog.get(), &CampaignDialog::campaignSaved);
    m_server->setScript(Type::CampaignsAdd, [](const ProtocolMessage &request) {
        QJsonObject campaign = request.data();
        campaign.insert(Key::Id, 11);
        return ProtocolMessage::reply(request.id(), {{Key::Campaign, campaign}});
    });
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);
    QCOMPARE(m_server->requests().constLast().type(), QString(Type::CampaignsAdd));
    QCOMPARE(m_server->requests().constLast().data(), expected);
}

void TestCampaignDialog::sendsNothingThatEqualsADefault()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Plain"));
    const QJsonObject data = dialog->requestData();
    QCOMPARE(data.value(Key::Pacing).toObject(), QJsonObject());
    QVERIFY(data.value(Key::TrunkId).isNull());
    QCOMPARE(data.value(Key::Pacer).toString(), QStringLiteral("torque"));
    QCOMPARE(data.value(Key::MaxConnected).toInt(), 30);
    QCOMPARE(child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->value(), 3.0);
    QVERIFY(!data.contains(Key::Id));
}

void TestCampaignDialog::showsTheChosenPacersSettings()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    auto view = child<QTableView>(dialog.get(), "pacingSettingsView");
    // The abandon rule has fields of its own.
    QCOMPARE(rowOf(dialog.get(), QStringLiteral("abandonCap")), -1);
    QCOMPARE(rowOf(dialog.get(), QStringLiteral("abandonWindowSeconds")), -1);
    const int lines = rowOf(dialog.get(), QStringLiteral("linesPerAgent"));
    const int margin = rowOf(dialog.get(), QStringLiteral("safetyMargin"));
    const int pressOne = rowOf(dialog.get(), QStringLiteral("pressOne"));
    QVERIFY(lines >= 0 && margin >= 0 && pressOne >= 0);
    QVERIFY(view->isRowHidden(lines)); // torque does not read it
    QVERIFY(!view->isRowHidden(margin));
    QVERIFY(!view->isRowHidden(pressOne)); // every pacer's
    auto pacer = child<QComboBox>(dialog.get(), "pacerCombo");
    pacer->setCurrentIndex(pacer->findData(QStringLiteral("ratio")));
    QVERIFY(!view->isRowHidden(lines));
    QVERIFY(view->isRowHidden(margin));
    // Yes/no settings are check boxes, sent as booleans.
    PacingSettingsModel *settings = dialog->pacingModel();
    QVERIFY(settings->setData(settings->index(pressOne, PacingSettingsModel::Value), Qt::Checked,
                              Qt::CheckStateRole));
    QCOMPARE(dialog->requestData().value(Key::Pacing).toObject(),
             (QJsonObject{{QStringLiteral("pressOne"), true}}));
}

void TestCampaignDialog::rejectsAnEmptyName()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("   "));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::Name));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("campaign name")), qPrintable(dialog->errorText()));
    QVERIFY(child<QLineEdit>(dialog.get(), "nameEdit")->property("invalid").toBool());
    QVERIFY(dialog->isVisible());
    QCOMPARE(requestsOf(Type::CampaignsAdd), 0);
}

void TestCampaignDialog::rejectsAnUnsafeSafeHarbourName()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Spring"));
    child<QLineEdit>(dialog.get(), "safeHarbourEdit")->setText(QStringLiteral("../../etc/passwd"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::SafeHarbourMessage));
    QVERIFY(child<QLineEdit>(dialog.get(), "safeHarbourEdit")->property("invalid").toBool());
    QCOMPARE(requestsOf(Type::CampaignsAdd), 0);
}

void TestCampaignDialog::rejectsAPacingValueThatIsNotANumber()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Typo"));
    PacingSettingsModel *settings = dialog->pacingModel();
    const int margin = rowOf(dialog.get(), QStringLiteral("safetyMargin"));
    QVERIFY(settings->setData(settings->index(margin, PacingSettingsModel::Value), QStringLiteral("lots")));
    // Kept as typed, so the user can fix it.
    QCOMPARE(settings->index(margin, PacingSettingsModel::Value).data(Qt::EditRole).toString(),
             QStringLiteral("lots"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QStringLiteral("pacing.safetyMargin"));
    QVERIFY(dialog->errorText().contains(QStringLiteral("safetyMargin")));
    auto view = child<QTableView>(dialog.get(), "pacingSettingsView");
    QVERIFY(view->property("invalid").toBool());
    QCOMPARE(view->currentIndex().row(), margin);
    QCOMPARE(requestsOf(Type::CampaignsAdd), 0);
}

void TestCampaignDialog::mapsTheEnginesAbandonCapErrorToItsField()
{
    m_server->setScript(Type::CampaignsAdd, [](const ProtocolMessage &request) {
        return ProtocolMessage::errorReply(request.id(), ErrorCode::InvalidField,
                                           QStringLiteral("the cap must be at most 0.5"),
                                           QStringLiteral("pacing.abandonCap"));
    });
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Greedy"));
    child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->setValue(60.0);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->invalidField(), QStringLiteral("pacing.abandonCap"), kTimeout);
    QVERIFY(child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->property("invalid").toBool());
    QVERIFY(!child<QLineEdit>(dialog.get(), "nameEdit")->property("invalid").toBool());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("the cap must be at most 0.5")),
             qPrintable(dialog->errorText()));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->value(), 60.0); // nothing lost
    QVERIFY(child<QPushButton>(dialog.get(), "saveButton")->isEnabled());
}

void TestCampaignDialog::mapsTheEnginesPacingErrorToTheSettingsTable()
{
    m_server->setScript(Type::CampaignsAdd, [](const ProtocolMessage &request) {
        return ProtocolMessage::errorReply(request.id(), ErrorCode::InvalidField, QStringLiteral("bad value"),
                                           QStringLiteral("pacing.linesPerAgent"));
    });
    auto dialog = openDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Lines"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->invalidField(), QStringLiteral("pacing.linesPerAgent"), kTimeout);
    auto view = child<QTableView>(dialog.get(), "pacingSettingsView");
    QVERIFY(view->property("invalid").toBool());
    const int lines = rowOf(dialog.get(), QStringLiteral("linesPerAgent"));
    // Shown even though the torque pacer does not read it.
    QVERIFY(!view->isRowHidden(lines));
    QCOMPARE(view->currentIndex().row(), lines);
}

void TestCampaignDialog::emitsTheSavedCampaignAndCloses()
{
    m_server->setScript(Type::CampaignsAdd, [](const ProtocolMessage &request) {
        QJsonObject campaign = request.data();
        campaign.insert(Key::Id, 42);
        campaign.insert(Key::Status, QStringLiteral("stopped"));
        return ProtocolMessage::reply(request.id(), {{Key::Campaign, campaign}});
    });
    auto dialog = openDialog();
    QVERIFY(dialog);
    QSignalSpy saved(dialog.get(), &CampaignDialog::campaignSaved);
    child<QLineEdit>(dialog.get(), "nameEdit")->setText(QStringLiteral("Done"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kTimeout);
    const Campaign campaign = saved.at(0).at(0).value<Campaign>();
    QCOMPARE(campaign.id, 42);
    QCOMPARE(campaign.name, QStringLiteral("Done"));
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
}

void TestCampaignDialog::editingKeepsTrunkOwnerAndSettings()
{
    Campaign c;
    c.id = 8;
    c.customerId = 21;
    c.name = QStringLiteral("Owned");
    c.maxConnected = 12;
    c.trunkId = 9; // not in trunks.list
    c.pacer = QStringLiteral("smoothtorque"); // not in the engine's list either
    c.pacing = QJsonObject{{QStringLiteral("abandonCap"), 0.01},
                           {QStringLiteral("abandonWindowSeconds"), 3600},
                           {QStringLiteral("driveMin"), 50}};
    auto dialog = openDialog(c);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Campaign"));
    QCOMPARE(child<QComboBox>(dialog.get(), "trunkCombo")->currentText(), QStringLiteral("Trunk 9"));
    QCOMPARE(child<QDoubleSpinBox>(dialog.get(), "abandonCapSpin")->value(), 1.0);
    QCOMPARE(child<QComboBox>(dialog.get(), "abandonWindowCombo")->currentText(), QStringLiteral("3,600 seconds"));
    const QJsonObject data = dialog->requestData();
    QCOMPARE(data.value(Key::Id).toInt(), 8);
    QCOMPARE(data.value(Key::CustomerId).toInt(), 21); // the fake logs in as an admin
    QCOMPARE(data.value(Key::TrunkId).toInt(), 9);
    QCOMPARE(data.value(Key::Pacer).toString(), QStringLiteral("smoothtorque"));
    QCOMPARE(data.value(Key::Pacing).toObject(),
             (QJsonObject{{QStringLiteral("abandonCap"), 0.01},
                          {QStringLiteral("abandonWindowSeconds"), 3600},
                          {QStringLiteral("driveMin"), 50}}));
}

QTEST_MAIN(TestCampaignDialog)
#include "tst_campaigndialog.moc"
