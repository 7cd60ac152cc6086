#include "console/main/languagemanager.h"

#include "console/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_code(DefaultLanguage)
{
}

LanguageManager::~LanguageManager()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator);
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator);
}

QList<LanguageManager::Language> LanguageManager::languages()
{
    // Endonyms on purpose: not tr(), or someone stuck in a language they do
    // not read could not find the way back to their own.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

bool LanguageManager::isAvailable(const QString &code)
{
    const QList<Language> all = languages();
    return std::any_of(all.cbegin(), all.cend(),
                       [&code](const Language &l) { return l.code == code; });
}

QString LanguageManager::systemLanguage()
{
    const QString code = QLocale::languageToCode(QLocale::system().language());
    return isAvailable(code) ? code : QString(DefaultLanguage);
}

QString LanguageManager::resourcePath(const QString &code)
{
    return QStringLiteral(":/i18n/torque_%1.qm").arg(code);
}

QString LanguageManager::savedLanguage()
{
    const QString code = QSettings().value(QStringLiteral("ui/language")).toString();
    return isAvailable(code) ? code : systemLanguage();
}

void LanguageManager::saveLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!isAvailable(code)) {
        qCWarning(lcConsoleUi) << "no translation for language" << code;
        return false;
    }
    if (code == m_code && m_translator)
        return true;
    auto translator = new QTranslator(this);
    if (!translator->load(resourcePath(code))) {
        qCWarning(lcConsoleUi) << "cannot load" << resourcePath(code);
        delete translator;
        return false;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    m_translator = translator;
    QCoreApplication::installTranslator(m_translator);
    loadQtTranslation(code);
    m_code = code;
    qCDebug(lcConsoleUi) << "language" << code;
    Q_EMIT languageChanged(code);
    return true;
}

void LanguageManager::loadQtTranslation(const QString &code)
{
    if (m_qtTranslator) {
        QCoreApplication::removeTranslator(m_qtTranslator);
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
    if (code == DefaultLanguage)
        return;
    auto translator = new QTranslator(this);
    if (!translator->load(QStringLiteral("qtbase_") + code,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        qCDebug(lcConsoleUi) << "no Qt translation for" << code;
        delete translator;
        return;
    }
    m_qtTranslator = translator;
    QCoreApplication::installTranslator(m_qtTranslator);
}
