#pragma once

#include "common/result.h"
#include "common/voiceserver.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The voice_servers table (manual, "Servers"): names are unique; an update
// with an empty secret keeps the stored one, so the console never needs it.
class VoiceServerStore final
{
public:
    explicit VoiceServerStore(QSqlDatabase db);

    // Sorted by name, case-insensitively.
    Result<QList<VoiceServer>> list() const;
    Result<VoiceServer> find(qint64 id) const;
    // Validates; ignores server.id. Conflict if the name is taken.
    Result<VoiceServer> add(const VoiceServer &server);
    // Saves every field of server.id; an empty amiSecret keeps the old one.
    Result<VoiceServer> update(const VoiceServer &server);
    Result<Done> remove(qint64 id);
    // The manual's start/stop: Active (true) or Inactive (false).
    Result<VoiceServer> setEnabled(qint64 id, bool enabled);

private:
    Result<std::optional<VoiceServer>> fetch(qint64 id) const;
    Result<std::optional<qint64>> idByName(const QString &name) const;

    QSqlDatabase m_db;
};
