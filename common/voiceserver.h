#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

// An Asterisk voice node the engine sends calls to over AMI (manual,
// "Servers"). The AMI secret stays on the engine: toJson() only says whether
// one is set, and an update without a secret keeps the stored one.
struct VoiceServer final
{
    static constexpr qsizetype MaxNameLength = 100;
    static constexpr qsizetype MaxHostLength = 255;
    static constexpr qsizetype MaxUserLength = 100;
    static constexpr qsizetype MaxSecretLength = 255;
    static constexpr qint64 MaxChannelsLimit = 1000000;

    qint64 id = 0;
    QString name;
    QString host;
    int amiPort = 5038;
    QString amiUser;
    QString amiSecret;
    bool useMd5 = true;
    qint64 maxChannels = 0; // 0: no limit of its own
    bool enabled = false;   // the manual's Active (true) / Inactive (false)

    // Everything but the secret; hasSecret says whether one is stored.
    QJsonObject toJson() const;
    // Reads the editable fields; a missing or empty secret is allowed (kept on update).
    static Result<VoiceServer> fromJson(const QJsonObject &data);
    Result<Done> validate() const;

    bool operator==(const VoiceServer &) const = default;
};
