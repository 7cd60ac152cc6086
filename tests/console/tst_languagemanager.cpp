#include "console/main/languagemanager.h"
#include "console/net/errortext.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QList<ErrorCode> kAllCodes = {
    ErrorCode::BadJson,        ErrorCode::BadEnvelope,       ErrorCode::UnsupportedVersion,
    ErrorCode::HelloRequired,  ErrorCode::UnknownType,       ErrorCode::FrameTooLarge,
    ErrorCode::BinaryNotAccepted, ErrorCode::InvalidField,   ErrorCode::NotAuthenticated,
    ErrorCode::AuthFailed,     ErrorCode::Throttled,         ErrorCode::PasswordChangeRequired,
    ErrorCode::WeakPassword,   ErrorCode::Forbidden,         ErrorCode::NotFound,
    ErrorCode::Conflict,       ErrorCode::DatabaseError,     ErrorCode::Internal,
};

QString login()
{
    return QCoreApplication::translate("LoginDialog", "Log In");
}

} // namespace

// The translations are embedded in torque_console_ui (a static library) and
// must reach every executable that links it; switching applies at once.
class TestLanguageManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void embedsEveryTranslation();
    void switchesLanguage();
    void refusesAnUnknownLanguage();
    void translatesEveryErrorCode_data();
    void translatesEveryErrorCode();
    void appendsTheEnginesDetail();
    void remembersTheLanguage();

private:
    LanguageManager m_languages;
};

void TestLanguageManager::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TorqueTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_languagemanager"));
}

void TestLanguageManager::cleanup()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
}

void TestLanguageManager::embedsEveryTranslation()
{
    QCOMPARE(LanguageManager::languages().size(), 3);
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        const QString path = LanguageManager::resourcePath(language.code);
        QVERIFY2(QFile(path).exists(), qPrintable(path));
        QVERIFY2(QFile(path).size() > 0, qPrintable(path));
    }
    QVERIFY(QFile(QStringLiteral(":/i18n/torque_it.qm")).exists());
}

void TestLanguageManager::switchesLanguage()
{
    QSignalSpy changed(&m_languages, &LanguageManager::languageChanged);
    QVERIFY(m_languages.setLanguage(QStringLiteral("it")));
    QCOMPARE(m_languages.language(), QStringLiteral("it"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(login(), QStringLiteral("Accedi"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("es")));
    QCOMPARE(login(), QStringLiteral("Iniciar sesión"));
    QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
    QCOMPARE(login(), QStringLiteral("Log In"));
    QCOMPARE(changed.count(), 3);
}

void TestLanguageManager::refusesAnUnknownLanguage()
{
    QVERIFY(m_languages.setLanguage(QStringLiteral("it")));
    QVERIFY(!m_languages.setLanguage(QStringLiteral("xx")));
    QCOMPARE(m_languages.language(), QStringLiteral("it"));
    QCOMPARE(login(), QStringLiteral("Accedi"));
}

void TestLanguageManager::translatesEveryErrorCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("it") << QStringLiteral("it");
    QTest::newRow("es") << QStringLiteral("es");
}

void TestLanguageManager::translatesEveryErrorCode()
{
    QFETCH(QString, language);
    QHash<ErrorCode, QString> english;
    QSet<QString> distinct;
    for (ErrorCode code : kAllCodes) {
        english.insert(code, ErrorText::forCode(code));
        QVERIFY(!english.value(code).isEmpty());
        distinct.insert(english.value(code));
    }
    QCOMPARE(distinct.size(), kAllCodes.size());
    QVERIFY(m_languages.setLanguage(language));
    for (ErrorCode code : kAllCodes) {
        const QString translated = ErrorText::forCode(code);
        QVERIFY2(!translated.isEmpty() && translated != english.value(code),
                 qPrintable(errorCodeName(code)));
    }
}

void TestLanguageManager::appendsTheEnginesDetail()
{
    QCOMPARE(ErrorText::forCode(ErrorCode::Conflict, QStringLiteral("name already used")),
             ErrorText::forCode(ErrorCode::Conflict) + QStringLiteral(" (name already used)"));
    QCOMPARE(ErrorText::forCode(ErrorCode::Conflict, QStringLiteral("  ")),
             ErrorText::forCode(ErrorCode::Conflict));
}

void TestLanguageManager::remembersTheLanguage()
{
    LanguageManager::saveLanguage(QStringLiteral("es"));
    QCOMPARE(LanguageManager::savedLanguage(), QStringLiteral("es"));
    LanguageManager::saveLanguage(QStringLiteral("klingon"));
    QVERIFY(LanguageManager::isAvailable(LanguageManager::savedLanguage()));
    QVERIFY(LanguageManager::isAvailable(LanguageManager::systemLanguage()));
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
