#include "engine/db/schemav3.h"

#include "engine/db/dbquery.h"

Result<Done> SchemaV3::apply(const QSqlDatabase &db, const SqlDialect &)
{
    // NULL: not claimed. The same statement on all three backends.
    return DbQuery::execute(db, QStringLiteral("ALTER TABLE numbers ADD COLUMN claim_run BIGINT"));
}
