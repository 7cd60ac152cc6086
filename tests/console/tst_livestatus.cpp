#include "common/protocol.h"
#include "console/campaigns/campaignspage.h"
#include "console/login/logindialog.h"
#include "console/main/appcontroller.h"
#include "console/main/languagemanager.h"
#include "console/main/mainwindow.h"
#include "console/models/campaigntablemodel.h"
#include "console/status/enginestatusview.h"
#include "console/status/statuschart.h"
#include "console/status/statusinfobar.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"
#include "tests/support/voicesimprocess.h"

#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 20000;
constexpr int kLiveTimeout = 90000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

// The whole chain, live: a supervisor's console (real widgets, offscreen)
// starts a load simulation on a real engine, whose pacer dials a real
// torque-voicesim over AMI, and the engine's figures reach the console's
// Engine Status graph and info bar; Stop stops it.
class TestLiveStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loadSimulationFiguresReachTheConsole();

private:
    MainWindow *logIn();
    qint64 prepareLoadSimulation();

    std::unique_ptr<VoiceSimProcess> m_sim;
    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<AppController> m_controller;
};

void TestLiveStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_livestatus"));
    QSettings().clear();
    LanguageManager::saveLanguage(QStringLiteral("en"));
    m_languages = std::make_unique<LanguageManager>();
}

void TestLiveStatus::init()
{
    m_sim = std::make_unique<VoiceSimProcess>(
        QStringLiteral("dialer"), QStringLiteral("sim-secret"),
        QStringList{QStringLiteral("--speed"), QStringLiteral("4"), QStringLiteral("--human-rate"),
                    QStringLiteral("0.45"), QStringLiteral("--talk-min"), QStringLiteral("2"),
                    QStringLiteral("--talk-max"), QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY2(m_sim->start(), qPrintable(m_sim->lastOutput()));
    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    m_engine->addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    m_controller = std::make_unique<AppController>(m_languages.get());
    m_controller->setLoginDefaults(m_engine->url().toString(), QString());
    m_controller->start();
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->loginDialog()));
}

void TestLiveStatus::cleanup()
{
    m_controller.reset();
    m_engine.reset();
    m_sim.reset();
}

MainWindow *TestLiveStatus::logIn()
{
    LoginDialog *login = m_controller->loginDialog();
    child<QLineEdit>(login, "userEdit")->setText(QStringLiteral("alice"));
    child<QLineEdit>(login, "passwordEdit")->setText(QStringLiteral("alice-pass-1"));
    QTest::mouseClick(child<QPushButton>(login, "loginButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([this] { return m_controller->mainWindow() != nullptr; }, kTimeout))
        return nullptr;
    MainWindow *window = m_controller->mainWindow();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

// The voice node, the trunk and the campaign, made by another admin console.
qint64 TestLiveStatus::prepareLoadSimulation()
{
    TestClient admin;
    if (!admin.connectTo(m_engine->url())
        || !admin.login(QStringLiteral("alice"), QStringLiteral("alice-pass-1")).isOk())
        return 0;
    const QJsonObject server{{Key::Name, QStringLiteral("sim")}, {Key::Host, QStringLiteral("127.0.0.1")},
                             {Key::AmiPort, m_sim->port()}, {Key::AmiUser, QStringLiteral("dialer")},
                             {Key::AmiSecret, QStringLiteral("sim-secret")}, {Key::MaxChannels, 0},
                             {Key::Enabled, true}};
    const QJsonObject trunk{{Key::Name, QStringLiteral("Load Test")},
                            {Key::DialString, QStringLiteral("Local/${EXTEN}@simnet")}, {Key::MaxCps, 10},
                            {Key::MaxChannels, 40}};
    const QJsonObject campaign{{Key::Name, QStringLiteral("Live graph")},
                               {Key::CampaignType, QStringLiteral("loadSimulation")},
                               {Key::MaxConnected, 5}, {Key::Pacer, QStringLiteral("smoothtorque")},
                               {Key::WrapUpSeconds, 0.5}};
    if (!admin.request(Type::ServersAdd, server).isOk() || !admin.request(Type::TrunksAdd, trunk).isOk())
        return 0;
    return admin.request(Type::CampaignsAdd, campaign).data().value(Key::Campaign).toObject().value(Key::Id).toInteger();
}

void TestLiveStatus::loadSimulationFiguresReachTheConsole()
{
    MainWindow *window = logIn();
    QVERIFY(window);
    const qint64 id = prepareLoadSimulation();
    QVERIFY(id > 0);

    CampaignsPage *campaigns = window->campaignsPage();
    QVERIFY(campaigns);
    QTRY_VERIFY_WITH_TIMEOUT(campaigns->selectCampaign(id), kTimeout);
    QTest::mouseClick(child<QPushButton>(campaigns, "statusButton"), Qt::LeftButton);
    EngineStatusView *status = window->engineStatusView();
    QCOMPARE(window->tabs()->currentWidget(), status);
    QCOMPARE(status->campaignId(), id);

    QPushButton *start = child<QPushButton>(status, "startButton");
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kTimeout);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(status, "stopButton")->isEnabled(), kTimeout);

    // Samples arrive once a second and calls get connected to the simulated agents.
    QTRY_VERIFY_WITH_TIMEOUT(status->history().latest().value(StatusKey::Connected).toDouble() >= 2, kLiveTimeout);
    QVERIFY(status->history().size() >= 2);
    const QJsonObject latest = status->history().latest();
    QCOMPARE(latest.value(StatusKey::Agents).toInt(), 5);
    QCOMPARE(latest.value(StatusKey::Pacer).toString(), QStringLiteral("smoothtorque"));
    QVERIFY(latest.contains(StatusKey::Weight)); // smoothtorque's own terms reach the debug bar
    QVERIFY(status->chart()->busyLine()->count() >= 2);
    QCOMPARE(status->chart()->speedSeries()->count(), status->chart()->busyLine()->count());
    const QString info = status->infoBar()->text();
    QVERIFY2(info.contains(QStringLiteral("Dialed:")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("/5")), qPrintable(info)); // busy agents of five
    status->debugCheckBox()->setChecked(true);
    QVERIFY(status->debugBar()->isVisible());
    QVERIFY2(status->debugBar()->text().contains(QStringLiteral("Weight")), qPrintable(status->debugBar()->text()));

    QTest::mouseClick(child<QPushButton>(status, "stopButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("campaigns WHERE status = 'running'")), 0, kTimeout);
}

QTEST_MAIN(TestLiveStatus)
#include "tst_livestatus.moc"
