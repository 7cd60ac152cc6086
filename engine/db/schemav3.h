#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"

#include <QSqlDatabase>

// Migration 3: numbers.claim_run, the campaign run that holds a number in
// 'hopper' or 'dialing' (docs/numbers.md). A run's claims are told from a
// dead run's by it: a new run recovers only the claims of runs that are gone.
class SchemaV3 final
{
public:
    SchemaV3() = delete;

    static Result<Done> apply(const QSqlDatabase &db, const SqlDialect &dialect);
};
