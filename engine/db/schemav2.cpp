#include "engine/db/schemav2.h"

#include "engine/db/dbquery.h"

QList<TableSpec> SchemaV2::tables()
{
    return {
        {QStringLiteral("funnel_state"),
         {QStringLiteral("run_id BIGINT NOT NULL PRIMARY KEY"),
          // The engine the run belonged to, for pruning and for admins.
          QStringLiteral("funnel {str:100} NOT NULL"),
          QStringLiteral("applied_seq BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("started_at {time} NOT NULL"),
          QStringLiteral("updated_at {time} NOT NULL")},
         {},
         {{QStringLiteral("idx_funnel_state_funnel"), QStringLiteral("funnel, updated_at")}}},
    };
}

Result<Done> SchemaV2::apply(const QSqlDatabase &db, const SqlDialect &dialect)
{
    for (const TableSpec &table : tables()) {
        for (const QString &sql : dialect.createTable(table)) {
            if (const Result<Done> done = DbQuery::execute(db, sql); !done)
                return done;
        }
    }
    return Result<Done>::success({});
}
