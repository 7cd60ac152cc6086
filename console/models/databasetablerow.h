#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One table of the engine's database as database.status lists it
// (docs/protocol.md, "Database status"): rows (maybe an estimate), size,
// storage engine, and the engine it may be converted to (MariaDB only).
struct DatabaseTableRow final
{
    QString name;
    std::optional<qint64> rows;
    bool rowsApproximate = false;
    std::optional<qint64> sizeBytes;
    QString engine;
    QString convertTo;        // empty: no conversion offered
    bool hasForeignKeys = false;

    static DatabaseTableRow fromJson(const QJsonObject &object);
    static QList<DatabaseTableRow> listFromJson(const QJsonArray &array);

    bool operator==(const DatabaseTableRow &) const = default;
};
