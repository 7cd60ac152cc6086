#include "engine/db/systemlogstore.h"

#include "engine/db/dbquery.h"

#include <algorithm>

SystemLogStore::SystemLogStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SystemLogStore::clean(const QString &text, qsizetype maxLength)
{
    QString out = text;
    out.replace(QChar(0), QChar::ReplacementCharacter);
    if (out.size() > maxLength) {
        qsizetype cut = maxLength;
        if (cut > 0 && out.at(cut - 1).isHighSurrogate())
            --cut;
        out.truncate(cut);
    }
    return out;
}

Result<Done> SystemLogStore::append(const SystemLogEntry &entry)
{
    const QDateTime when = entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc();
    DbQuery insert(m_db, QStringLiteral("INSERT INTO system_log (created_at, level, category, username, "
                                        "address, message) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bind(when.toMSecsSinceEpoch())
        .bind(clean(entry.level, MaxLevelLength))
        .bind(clean(entry.category, MaxCategoryLength))
        .bind(clean(entry.username, MaxUsernameLength))
        .bind(clean(entry.address, MaxAddressLength))
        .bind(clean(entry.message, MaxMessageLength));
    return insert.exec();
}

Result<QList<SystemLogEntry>> SystemLogStore::latest(int limit) const
{
    const int bounded = std::clamp(limit, 0, MaxLimit);
    if (bounded == 0)
        return Result<QList<SystemLogEntry>>::success({});
    // id breaks ties between entries of the same millisecond, in insert order.
    DbQuery query(m_db, QStringLiteral("SELECT created_at, level, category, username, address, message "
                                       "FROM system_log ORDER BY created_at DESC, id DESC LIMIT ?"));
    query.bind(bounded);
    if (const Result<Done> done = query.exec(); !done)
        return query.failure<QList<SystemLogEntry>>();
    QList<SystemLogEntry> entries;
    entries.reserve(bounded);
    while (query.next()) {
        SystemLogEntry entry;
        entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        entry.level = query.value(1).toString();
        entry.category = query.value(2).toString();
        entry.username = query.value(3).toString();
        entry.address = query.value(4).toString();
        entry.message = query.value(5).toString();
        entries << entry;
    }
    return Result<QList<SystemLogEntry>>::success(entries);
}
