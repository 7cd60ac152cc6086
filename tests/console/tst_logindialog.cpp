#include "common/protocol.h"
#include "console/login/changepassworddialog.h"
#include "console/login/logindialog.h"
#include "console/main/languagemanager.h"
#include "console/net/engineclient.h"
#include "console/net/errortext.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <memory>

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

} // namespace

// LoginDialog against a real engine over a real WebSocket.
class TestLoginDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void loginButtonWaitsForAllFields();
    void successfulLoginAcceptsAndRemembersAllButThePassword();
    void wrongPasswordShowsAuthFailedAndStaysOpen();
    void tooManyFailuresShowThrottled();
    void refusedConnectionIsShownInline();
    void rejectsAnAddressThatIsNotWebSocket();
    void forcedPasswordChangeComesBeforeTheMainWindow();
    void cancellingThePasswordChangeEndsTheSession();
    void choosingALanguageRetranslatesAtOnce();
    void prefilledValuesWin();

private:
    void fillIn(const QString &user, const QString &password, const QString &url = {});
    void clickLogin();

    std::unique_ptr<TestEngine> m_engine;
    std::unique_ptr<LanguageManager> m_languages;
    EngineClient *m_client = nullptr;
    LoginDialog *m_dialog = nullptr;
};

void TestLoginDialog::initTestCase()
{
    // Remembered settings go to a throw-away test location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logindialog"));
    QSettings().clear();

    m_engine = std::make_unique<TestEngine>();
    QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
    m_engine->addUser(QStringLiteral("alice"), QStringLiteral("alice-pass-1"), Role::Admin);
    m_engine->addUser(QStringLiteral("bob"), QStringLiteral("bob-pass-1"), Role::Admin);
    m_engine->addUser(QStringLiteral("carol"), QStringLiteral("carol-pass-1"), Role::Customer);
    m_engine->setPassword(QStringLiteral("carol"), QStringLiteral("carol-pass-1"), true);
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestLoginDialog::init()
{
    m_client = new EngineClient(this);
    m_dialog = new LoginDialog(m_client, m_languages.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestLoginDialog::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
    delete m_client;
    m_client = nullptr;
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestLoginDialog::fillIn(const QString &user, const QString &password, const QString &url)
{
    child<QLineEdit>(m_dialog, "urlEdit")->setText(url.isEmpty() ? m_engine->url().toString() : url);
    child<QLineEdit>(m_dialog, "userEdit")->setText(user);
    child<QLineEdit>(m_dialog, "passwordEdit")->setText(password);
}

void TestLoginDialog::clickLogin()
{
    auto button = child<QPushButton>(m_dialog, "loginButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestLoginDialog::loginButtonWaitsForAllFields()
{
    auto button = child<QPushButton>(m_dialog, "loginButton");
    child<QLineEdit>(m_dialog, "urlEdit")->setText(m_engine->url().toString());
    child<QLineEdit>(m_dialog, "userEdit")->clear();
    child<QLineEdit>(m_dialog, "passwordEdit")->clear();
    QVERIFY(!button->isEnabled());
    child<QLineEdit>(m_dialog, "userEdit")->setText(QStringLiteral("alice"));
    QVERIFY(!button->isEnabled());
    child<QLineEdit>(m_dialog, "passwordEdit")->setText(QStringLiteral("x"));
    QVERIFY(button->isEnabled());
    child<QLineEdit>(m_dialog, "urlEdit")->clear();
    QVERIFY(!button->isEnabled());
    QCOMPARE(child<QLineEdit>(m_dialog, "passwordEdit")->echoMode(), QLineEdit::Password);
}

void TestLoginDialog::successfulLoginAcceptsAndRemembersAllButThePassword()
{
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    fillIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    clickLogin();
    QVERIFY(m_dialog->isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeout);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(m_client->isLoggedIn());
    QCOMPARE(m_client->userName(), QStringLiteral("alice"));
    QCOMPARE(m_client->role(), std::optional<Role>(Role::Admin));

    const QSettings settings;
    QVERIFY2(settings.fileName().contains(QStringLiteral("qttest")), qPrintable(settings.fileName()));
    bool sawUrl = false;
    for (const QString &key : settings.allKeys()) {
        const QString value = settings.value(key).toString();
        QVERIFY2(!value.contains(QStringLiteral("alice-pass-1")), qPrintable(key));
        sawUrl = sawUrl || value == m_engine->url().toString();
    }
    QVERIFY(sawUrl);
    QVERIFY(settings.allKeys().size() >= 2);

    // A new dialog starts from the remembered URL and user.
    LoginDialog again(m_client, m_languages.get());
    QCOMPARE(child<QLineEdit>(&again, "urlEdit")->text(), m_engine->url().toString());
    QCOMPARE(child<QLineEdit>(&again, "userEdit")->text(), QStringLiteral("alice"));
    QVERIFY(child<QLineEdit>(&again, "passwordEdit")->text().isEmpty());
}

void TestLoginDialog::wrongPasswordShowsAuthFailedAndStaysOpen()
{
    QSignalSpy finished(m_dialog, &QDialog::finished);
    fillIn(QStringLiteral("bob"), QStringLiteral("not-his-password"));
    clickLogin();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kTimeout);
    QVERIFY2(m_dialog->statusText().contains(ErrorText::forCode(ErrorCode::AuthFailed)),
             qPrintable(m_dialog->statusText()));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_client->isLoggedIn());
    // The user name stays, the password is to be typed again.
    QCOMPARE(child<QLineEdit>(m_dialog, "userEdit")->text(), QStringLiteral("bob"));
    QVERIFY(child<QLineEdit>(m_dialog, "passwordEdit")->text().isEmpty());
    QVERIFY(child<QLineEdit>(m_dialog, "passwordEdit")->isEnabled());

    // And the right one then works on the same dialog.
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    child<QLineEdit>(m_dialog, "passwordEdit")->setText(QStringLiteral("bob-pass-1"));
    clickLogin();
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeout);
}

void TestLoginDialog::tooManyFailuresShowThrottled()
{
    const QString throttled = ErrorText::forCode(ErrorCode::Throttled);
    for (int attempt = 0; attempt < 10 && !m_dialog->statusText().contains(throttled); ++attempt) {
        fillIn(QStringLiteral("mallory"), QStringLiteral("guess-%1").arg(attempt));
        clickLogin();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kTimeout);
        QVERIFY(m_dialog->isVisible());
    }
    QVERIFY2(m_dialog->statusText().contains(throttled), qPrintable(m_dialog->statusText()));
}

void TestLoginDialog::refusedConnectionIsShownInline()
{
    // A port that nobody listens on: reserve one, then free it.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    fillIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"),
           QStringLiteral("ws://127.0.0.1:%1").arg(port));
    clickLogin();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kTimeout);
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("Could not connect")),
             qPrintable(m_dialog->statusText()));
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(m_dialog->statusText()));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(child<QPushButton>(m_dialog, "loginButton")->isEnabled());
}

void TestLoginDialog::rejectsAnAddressThatIsNotWebSocket()
{
    fillIn(QStringLiteral("alice"), QStringLiteral("alice-pass-1"),
           QStringLiteral("http://127.0.0.1:7080"));
    clickLogin();
    QVERIFY(!m_dialog->isBusy());
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("ws://host:port")),
             qPrintable(m_dialog->statusText()));
    QCOMPARE(m_client->state(), EngineClient::State::Disconnected);
}

void TestLoginDialog::forcedPasswordChangeComesBeforeTheMainWindow()
{
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    fillIn(QStringLiteral("admin"), QStringLiteral("adminpass"));
    clickLogin();
    ChangePasswordDialog *change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (change = qobject_cast<ChangePasswordDialog *>(QApplication::activeModalWidget())),
        kTimeout);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_client->mustChangePassword());
    QCOMPARE(child<QLineEdit>(change, "oldPasswordEdit")->text(), QStringLiteral("adminpass"));

    auto changeButton = child<QPushButton>(change, "changeButton");
    // Local checks first: too short, then not matching.
    child<QLineEdit>(change, "newPasswordEdit")->setText(QStringLiteral("short"));
    child<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("short"));
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QVERIFY2(change->errorText().contains(QStringLiteral("at least 8")), qPrintable(change->errorText()));
    child<QLineEdit>(change, "newPasswordEdit")->setText(QStringLiteral("brand-new-pass"));
    child<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("brand-new-pasS"));
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QVERIFY2(change->errorText().contains(QStringLiteral("do not match")), qPrintable(change->errorText()));
    QCOMPARE(accepted.count(), 0);

    child<QLineEdit>(change, "repeatPasswordEdit")->setText(QStringLiteral("brand-new-pass"));
    QTest::mouseClick(changeButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, kTimeout);
    QVERIFY(!m_client->mustChangePassword());
    QVERIFY(m_client->isLoggedIn());

    // The engine agrees: the new password logs in and needs no change.
    TestClient other;
    QVERIFY(other.connectTo(m_engine->url()));
    const ProtocolMessage login = other.login(QStringLiteral("admin"), QStringLiteral("brand-new-pass"));
    QVERIFY2(login.isOk(), qPrintable(login.errorMessage()));
    QCOMPARE(login.data().value(Protocol::Key::MustChangePassword).toBool(), false);
}

void TestLoginDialog::cancellingThePasswordChangeEndsTheSession()
{
    QSignalSpy accepted(m_dialog, &QDialog::accepted);
    fillIn(QStringLiteral("carol"), QStringLiteral("carol-pass-1"));
    clickLogin();
    ChangePasswordDialog *change = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((change = m_dialog->findChild<ChangePasswordDialog *>()), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(change->isVisible(), kTimeout);
    QTest::mouseClick(child<QPushButton>(change, "cancelButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), kTimeout);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QVERIFY(!m_client->isLoggedIn());
    QVERIFY2(m_dialog->statusText().contains(QStringLiteral("must change your password")),
             qPrintable(m_dialog->statusText()));
}

void TestLoginDialog::choosingALanguageRetranslatesAtOnce()
{
    auto userLabel = child<QLabel>(m_dialog, "userLabel");
    auto loginButton = child<QPushButton>(m_dialog, "loginButton");
    QCOMPARE(userLabel->text(), QStringLiteral("&User:"));
    QCOMPARE(loginButton->text(), QStringLiteral("Log In"));
    auto combo = child<QComboBox>(m_dialog, "languageCombo");
    QCOMPARE(combo->count(), 3);

    combo->setCurrentIndex(combo->findData(QStringLiteral("it")));
    QCOMPARE(m_languages->language(), QStringLiteral("it"));
    QTRY_COMPARE_WITH_TIMEOUT(userLabel->text(), QStringLiteral("&Utente:"), kTimeout);
    QCOMPARE(loginButton->text(), QStringLiteral("Accedi"));

    combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
    QTRY_COMPARE_WITH_TIMEOUT(userLabel->text(), QStringLiteral("&Usuario:"), kTimeout);
    QCOMPARE(loginButton->text(), QStringLiteral("Iniciar sesión"));

    // An error shown before the switch follows the language too.
    fillIn(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("http://nowhere"));
    clickLogin();
    const QString spanish = m_dialog->statusText();
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QTRY_COMPARE_WITH_TIMEOUT(userLabel->text(), QStringLiteral("&User:"), kTimeout);
    QVERIFY(m_dialog->statusText() != spanish);
    QVERIFY(m_dialog->statusText().contains(QStringLiteral("ws://host:port")));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("en"));
}

void TestLoginDialog::prefilledValuesWin()
{
    m_dialog->setUrl(QStringLiteral("ws://192.0.2.1:7080"));
    m_dialog->setUser(QStringLiteral("zoe"));
    QCOMPARE(child<QLineEdit>(m_dialog, "urlEdit")->text(), QStringLiteral("ws://192.0.2.1:7080"));
    QCOMPARE(child<QLineEdit>(m_dialog, "userEdit")->text(), QStringLiteral("zoe"));
}

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
