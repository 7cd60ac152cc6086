#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

// Applies the language picked at login to the whole console at once:
// installing a translator makes Qt send LanguageChange to every widget,
// whose changeEvent() then retranslates it.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    struct Language
    {
        QString code;       // "en", "it", "es": torque_<code>.qm
        QString nativeName; // shown in its own language, so anyone can find theirs
    };

    static constexpr QLatin1String DefaultLanguage{"en"};

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static QList<Language> languages();
    static bool isAvailable(const QString &code);
    // The system's language when the console has it, else English.
    static QString systemLanguage();
    static QString resourcePath(const QString &code);
    // The language last picked (QSettings), else systemLanguage().
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    // Returns false (and keeps the current language) when no translation exists.
    bool setLanguage(const QString &code);
    QString language() const { return m_code; }

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    void loadQtTranslation(const QString &code);

    QTranslator *m_translator = nullptr;
    // Qt's own texts (line-edit context menus, --help): only when the system
    // has them (Debian: qt6-translations-l10n).
    QTranslator *m_qtTranslator = nullptr;
    QString m_code;
};
