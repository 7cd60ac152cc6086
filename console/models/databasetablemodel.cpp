#include "console/models/databasetablemodel.h"

#include <QLocale>

namespace {

const QString kUnknown = QStringLiteral("\u2014");

} // namespace

DatabaseTableModel::DatabaseTableModel(QObject *parent)
    : IdTableModel<DatabaseTableRow, QString>(parent)
{
}

void DatabaseTableModel::retranslate()
{
    refreshAllCells();
}

int DatabaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DatabaseTableModel::rowsText(const DatabaseTableRow &row)
{
    if (!row.rows)
        return kUnknown;
    const QString count = QLocale().toString(*row.rows);
    //: Row count of a table that the database only estimates (InnoDB, PostgreSQL)
    return row.rowsApproximate ? tr("%1 (approx.)").arg(count) : count;
}

QString DatabaseTableModel::sizeText(std::optional<qint64> bytes)
{
    if (!bytes)
        return kUnknown;
    return QLocale().formattedDataSize(*bytes, 2, QLocale::DataSizeTraditionalFormat);
}

QVariant DatabaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatabaseTableRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return row.name;
        case Rows: return rowsText(row);
        case Size: return sizeText(row.sizeBytes);
        case Engine: return row.engine;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Rows || column == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case SortRole:
        switch (column) {
        case Name: return row.name;
        case Rows: return row.rows.value_or(-1);
        case Size: return row.sizeBytes.value_or(-1);
        case Engine: return row.engine;
        }
        return {};
    case NameRole:
        return row.name;
    }
    return {};
}

QVariant DatabaseTableModel::toolTip(const DatabaseTableRow &row, int column) const
{
    if (column == Rows && row.rowsApproximate)
        return tr("The database keeps an estimate of this table's rows; counting them exactly "
                  "would read the whole table.");
    if (column == Engine && row.hasForeignKeys && row.convertTo.isEmpty())
        return tr("This table takes part in foreign keys, which MyISAM does not support, "
                  "so it stays InnoDB.");
    return {};
}

QVariant DatabaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    //: Column of the database tables list
    case Name: return tr("Name");
    //: Column of the database tables list: number of rows
    case Rows: return tr("Rows");
    //: Column of the database tables list: data plus indexes
    case Size: return tr("Total Size");
    //: Column of the database tables list: storage engine (InnoDB, MyISAM...)
    case Engine: return tr("Engine");
    }
    return {};
}
