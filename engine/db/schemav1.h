#pragma once

#include "common/result.h"
#include "engine/db/sqldialect.h"
#include "engine/db/tablespec.h"

#include <QList>
#include <QSqlDatabase>

// Migration 1: the complete schema of ARCHITECTURE.md "Data", one description
// for the three backends. Conventions (see SqlDialect): times are BIGINT UTC
// milliseconds named *_at (numbers.last_update too), money is BIGINT
// micro-units named *_micros, booleans are BOOLEAN, free text that may be long
// is {text}. Site 1 ("default") is created here: configuration and users
// belong to a site, and a single-site install uses that one.
class SchemaV1 final
{
public:
    SchemaV1() = delete;

    static constexpr qint64 DefaultSiteId = 1;

    static QList<TableSpec> tables();
    static Result<Done> apply(const QSqlDatabase &db, const SqlDialect &dialect);
};
