#include "console/models/slowqueryrow.h"

#include "common/protocol.h"

using namespace Protocol;

SlowQueryRow SlowQueryRow::fromJson(const QJsonObject &object)
{
    SlowQueryRow row;
    row.id = object.value(Key::Id).toInteger();
    row.user = object.value(Key::User).toString();
    row.seconds = object.value(Key::Seconds).toDouble();
    row.state = object.value(Key::State).toString();
    row.waiting = object.value(Key::Waiting).toBool();
    row.query = object.value(Key::Query).toString();
    return row;
}

QList<SlowQueryRow> SlowQueryRow::listFromJson(const QJsonArray &array)
{
    QList<SlowQueryRow> rows;
    rows.reserve(array.size());
    for (const QJsonValue &value : array)
        rows.append(fromJson(value.toObject()));
    return rows;
}
