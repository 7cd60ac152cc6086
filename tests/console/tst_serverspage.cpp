#include "common/protocol.h"
#include "console/main/languagemanager.h"
#include "console/models/servertablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/servers/serverdialog.h"
#include "console/servers/serverspage.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"
#include "tests/support/voicesimprocess.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 20000;
// Connecting, logging in, or giving up on a closed port, all in real time.
constexpr int kLiveTimeout = 45000;

const QString kAmiUser = QStringLiteral("dialer");
const QString kSecret = QStringLiteral("Sup3r-Secret-AMI");

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

// Types into a field as a user would: select what is there, type over it.
void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    if (auto edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
    else if (auto spin = qobject_cast<QAbstractSpinBox *>(field))
        spin->selectAll();
    if (text.isEmpty())
        QTest::keyClick(field, Qt::Key_Delete);
    else
        QTest::keyClicks(field, text);
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

// ServersPage and ServerDialog through their real widgets, against a real
// engine over a real WebSocket and real torque-voicesim nodes; a second
// protocol client plays "another console".
class TestServersPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsAServerThroughTheDialogAndItComesUp();
    void checksFieldsLocallyBeforeSending();
    void showsTheEnginesErrorsInsideTheDialog();
    void editingWithoutRetypingTheSecretKeepsIt();
    void deletesOnlyAfterConfirmation();
    void startAndStopChangeTheStateLive();
    void unreachableServerShowsTimeoutWithTheReason();
    void showsChangesFromAnotherConsoleLive();
    void editDoesNotUndoAStartFromAnotherConsole();
    void followsALanguageChange();

private:
    void openPage();
    qint64 addBehindTheScenes(const QString &name, quint16 port, bool enabled = false);
    ServerDialog *clickAndWaitForDialog(const char *button);
    void fillNewServer(ServerDialog *dialog, const QString &name, quint16 port,
                       const QString &user, const QString &secret);
    void selectRowNamed(const QString &name);
    int rowNamed(const QString &name) const;
    ServerRow serverNamed(const QString &name) const;
    QString stateOf(const QString &name) const;
    void verifySecretIsNowhere(const QString &secret);

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<TestClient> m_other;
    EngineClient *m_client = nullptr;
    ServersPage *m_page = nullptr;
};

void TestServersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_serverspage"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestServersPage::init()
{
    // A fresh engine (and database) per test: no test sees another's servers.
    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    m_engine->addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    m_other = std::make_unique<TestClient>();
    QVERIFY(m_other->connectTo(m_engine->url()));
    QVERIFY(m_other->login(QStringLiteral("alice"), QStringLiteral("alice-pass-1")).isOk());
}

void TestServersPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_client;
    m_client = nullptr;
    m_other.reset();
    m_engine.reset();
}

void TestServersPage::openPage()
{
    m_client = new EngineClient(this);
    m_client->connectTo(m_engine->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), EngineClient::State::Connected, kTimeout);
    bool done = false;
    bool ok = false;
    m_client->login(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), nullptr,
                    [&](const ProtocolMessage &reply) {
                        done = true;
                        ok = reply.isOk();
                    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY(ok);
    m_page = new ServersPage(m_client);
    m_page->resize(1000, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

qint64 TestServersPage::addBehindTheScenes(const QString &name, quint16 port, bool enabled)
{
    const ProtocolMessage reply = m_other->request(
        Type::ServersAdd,
        {{Key::Name, name}, {Key::Host, QStringLiteral("127.0.0.1")}, {Key::AmiPort, port},
         {Key::AmiUser, kAmiUser}, {Key::AmiSecret, kSecret}, {Key::MaxChannels, 10},
         {Key::Enabled, enabled}});
    if (!reply.isOk())
        qFatal("servers.add failed: %s", qPrintable(reply.errorMessage()));
    return qint64(reply.data().value(Key::Server).toObject().value(Key::Id).toDouble());
}

ServerDialog *TestServersPage::clickAndWaitForDialog(const char *button)
{
    QTest::mouseClick(child<QPushButton>(m_page, button), Qt::LeftButton);
    ServerDialog *dialog = nullptr;
    const auto found = [&] {
        dialog = qobject_cast<ServerDialog *>(QApplication::activeModalWidget());
        return dialog && dialog->isVisible();
    };
    return QTest::qWaitFor(found, kTimeout) ? dialog : nullptr;
}

void TestServersPage::fillNewServer(ServerDialog *dialog, const QString &name, quint16 port,
                                    const QString &user, const QString &secret)
{
    typeInto(child<QLineEdit>(dialog, "nameEdit"), name);
    typeInto(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
    typeInto(child<QSpinBox>(dialog, "portSpin"), QString::number(port));
    typeInto(child<QLineEdit>(dialog, "userEdit"), user);
    typeInto(child<QLineEdit>(dialog, "secretEdit"), secret);
}

int TestServersPage::rowNamed(const QString &name) const
{
    const ServerTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->serverAt(row).server.name == name)
            return row;
    }
    return -1;
}

ServerRow TestServersPage::serverNamed(const QString &name) const
{
    const int row = rowNamed(name);
    return row < 0 ? ServerRow() : m_page->model()->serverAt(row);
}

// What the user reads in the State column.
QString TestServersPage::stateOf(const QString &name) const
{
    const int row = rowNamed(name);
    if (row < 0)
        return QStringLiteral("(not listed)");
    return m_page->model()->index(row, ServerTableModel::State).data().toString();
}

void TestServersPage::selectRowNamed(const QString &name)
{
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(name) >= 0, kTimeout);
    QVERIFY(m_page->selectServer(serverNamed(name).server.id));
    QCOMPARE(m_page->selectedServer()->server.name, name);
}

void TestServersPage::verifySecretIsNowhere(const QString &secret)
{
    // Every cell of the table the user sees, every role, tooltips included.
    const QAbstractItemModel *view = m_page->view()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        for (int column = 0; column < view->columnCount(); ++column) {
            for (int role = 0; role <= ServerTableModel::EnabledRole; ++role) {
                const QVariant value = view->index(row, column).data(role);
                QVERIFY2(!value.toString().contains(secret),
                         qPrintable(QStringLiteral("row %1 column %2 role %3").arg(row).arg(column).arg(role)));
            }
        }
    }
    for (const ServerRow &row : m_page->model()->servers())
        QVERIFY(row.server.amiSecret.isEmpty());
    for (int column = 0; column < view->columnCount(); ++column)
        QVERIFY(!view->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().contains(secret));
    QVERIFY(!m_page->messageText().contains(secret));
    // And the engine never sent it to anyone.
    const QByteArray listed =
        QJsonDocument(m_other->request(Type::ServersList).data()).toJson(QJsonDocument::Compact);
    QVERIFY(!listed.contains(secret.toUtf8()));
}

void TestServersPage::addsAServerThroughTheDialogAndItComesUp()
{
    VoiceSimProcess sim(kAmiUser, kSecret);
    QVERIFY2(sim.start(), qPrintable(sim.lastOutput()));
    openPage();
    ServerDialog *dialog = clickAndWaitForDialog("addButton");
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Add Server"));
    // The defaults: Asterisk's AMI port, MD5 login, no limit, not started yet.
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5038);
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->text(), QStringLiteral("5038"));
    QVERIFY(child<QCheckBox>(dialog, "md5Check")->isChecked());
    QCOMPARE(child<QSpinBox>(dialog, "maxChannelsSpin")->value(), 0);
    QCOMPARE(child<QSpinBox>(dialog, "maxChannelsSpin")->text(), QStringLiteral("No limit"));
    auto active = child<QCheckBox>(dialog, "activeCheck");
    QVERIFY(active->isVisible());
    QVERIFY(!active->isChecked());
    auto secret = child<QLineEdit>(dialog, "secretEdit");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    fillNewServer(dialog, QStringLiteral("Auckland VentureVoIP"), sim.port(), kAmiUser, kSecret);
    QCOMPARE(secret->text(), kSecret);
    typeInto(child<QSpinBox>(dialog, "maxChannelsSpin"), QStringLiteral("120"));
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Space);
    QVERIFY(active->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServerDialog *>(), kTimeout);
    const ServerRow added = m_page->model()->serverAt(0);
    QCOMPARE(added.server.name, QStringLiteral("Auckland VentureVoIP"));
    QCOMPARE(added.server.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(added.server.amiPort, int(sim.port()));
    QCOMPARE(added.server.amiUser, kAmiUser);
    QCOMPARE(added.server.maxChannels, 120);
    QVERIFY(added.server.useMd5);
    QVERIFY(added.server.enabled);
    QVERIFY(added.hasSecret);
    QCOMPARE(m_page->selectedServer()->server.id, added.server.id);

    // Started at once with the typed secret: the node lets it in.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Auckland VentureVoIP")), QStringLiteral("Active"),
                              kLiveTimeout);
    const QModelIndex state = m_page->model()->index(0, ServerTableModel::State);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(),
             ServerTableModel::stateColor(ServerRow::State::Active));
    verifySecretIsNowhere(kSecret);
}

void TestServersPage::checksFieldsLocallyBeforeSending()
{
    openPage();
    ServerDialog *dialog = clickAndWaitForDialog("addButton");
    QVERIFY(dialog);
    auto save = child<QPushButton>(dialog, "saveButton");

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::Name));
    QVERIFY(!dialog->errorText().isEmpty());

    typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("My Server"));
    typeInto(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("192.168.101 .1"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::Host));
    QVERIFY(child<QLineEdit>(dialog, "hostEdit")->property("invalid").toBool());
    QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->property("invalid").toBool());

    typeInto(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("192.168.101.1"));
    typeInto(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("my username"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::AmiUser));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("without spaces")), qPrintable(dialog->errorText()));
    QVERIFY(child<QLineEdit>(dialog, "userEdit")->property("invalid").toBool());
    QVERIFY(!child<QLineEdit>(dialog, "hostEdit")->property("invalid").toBool());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_engine->rowCount(QStringLiteral("voice_servers")), 0);

    // Fixing the field clears the mark and saves.
    typeInto(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("myusername"));
    typeInto(child<QLineEdit>(dialog, "secretEdit"), kSecret);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QCOMPARE(stateOf(QStringLiteral("My Server")), QStringLiteral("Inactive"));
    QVERIFY(!m_page->model()->serverAt(0).server.enabled);
}

void TestServersPage::showsTheEnginesErrorsInsideTheDialog()
{
    addBehindTheScenes(QStringLiteral("Auckland2"), 5038);
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    ServerDialog *dialog = clickAndWaitForDialog("addButton");
    QVERIFY(dialog);
    fillNewServer(dialog, QStringLiteral("Auckland2"), 5039, QStringLiteral("SineDialer"), kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeout);
    QVERIFY2(dialog->errorText().contains(ErrorText::forCode(ErrorCode::Conflict)),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->invalidField(), QString(Key::Name));
    QVERIFY(child<QLineEdit>(dialog, "nameEdit")->property("invalid").toBool());
    QVERIFY(dialog->isVisible());
    // Nothing the user typed is lost, the secret included.
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Auckland2"));
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), 5039);
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("SineDialer"));
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->text(), kSecret);
    QCOMPARE(m_page->model()->rowCount(), 1);

    // Fixing the name saves.
    typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Auckland3"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServerDialog *>(), kTimeout);
}

void TestServersPage::editingWithoutRetypingTheSecretKeepsIt()
{
    VoiceSimProcess sim(kAmiUser, kSecret);
    QVERIFY2(sim.start(), qPrintable(sim.lastOutput()));
    openPage();
    // Registered through the page with the right secret but a wrong user, and started.
    ServerDialog *dialog = clickAndWaitForDialog("addButton");
    QVERIFY(dialog);
    fillNewServer(dialog, QStringLiteral("Christchurch"), sim.port(), QStringLiteral("nobody"), kSecret);
    auto active = child<QCheckBox>(dialog, "activeCheck");
    active->setFocus();
    QTest::keyClick(active, Qt::Key_Space);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("Christchurch")) >= 0, kTimeout);

    // The node refuses the login: amber, with the node's answer as the tooltip.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Christchurch")), QStringLiteral("Login failed"),
                              kLiveTimeout);
    const ServerRow refused = serverNamed(QStringLiteral("Christchurch"));
    const QModelIndex state = m_page->model()->index(rowNamed(QStringLiteral("Christchurch")),
                                                     ServerTableModel::State);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(),
             ServerTableModel::stateColor(ServerRow::State::LoginFailed));
    QVERIFY(!refused.stateDetail.isEmpty());
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), refused.stateDetail);

    // Edit: the stored secret is not shown, only said to be there.
    selectRowNamed(QStringLiteral("Christchurch"));
    dialog = clickAndWaitForDialog("editButton");
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Server"));
    auto secret = child<QLineEdit>(dialog, "secretEdit");
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(secret->placeholderText(), QStringLiteral("unchanged"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("Christchurch"));
    QCOMPARE(child<QSpinBox>(dialog, "portSpin")->value(), int(sim.port()));
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QStringLiteral("nobody"));
    QVERIFY(!child<QCheckBox>(dialog, "activeCheck")->isVisible());
    QCOMPARE(child<QPushButton>(dialog, "saveButton")->text(), QStringLiteral("Save Changes"));

    // Fix the user only; the secret field stays empty.
    typeInto(child<QLineEdit>(dialog, "userEdit"), kAmiUser);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<ServerDialog *>(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(serverNamed(QStringLiteral("Christchurch")).server.amiUser, kAmiUser,
                              kTimeout);
    QVERIFY(serverNamed(QStringLiteral("Christchurch")).hasSecret);
    QVERIFY(serverNamed(QStringLiteral("Christchurch")).server.enabled); // still started

    // The engine logs in again with the kept secret, and the node lets it in.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Christchurch")), QStringLiteral("Active"),
                              kLiveTimeout);
    verifySecretIsNowhere(kSecret);
}

void TestServersPage::deletesOnlyAfterConfirmation()
{
    addBehindTheScenes(QStringLiteral("Load Test"), 5038);
    addBehindTheScenes(QStringLiteral("Server 1"), 5038);
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
    auto remove = child<QPushButton>(m_page, "deleteButton");
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    selectRowNamed(QStringLiteral("Server 1"));
    QVERIFY(remove->isEnabled());

    // First answer "Cancel": nothing happens.
    QTest::mouseClick(remove, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), kTimeout);
    QVERIFY2(box->text().contains(QStringLiteral("\"Server 1\"")), qPrintable(box->text()));
    QTest::mouseClick(child<QPushButton>(box, "cancelDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), kTimeout);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_engine->rowCount(QStringLiteral("voice_servers")), 2);

    // Then confirm.
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), kTimeout);
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QCOMPARE(m_page->model()->serverAt(0).server.name, QStringLiteral("Load Test"));
    QCOMPARE(m_engine->rowCount(QStringLiteral("voice_servers")), 1);
    QVERIFY(m_page->messageText().isEmpty());
}

void TestServersPage::startAndStopChangeTheStateLive()
{
    VoiceSimProcess sim(kAmiUser, kSecret);
    QVERIFY2(sim.start(), qPrintable(sim.lastOutput()));
    openPage();
    ServerDialog *dialog = clickAndWaitForDialog("addButton");
    QVERIFY(dialog);
    fillNewServer(dialog, QStringLiteral("Dunedin"), sim.port(), kAmiUser, kSecret);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("Dunedin")) >= 0, kTimeout);
    QCOMPARE(stateOf(QStringLiteral("Dunedin")), QStringLiteral("Inactive"));

    auto start = child<QPushButton>(m_page, "startButton");
    auto stop = child<QPushButton>(m_page, "stopButton");
    // The new server is selected; it can be started, not stopped.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->selectedServer()->server.name, QStringLiteral("Dunedin"), kTimeout);
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());
    const int row = rowNamed(QStringLiteral("Dunedin"));
    const QModelIndex enabled = m_page->model()->index(row, ServerTableModel::Enabled);
    QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QCOMPARE(m_page->model()->index(row, ServerTableModel::State).data(Qt::ForegroundRole)
                 .value<QBrush>().color(),
             ServerTableModel::stateColor(ServerRow::State::Inactive));

    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Dunedin")), QStringLiteral("Active"), kLiveTimeout);
    QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), kTimeout);
    QVERIFY(!start->isEnabled());

    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Dunedin")), QStringLiteral("Inactive"), kLiveTimeout);
    QCOMPARE(enabled.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QTRY_VERIFY_WITH_TIMEOUT(start->isEnabled(), kTimeout);
    QVERIFY(!stop->isEnabled());
    QVERIFY(m_page->messageText().isEmpty());
}

void TestServersPage::unreachableServerShowsTimeoutWithTheReason()
{
    addBehindTheScenes(QStringLiteral("Nowhere"), closedPort());
    openPage();
    selectRowNamed(QStringLiteral("Nowhere"));
    QTest::mouseClick(child<QPushButton>(m_page, "startButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Nowhere")), QStringLiteral("Timeout"), kLiveTimeout);

    const ServerRow server = serverNamed(QStringLiteral("Nowhere"));
    QVERIFY(!server.stateDetail.isEmpty());
    const QModelIndex state = m_page->model()->index(rowNamed(QStringLiteral("Nowhere")),
                                                     ServerTableModel::State);
    QCOMPARE(state.data(Qt::ToolTipRole).toString(), server.stateDetail);
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(),
             ServerTableModel::stateColor(ServerRow::State::Timeout));
    // The engine's own reason, as any console reads it.
    const QJsonObject listed =
        m_other->request(Type::ServersList).data().value(Key::Servers).toArray().at(0).toObject();
    QCOMPARE(listed.value(Key::State).toString(), QStringLiteral("timeout"));
    QVERIFY(!listed.value(Key::StateDetail).toString().isEmpty());
}

void TestServersPage::showsChangesFromAnotherConsoleLive()
{
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kTimeout);
    QSignalSpy resets(m_page->model(), &QAbstractItemModel::modelReset);
    const qint64 id = addBehindTheScenes(QStringLiteral("Auckland VentureVoIP"), closedPort());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    selectRowNamed(QStringLiteral("Auckland VentureVoIP"));

    // Renamed elsewhere: the row follows, and stays selected.
    QVERIFY(m_other->request(Type::ServersUpdate,
                             {{Key::Id, id}, {Key::Name, QStringLiteral("Auckland2")},
                              {Key::Host, QStringLiteral("127.0.0.2")}, {Key::AmiPort, closedPort()},
                              {Key::AmiUser, kAmiUser}, {Key::MaxChannels, 30}})
                .isOk());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->serverAt(0).server.name, QStringLiteral("Auckland2"),
                              kTimeout);
    QCOMPARE(m_page->model()->serverAt(0).server.host, QStringLiteral("127.0.0.2"));
    QVERIFY(m_page->model()->serverAt(0).hasSecret);
    QCOMPARE(m_page->selectedServer()->server.id, id);

    // Started elsewhere: the switch, the buttons and the state follow.
    auto stop = child<QPushButton>(m_page, "stopButton");
    QVERIFY(!stop->isEnabled());
    QVERIFY(m_other->request(Type::ServersStart, {{Key::Id, id}}).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->serverAt(0).server.enabled, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(stop->isEnabled(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(QStringLiteral("Auckland2")) != QStringLiteral("Inactive"), kTimeout);
    QVERIFY(m_other->request(Type::ServersStop, {{Key::Id, id}}).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("Auckland2")), QStringLiteral("Inactive"), kTimeout);

    QVERIFY(m_other->request(Type::ServersRemove, {{Key::Id, id}}).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kTimeout);
    QCOMPARE(resets.count(), 0);
}

void TestServersPage::editDoesNotUndoAStartFromAnotherConsole()
{
    const qint64 id = addBehindTheScenes(QStringLiteral("Server 1"), closedPort());
    openPage();
    selectRowNamed(QStringLiteral("Server 1"));
    ServerDialog *dialog = clickAndWaitForDialog("editButton");
    QVERIFY(dialog);
    // While the dialog is open, someone else starts the server.
    QVERIFY(m_other->request(Type::ServersStart, {{Key::Id, id}}).isOk());
    QTRY_VERIFY_WITH_TIMEOUT(serverNamed(QStringLiteral("Server 1")).server.enabled, kTimeout);
    typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Server One"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("Server One")) >= 0, kTimeout);
    QVERIFY(serverNamed(QStringLiteral("Server One")).server.enabled);
    const QJsonObject listed =
        m_other->request(Type::ServersList).data().value(Key::Servers).toArray().at(0).toObject();
    QVERIFY(listed.value(Key::Enabled).toBool());
}

void TestServersPage::followsALanguageChange()
{
    addBehindTheScenes(QStringLiteral("Server 1"), 5038);
    openPage();
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(QStringLiteral("it")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(m_page, "addButton")->text(),
                              QStringLiteral("Aggiungi server"), kTimeout);
    QCOMPARE(child<QPushButton>(m_page, "startButton")->text(), QStringLiteral("Avvia"));
    const QAbstractItemModel *view = m_page->view()->model();
    QCOMPARE(view->headerData(ServerTableModel::State, Qt::Horizontal).toString(), QStringLiteral("Stato"));
    QCOMPARE(view->index(0, ServerTableModel::State).data().toString(), QStringLiteral("Inattivo"));

    selectRowNamed(QStringLiteral("Server 1"));
    ServerDialog *dialog = clickAndWaitForDialog("editButton");
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Modifica server"));
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->placeholderText(), QStringLiteral("invariata"));
    QVERIFY(languages.setLanguage(QStringLiteral("es")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->windowTitle(), QStringLiteral("Editar servidor"), kTimeout);
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->placeholderText(), QStringLiteral("sin cambios"));
    dialog->reject();
    QCOMPARE(child<QPushButton>(m_page, "stopButton")->text(), QStringLiteral("Detener"));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(child<QPushButton>(m_page, "addButton")->text(), QStringLiteral("Add Server"),
                              kTimeout);
}

QTEST_MAIN(TestServersPage)
#include "tst_serverspage.moc"
