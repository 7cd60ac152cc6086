#pragma once

#include "common/result.h"
#include "common/trunk.h"
#include "engine/db/sqldialect.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

// The trunks table. Rules kept here, inside transactions that keep other
// writers (other engines too) out while they are checked: names are unique,
// and while any trunk exists exactly one is the default: the first trunk
// added becomes it, setDefault() moves it, and it cannot be removed while
// others remain. A trunk a customer uses cannot be removed either.
class TrunkStore final
{
public:
    explicit TrunkStore(QSqlDatabase db);

    // Sorted by name, case-insensitively, the same on every backend.
    Result<QList<Trunk>> list() const;
    // ErrorCode::NotFound if there is no such trunk.
    Result<Trunk> find(qint64 id) const;
    // Validates (Trunk::validate), ignores trunk.id and trunk.isDefault, and
    // returns the stored trunk. Conflict if the name is taken.
    Result<Trunk> add(const Trunk &trunk);
    // Saves name, dial string and limits of trunk.id; isDefault is not
    // changed here (use setDefault). NotFound, or Conflict on a taken name.
    Result<Trunk> update(const Trunk &trunk);
    // NotFound; Conflict if customers use it, or if it is the default and
    // other trunks exist (make another the default first).
    Result<Done> remove(qint64 id);
    // Makes id the one default trunk and returns it. NotFound.
    Result<Trunk> setDefault(qint64 id);

private:
    Result<std::optional<Trunk>> fetch(qint64 id) const;
    // The id of the trunk with this exact name, if any.
    Result<std::optional<qint64>> idByName(const QString &name) const;
    Result<Done> lockTable() const;

    QSqlDatabase m_db;
    SqlDialect m_dialect;
};
