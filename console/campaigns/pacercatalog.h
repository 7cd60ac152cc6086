#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What the console shows of the engine's pacers: a readable name and
// description for each, and explanations of their settings. Which pacer
// reads which setting comes from the engine (campaigns.pacingOptions), which
// stays the authority: a pacer or setting not known here is shown as the
// engine names it.
class PacerCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(PacerCatalog)

public:
    PacerCatalog() = delete;

    static QString defaultPacer();
    // The pacers to offer before campaigns.pacingOptions has answered.
    static QStringList knownPacers();
    static QString displayName(const QString &pacer);
    static QString description(const QString &pacer);

    // The abandon rule, edited with fields of its own rather than in the
    // settings table.
    static bool isAbandonRuleKey(const QString &key);
    // True when the pacer reads this setting: pacerSettings (the engine's
    // campaigns.pacingOptions) lists the settings only one pacer reads.
    static bool pacerUsesSetting(const QJsonObject &pacerSettings, const QString &pacer, const QString &key);
    // A short explanation of a setting; empty for one the console does not know.
    static QString settingDescription(const QString &key);

    // The protocol's defaults of the abandon rule (docs/protocol.md, Campaigns).
    static constexpr double DefaultAbandonCap = 0.03;
    static constexpr double UsWindowSeconds = 2592000.0; // 30 days
    static constexpr double UkWindowSeconds = 86400.0;   // 24 hours
};
