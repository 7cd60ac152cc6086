#include "engine/db/databaseinspector.h"

#include "engine/db/databaseinspectormariadb.h"
#include "engine/db/databaseinspectorpostgres.h"
#include "engine/db/databaseinspectorsqlite.h"
#include "engine/db/dberror.h"
#include "engine/db/dblogging.h"
#include "engine/db/schemav1.h"
#include "engine/db/schemav2.h"

#include <QSet>
#include <QSqlError>

std::unique_ptr<DatabaseInspector> DatabaseInspector::create(DatabaseUrl::Backend backend)
{
    switch (backend) {
    case DatabaseUrl::Backend::SQLite:
        return std::make_unique<DatabaseInspectorSqlite>();
    case DatabaseUrl::Backend::MariaDB:
        return std::make_unique<DatabaseInspectorMariaDb>();
    case DatabaseUrl::Backend::PostgreSQL:
        return std::make_unique<DatabaseInspectorPostgres>();
    }
    return std::make_unique<DatabaseInspectorSqlite>();
}

const QStringList &DatabaseInspector::schemaTables()
{
    static const QStringList tables = [] {
        QSet<QString> names{QStringLiteral("schema_version")};
        for (const TableSpec &table : SchemaV1::tables())
            names.insert(table.name);
        for (const TableSpec &table : SchemaV2::tables())
            names.insert(table.name);
        QStringList sorted(names.cbegin(), names.cend());
        sorted.sort();
        return sorted;
    }();
    return tables;
}

bool DatabaseInspector::isSchemaTable(const QString &name)
{
    return schemaTables().contains(name);
}

std::optional<qint64> DatabaseInspector::numbersWithoutRandomKey(const QSqlDatabase &db)
{
    // Driven from campaigns so each lookup is a range of the claim index
    // (campaign_id, status, random_order_key); "WHERE random_order_key = 0"
    // alone would read the whole numbers table.
    return scalar(db,
                  QStringLiteral("SELECT COUNT(*) FROM campaigns c JOIN numbers n "
                                 "ON n.campaign_id = c.id AND n.status = ? AND n.random_order_key = ?"),
                  {QStringLiteral("new"), qint64(0)});
}

std::optional<qint64> DatabaseInspector::exactRowCount(const QSqlDatabase &db, const QString &table)
{
    if (!isSchemaTable(table))
        return std::nullopt;
    // The name is one of the schema's own constants, never outside input.
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

bool DatabaseInspector::select(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = query.exec(sql);
    } else if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        qCDebug(lcDb).noquote() << "status figure unavailable:" << DbError::text(query.lastError())
                                << "|" << sql.simplified();
    return ok;
}

std::optional<qint64> DatabaseInspector::scalar(const QSqlDatabase &db, const QString &sql,
                                                const QVariantList &values)
{
    QSqlQuery query(db);
    if (!select(query, sql, values) || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString DatabaseInspector::shortened(const QString &query)
{
    const QString simple = query.simplified();
    if (simple.size() <= DatabaseStatus::MaxQueryLength)
        return simple;
    return simple.left(DatabaseStatus::MaxQueryLength - 1) + QChar(0x2026);
}
