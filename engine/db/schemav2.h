#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"
#include "engine/db/tablespec.h"

#include <QList>
#include <QSqlDatabase>

// Migration 2: funnel_state, the DbFunnel's record of what it has written.
// One row per funnel run (run_id, random, chosen when the funnel starts):
// applied_seq is the sequence number of the last write of that run in the
// database, updated in the same transaction as the writes themselves, so a
// write replayed from the journal after a crash is recognised and skipped
// instead of applied twice (docs/dbfunnel.md).
class SchemaV2 final
{
public:
    SchemaV2() = delete;

    static QList<TableSpec> tables();
    static Result<Done> apply(const QSqlDatabase &db, const SqlDialect &dialect);
};
