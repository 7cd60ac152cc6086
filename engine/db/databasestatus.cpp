#include "engine/db/databasestatus.h"

#include "common/protocol.h"

#include <QJsonArray>

using namespace Protocol;

namespace {

template <typename T>
void insertIf(QJsonObject &json, QLatin1String key, const std::optional<T> &value)
{
    if (value)
        json.insert(key, *value);
}

void insertIf(QJsonObject &json, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

QJsonObject tableJson(const DatabaseStatus::Table &table)
{
    QJsonObject json{{Key::Name, table.name},
                     {Key::RowsApproximate, table.rowsApproximate},
                     {Key::StorageEngine, table.engine},
                     {Key::HasForeignKeys, table.hasForeignKeys}};
    insertIf(json, Key::Rows, table.rows);
    insertIf(json, Key::SizeBytes, table.sizeBytes);
    insertIf(json, Key::ConvertTo, table.convertTo);
    return json;
}

QJsonObject slowQueryJson(const DatabaseStatus::SlowQuery &query)
{
    return {{Key::Id, query.id},
            {Key::User, query.user},
            {Key::Seconds, query.seconds},
            {Key::State, query.state},
            {Key::Waiting, query.waiting},
            {Key::Query, query.query}};
}

} // namespace

QJsonObject DatabaseStatus::toJson() const
{
    QJsonObject json{{Key::Backend, backend},
                     {Key::ServerVersion, serverVersion},
                     {Key::SlowQuerySeconds, slowQuerySeconds},
                     {Key::SlowQueriesAvailable, slowQueriesAvailable},
                     {Key::CanConvert, canConvert}};
    insertIf(json, Key::UptimeSeconds, uptimeSeconds);
    insertIf(json, Key::UptimeSource, uptimeSource);
    insertIf(json, Key::Queries, queries);
    insertIf(json, Key::QueriesKind, queriesKind);
    insertIf(json, Key::QueriesPerSecond, queriesPerSecond);
    insertIf(json, Key::RecentQueriesPerSecond, recentQueriesPerSecond);
    insertIf(json, Key::SizeBytes, sizeBytes);
    insertIf(json, Key::JournalMode, journalMode);
    insertIf(json, Key::NumbersWithoutRandomKey, numbersWithoutRandomKey);
    QJsonArray slow;
    for (const SlowQuery &query : slowQueries)
        slow.append(slowQueryJson(query));
    json.insert(Key::SlowQueries, slow);
    QJsonArray list;
    for (const Table &table : tables)
        list.append(tableJson(table));
    json.insert(Key::Tables, list);
    return json;
}
