#include "console/models/databasetablerow.h"

#include "common/protocol.h"

using namespace Protocol;

namespace {

std::optional<qint64> optionalInteger(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toInteger();
}

} // namespace

DatabaseTableRow DatabaseTableRow::fromJson(const QJsonObject &object)
{
    DatabaseTableRow row;
    row.name = object.value(Key::Name).toString();
    row.rows = optionalInteger(object, Key::Rows);
    row.rowsApproximate = object.value(Key::RowsApproximate).toBool();
    row.sizeBytes = optionalInteger(object, Key::SizeBytes);
    row.engine = object.value(Key::StorageEngine).toString();
    row.convertTo = object.value(Key::ConvertTo).toString();
    row.hasForeignKeys = object.value(Key::HasForeignKeys).toBool();
    return row;
}

QList<DatabaseTableRow> DatabaseTableRow::listFromJson(const QJsonArray &array)
{
    QList<DatabaseTableRow> rows;
    rows.reserve(array.size());
    for (const QJsonValue &value : array) {
        DatabaseTableRow row = fromJson(value.toObject());
        if (!row.name.isEmpty())
            rows.append(row);
    }
    return rows;
}
