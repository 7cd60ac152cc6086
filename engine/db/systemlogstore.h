#pragma once

#include "common/result.h"
#include "engine/db/systemlogentry.h"

#include <QList>
#include <QSqlDatabase>

// The system_log table. Unlike the other stores it takes untrusted text (the
// user name of a failed login, a client's address), and a log line must not
// fail because of it: over-long fields are cut to the column sizes below and
// NUL characters (which PostgreSQL refuses in text) become U+FFFD.
class SystemLogStore final
{
public:
    static constexpr qsizetype MaxLevelLength = 16;
    static constexpr qsizetype MaxCategoryLength = 100;
    static constexpr qsizetype MaxUsernameLength = 255;
    static constexpr qsizetype MaxAddressLength = 255;
    static constexpr qsizetype MaxMessageLength = 65536;
    // latest() never returns more than this many entries.
    static constexpr int MaxLimit = 10000;

    explicit SystemLogStore(QSqlDatabase db);

    Result<Done> append(const SystemLogEntry &entry);
    // Newest first; limit is clamped to 0..MaxLimit.
    Result<QList<SystemLogEntry>> latest(int limit) const;

    // The text as it will be stored: NULs replaced, cut to maxLength UTF-16
    // units without splitting a surrogate pair.
    static QString clean(const QString &text, qsizetype maxLength);

private:
    QSqlDatabase m_db;
};
