#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One table of the schema, written once for every backend. Column lines use
// SqlDialect's type tokens ({pk}, {str:N}, {text}, {double}, {blob}, {time},
// {money}); everything else in them is SQL common to SQLite, MariaDB and
// PostgreSQL. SqlDialect::createTable turns a spec into that backend's DDL.
struct TableSpec final
{
    struct Index final
    {
        QString name;     // unique in the schema (PostgreSQL's index names are)
        QString columns;  // "campaign_id, status, random_order_key"
        bool unique = false;
        // A partial index condition; backends without partial indexes
        // (MariaDB) skip the index, so only use it for a belt-and-braces rule
        // that the store enforces anyway.
        QString where = {};
    };

    QString name;
    QStringList columns;      // "name {str:100} NOT NULL"
    QStringList constraints;  // "UNIQUE (a, b)", "FOREIGN KEY (x) REFERENCES t (id)", "CHECK (...)"
    QList<Index> indexes;
};
