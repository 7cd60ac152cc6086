#include "common/protocol.h"
#include "console/models/trunktablemodel.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "console/trunks/trunkdialog.h"
#include "console/trunks/trunkspage.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QApplication>
#include <QBrush>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Protocol;

namespace {

constexpr int kTimeout = 20000;

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

QJsonObject trunkData(const QString &name, const QString &dialString, double cps, int channels)
{
    return {{Key::Name, name}, {Key::DialString, dialString}, {Key::MaxCps, cps},
            {Key::MaxChannels, channels}};
}

} // namespace

// TrunksPage and TrunkDialog through their real widgets, against a real
// engine over a real WebSocket; a second protocol client plays "another console".
class TestTrunksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addsATrunkThroughTheDialog();
    void checksFieldsLocallyBeforeSending();
    void showsTheEnginesConflictInsideTheDialog();
    void editsTheSelectedTrunk();
    void doubleClickEdits();
    void deletesOnlyAfterConfirmation();
    void showsWhyTheDefaultCannotBeDeleted();
    void makesATrunkTheDefault();
    void tickingTheDefaultBoxAsksTheEngine();
    void showsChangesFromAnotherConsoleLive();
    void isReadOnlyForAnAccountsManager();

private:
    void openPage(const QString &user, const QString &password, bool readOnly);
    qint64 addBehindTheScenes(const QString &name, const QString &dialString, double cps = 1,
                              int channels = 10);
    TrunkDialog *waitForDialog();
    void selectRowNamed(const QString &name);
    int rowNamed(const QString &name) const;

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<TestClient> m_other;
    EngineClient *m_client = nullptr;
    TrunksPage *m_page = nullptr;
};

void TestTrunksPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_trunkspage"));
    // Typed numbers below use '.' as the decimal point.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTrunksPage::init()
{
    // A fresh engine (and database) per test: no test sees another's trunks.
    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    m_engine->addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    m_engine->addUser(QStringLiteral("mona"), QStringLiteral("mona-pass-1"), Role::AccountsManager);
    m_other = std::make_unique<TestClient>();
    QVERIFY(m_other->connectTo(m_engine->url()));
    QVERIFY(m_other->login(QStringLiteral("alice"), QStringLiteral("alice-pass-1")).isOk());
}

void TestTrunksPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    delete m_client;
    m_client = nullptr;
    m_other.reset();
    m_engine.reset();
}

void TestTrunksPage::openPage(const QString &user, const QString &password, bool readOnly)
{
    m_client = new EngineClient(this);
    m_client->connectTo(m_engine->url());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), EngineClient::State::Connected, kTimeout);
    bool done = false;
    bool ok = false;
    m_client->login(user, password, nullptr, [&](const ProtocolMessage &reply) {
        done = true;
        ok = reply.isOk();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY(ok);
    m_page = new TrunksPage(m_client, readOnly);
    m_page->resize(800, 400);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

qint64 TestTrunksPage::addBehindTheScenes(const QString &name, const QString &dialString,
                                          double cps, int channels)
{
    const ProtocolMessage reply =
        m_other->request(Type::TrunksAdd, trunkData(name, dialString, cps, channels));
    if (!reply.isOk())
        qFatal("trunks.add failed: %s", qPrintable(reply.errorMessage()));
    return qint64(reply.data().value(Key::Trunk).toObject().value(Key::Id).toDouble());
}

TrunkDialog *TestTrunksPage::waitForDialog()
{
    TrunkDialog *dialog = nullptr;
    const auto found = [&] {
        dialog = qobject_cast<TrunkDialog *>(QApplication::activeModalWidget());
        return dialog && dialog->isVisible();
    };
    return QTest::qWaitFor(found, kTimeout) ? dialog : nullptr;
}

int TestTrunksPage::rowNamed(const QString &name) const
{
    const TrunkTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->trunkAt(row).name == name)
            return row;
    }
    return -1;
}

void TestTrunksPage::selectRowNamed(const QString &name)
{
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(name) >= 0, kTimeout);
    QVERIFY(m_page->selectTrunk(m_page->model()->trunkAt(rowNamed(name)).id));
    QCOMPARE(m_page->selectedTrunk()->name, name);
}

void TestTrunksPage::addsATrunkThroughTheDialog()
{
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTest::mouseClick(child<QPushButton>(m_page, "addButton"), Qt::LeftButton);
    TrunkDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isEditing());
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("2Talk"));
    child<QLineEdit>(dialog, "dialStringEdit")->setText(QStringLiteral("SIP/${EXTEN}@2talk"));
    // 0.1 CPS must be enterable by typing, as in the manual's 2Talk trunk.
    auto cps = child<QDoubleSpinBox>(dialog, "maxCpsSpin");
    cps->setFocus();
    cps->selectAll();
    QTest::keyClicks(cps, QStringLiteral("0.1"));
    QCOMPARE(cps->value(), 0.1);
    auto channels = child<QSpinBox>(dialog, "maxChannelsSpin");
    channels->selectAll();
    QTest::keyClicks(channels, QStringLiteral("20"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<TrunkDialog *>(), kTimeout);
    const Trunk trunk = m_page->model()->trunkAt(0);
    QCOMPARE(trunk.name, QStringLiteral("2Talk"));
    QCOMPARE(trunk.maxCps, 0.1);
    QCOMPARE(trunk.maxChannels, 20);
    QVERIFY(trunk.isDefault); // the first trunk becomes the default
    QCOMPARE(m_page->selectedTrunk()->id, trunk.id);

    const ProtocolMessage list = m_other->request(Type::TrunksList);
    QCOMPARE(list.data().value(Key::Trunks).toArray().size(), 1);
    QCOMPARE(list.data().value(Key::Trunks).toArray().at(0).toObject().value(Key::MaxCps).toDouble(),
             0.1);
}

void TestTrunksPage::checksFieldsLocallyBeforeSending()
{
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTest::mouseClick(child<QPushButton>(m_page, "addButton"), Qt::LeftButton);
    TrunkDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    auto save = child<QPushButton>(dialog, "saveButton");

    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::Name));
    QVERIFY(!dialog->errorText().isEmpty());

    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("NTA"));
    child<QLineEdit>(dialog, "dialStringEdit")->setText(QStringLiteral("SIP/nta"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(dialog->invalidField(), QString(Key::DialString));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("${EXTEN}")), qPrintable(dialog->errorText()));
    QVERIFY(child<QLineEdit>(dialog, "dialStringEdit")->property("invalid").toBool());
    QVERIFY(!child<QLineEdit>(dialog, "nameEdit")->property("invalid").toBool());
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_engine->rowCount(QStringLiteral("trunks")), 0);

    // Fixing the field clears the mark and saves.
    child<QLineEdit>(dialog, "dialStringEdit")->setText(QStringLiteral("SIP/${EXTEN}@nta"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
}

void TestTrunksPage::showsTheEnginesConflictInsideTheDialog()
{
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"));
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QTest::mouseClick(child<QPushButton>(m_page, "addButton"), Qt::LeftButton);
    TrunkDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("NTA"));
    child<QLineEdit>(dialog, "dialStringEdit")->setText(QStringLiteral("IAX2/other/${EXTEN}"));
    child<QSpinBox>(dialog, "maxChannelsSpin")->setValue(77);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), kTimeout);
    QVERIFY2(dialog->errorText().contains(ErrorText::forCode(ErrorCode::Conflict)),
             qPrintable(dialog->errorText()));
    QCOMPARE(dialog->invalidField(), QString(Key::Name));
    QVERIFY(dialog->isVisible());
    // Nothing the user typed is lost.
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("NTA"));
    QCOMPARE(child<QLineEdit>(dialog, "dialStringEdit")->text(), QStringLiteral("IAX2/other/${EXTEN}"));
    QCOMPARE(child<QSpinBox>(dialog, "maxChannelsSpin")->value(), 77);
    QCOMPARE(m_page->model()->rowCount(), 1);

    QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<TrunkDialog *>(), kTimeout);
}

void TestTrunksPage::editsTheSelectedTrunk()
{
    addBehindTheScenes(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"), 10, 20);
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"), 1, 3);
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    auto edit = child<QPushButton>(m_page, "editButton");
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
    QVERIFY(!edit->isEnabled()); // nothing selected yet
    selectRowNamed(QStringLiteral("NTA"));
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    TrunkDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("NTA"));
    QCOMPARE(child<QLineEdit>(dialog, "dialStringEdit")->text(), QStringLiteral("SIP/${EXTEN}@nta"));
    QCOMPARE(child<QDoubleSpinBox>(dialog, "maxCpsSpin")->value(), 1.0);
    QCOMPARE(child<QSpinBox>(dialog, "maxChannelsSpin")->value(), 3);
    QCOMPARE(child<QPushButton>(dialog, "saveButton")->text(), QStringLiteral("Save Changes"));

    child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("NTA Wholesale"));
    child<QSpinBox>(dialog, "maxChannelsSpin")->setValue(50);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(QStringLiteral("NTA Wholesale")) >= 0, kTimeout);
    const Trunk edited = m_page->model()->trunkAt(rowNamed(QStringLiteral("NTA Wholesale")));
    QCOMPARE(edited.maxChannels, 50);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<TrunkDialog *>(), kTimeout);
}

void TestTrunksPage::doubleClickEdits()
{
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"), 1, 3);
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QTableView *view = m_page->view();
    const QModelIndex index = view->model()->index(0, TrunkTableModel::Name);
    const QPoint centre = view->visualRect(index).center();
    // A double click is press, release, press, double-click, release.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    TrunkDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isEditing());
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), QStringLiteral("NTA"));
    dialog->reject();
}

void TestTrunksPage::deletesOnlyAfterConfirmation()
{
    addBehindTheScenes(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"));
    addBehindTheScenes(QStringLiteral("Dialplan"), QStringLiteral("Local/${EXTEN}@my_context"));
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
    selectRowNamed(QStringLiteral("Dialplan"));

    // First answer "Cancel": nothing happens.
    QTest::mouseClick(child<QPushButton>(m_page, "deleteButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), kTimeout);
    QVERIFY2(box->text().contains(QStringLiteral("\"Dialplan\"")), qPrintable(box->text()));
    QTest::mouseClick(child<QPushButton>(box, "cancelDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!QApplication::activeModalWidget(), kTimeout);
    QCOMPARE(m_page->model()->rowCount(), 2);
    QCOMPARE(m_engine->rowCount(QStringLiteral("trunks")), 2);

    // Then confirm.
    QTest::mouseClick(child<QPushButton>(m_page, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), kTimeout);
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QCOMPARE(m_page->model()->trunkAt(0).name, QStringLiteral("Load Test"));
    QVERIFY(m_page->messageText().isEmpty());
}

void TestTrunksPage::showsWhyTheDefaultCannotBeDeleted()
{
    addBehindTheScenes(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"));
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"));
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    selectRowNamed(QStringLiteral("Load Test"));
    QVERIFY(m_page->selectedTrunk()->isDefault);
    QTest::mouseClick(child<QPushButton>(m_page, "deleteButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())), kTimeout);
    QTest::mouseClick(child<QPushButton>(box, "confirmDeleteButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->messageText().isEmpty(), kTimeout);
    QVERIFY2(m_page->messageText().contains(ErrorText::forCode(ErrorCode::Conflict)),
             qPrintable(m_page->messageText()));
    QVERIFY(m_page->messageText().contains(QStringLiteral("Load Test")));
    QCOMPARE(m_page->model()->rowCount(), 2);
}

void TestTrunksPage::makesATrunkTheDefault()
{
    addBehindTheScenes(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"));
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"));
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    auto makeDefault = child<QPushButton>(m_page, "makeDefaultButton");
    selectRowNamed(QStringLiteral("Load Test"));
    QVERIFY(!makeDefault->isEnabled()); // already the default
    selectRowNamed(QStringLiteral("NTA"));
    QVERIFY(makeDefault->isEnabled());
    QTest::mouseClick(makeDefault, Qt::LeftButton);

    TrunkTableModel *model = m_page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->trunkAt(rowNamed(QStringLiteral("NTA"))).isDefault, kTimeout);
    QVERIFY(!model->trunkAt(rowNamed(QStringLiteral("Load Test"))).isDefault);
    // The green highlight and the tick moved with it.
    const QModelIndex nta = model->index(rowNamed(QStringLiteral("NTA")), TrunkTableModel::Name);
    const QModelIndex load = model->index(rowNamed(QStringLiteral("Load Test")), TrunkTableModel::Name);
    QCOMPARE(nta.data(Qt::BackgroundRole).value<QBrush>().color(), TrunkTableModel::defaultBackground());
    QVERIFY(!load.data(Qt::BackgroundRole).isValid());
    QCOMPARE(nta.siblingAtColumn(TrunkTableModel::Default).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QTRY_VERIFY_WITH_TIMEOUT(!makeDefault->isEnabled(), kTimeout); // NTA still selected
}

void TestTrunksPage::tickingTheDefaultBoxAsksTheEngine()
{
    addBehindTheScenes(QStringLiteral("Load Test"), QStringLiteral("Local/s@staff/${EXTEN}"));
    addBehindTheScenes(QStringLiteral("2Talk"), QStringLiteral("SIP/${EXTEN}@2talk"), 0.1, 20);
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
    QAbstractItemModel *viewModel = m_page->view()->model();
    QModelIndex box;
    for (int row = 0; row < viewModel->rowCount(); ++row) {
        const QModelIndex name = viewModel->index(row, TrunkTableModel::Name);
        if (name.data().toString() == QStringLiteral("2Talk"))
            box = name.siblingAtColumn(TrunkTableModel::Default);
    }
    QVERIFY(box.isValid());
    QVERIFY(box.flags() & Qt::ItemIsUserCheckable);
    // What the view does when the box is clicked.
    viewModel->setData(box, Qt::Checked, Qt::CheckStateRole);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->model()->trunkAt(rowNamed(QStringLiteral("2Talk"))).isDefault, kTimeout);
}

void TestTrunksPage::showsChangesFromAnotherConsoleLive()
{
    openPage(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kTimeout);
    const qint64 id = addBehindTheScenes(QStringLiteral("Tutorial Trunk"),
                                         QStringLiteral("SIP/${EXTEN}@myprovider"), 5, 100);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QCOMPARE(m_page->model()->trunkAt(0).name, QStringLiteral("Tutorial Trunk"));

    QJsonObject update = trunkData(QStringLiteral("Tutorial Trunk"),
                                   QStringLiteral("SIP/${EXTEN}@myprovider"), 7.5, 100);
    update.insert(Key::Id, id);
    QVERIFY(m_other->request(Type::TrunksUpdate, update).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->trunkAt(0).maxCps, 7.5, kTimeout);

    QVERIFY(m_other->request(Type::TrunksRemove, {{Key::Id, id}}).isOk());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 0, kTimeout);
}

void TestTrunksPage::isReadOnlyForAnAccountsManager()
{
    addBehindTheScenes(QStringLiteral("NTA"), QStringLiteral("SIP/${EXTEN}@nta"));
    openPage(QStringLiteral("mona"), QStringLiteral("mona-pass-1"), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 1, kTimeout);
    QVERIFY(m_page->isReadOnly());
    for (const char *name : {"addButton", "editButton", "deleteButton", "makeDefaultButton"})
        QVERIFY2(!child<QPushButton>(m_page, name)->isVisible(), name);
    QVERIFY(child<QPushButton>(m_page, "refreshButton")->isVisible());
    QVERIFY(child<QLabel>(m_page, "readOnlyNote")->isVisible());
    const QModelIndex box = m_page->view()->model()->index(0, TrunkTableModel::Default);
    QVERIFY(!(box.flags() & Qt::ItemIsUserCheckable));

    const QModelIndex name = m_page->view()->model()->index(0, TrunkTableModel::Name);
    QTest::mouseDClick(m_page->view()->viewport(), Qt::LeftButton, {},
                       m_page->view()->visualRect(name).center());
    QCoreApplication::processEvents();
    QVERIFY(!m_page->findChild<TrunkDialog *>());

    // Live updates reach read-only viewers too.
    addBehindTheScenes(QStringLiteral("2Talk"), QStringLiteral("SIP/${EXTEN}@2talk"), 0.1, 20);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 2, kTimeout);
}

QTEST_MAIN(TestTrunksPage)
#include "tst_trunkspage.moc"
