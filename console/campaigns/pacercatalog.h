#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What the console knows of the engine's pacers: a readable name for each,
// and which pacing settings (campaigns.pacingOptions "defaults") concern
// which pacer, so the campaign form shows the chosen pacer's settings and
// the ones every pacer reads. The engine's list of pacers and of settings
// stays the authority: a pacer or a setting this table does not know is
// shown as the engine names it, with every pacer.
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
    // True when the pacer reads this setting (or the console cannot tell).
    static bool pacerUsesSetting(const QString &pacer, const QString &key);
    // A short explanation of a setting; empty for one the console does not know.
    static QString settingDescription(const QString &key);

    // The protocol's defaults of the abandon rule (docs/protocol.md, Campaigns).
    static constexpr double DefaultAbandonCap = 0.03;
    static constexpr double UsWindowSeconds = 2592000.0; // 30 days
    static constexpr double UkWindowSeconds = 86400.0;   // 24 hours
};
