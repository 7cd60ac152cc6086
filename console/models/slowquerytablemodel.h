#pragma once

#include "console/models/idtablemodel.h"
#include "console/models/slowqueryrow.h"

#include <QColor>

// The statements the database has been running for a while or that wait for
// a lock (the manual: "queries which are either running slow, or are holding
// locks on a table"), one row per connection; waiting ones in amber.
class SlowQueryTableModel final : public IdTableModel<SlowQueryRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlowQueryTableModel)

public:
    enum Column { Seconds, State, User, Query };
    Q_ENUM(Column)
    static constexpr int ColumnCount = Query + 1;

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value per column
        WaitingRole,                 // bool: waiting for a lock
    };

    explicit SlowQueryTableModel(QObject *parent = nullptr);

    void setQueries(const QList<SlowQueryRow> &queries) { setRows(queries); }
    void retranslate();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QColor waitingColor();

protected:
    qint64 rowId(const SlowQueryRow &row) const override { return row.id; }
};
