#include "console/models/slowquerytablemodel.h"

#include <QBrush>
#include <QLocale>

SlowQueryTableModel::SlowQueryTableModel(QObject *parent)
    : IdTableModel<SlowQueryRow>(parent)
{
}

void SlowQueryTableModel::retranslate()
{
    refreshAllCells();
}

QColor SlowQueryTableModel::waitingColor()
{
    return QColor(0xb2, 0x6a, 0x00);
}

int SlowQueryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SlowQueryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SlowQueryRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        //: How long a statement has been running, in seconds
        case Seconds: return tr("%1 s").arg(QLocale().toString(row.seconds, 'f', 1));
        case State:
            //: A statement waiting for a lock another connection holds; %1 is the server's own words
            return row.waiting ? tr("Waiting for a lock (%1)").arg(row.state) : row.state;
        case User: return row.user;
        case Query: return row.query;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Query)
            return row.query;
        return {};
    case Qt::ForegroundRole:
        if (row.waiting)
            return QBrush(waitingColor());
        return {};
    case Qt::TextAlignmentRole:
        if (column == Seconds)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case Seconds: return row.seconds;
        case State: return row.state;
        case User: return row.user;
        case Query: return row.query;
        }
        return {};
    case WaitingRole:
        return row.waiting;
    }
    return {};
}

QVariant SlowQueryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the slow queries list: how long it has been running
    case Seconds: return tr("Running");
    //: Column of the slow queries list: what the database is doing
    case State: return tr("State");
    //: Column of the slow queries list: the database account
    case User: return tr("User");
    //: Column of the slow queries list: the SQL text
    case Query: return tr("Query");
    }
    return {};
}
