#pragma once

#include "console/models/databasetablerow.h"
#include "console/models/idtablemodel.h"

#include <QString>

// The tables of the engine's database, one row each, as the manual's "MySQL
// Server Status" table: name, rows ("(approx.)" when the database only
// estimates them), total size in human units, and storage engine. Rows are
// known by table name, so each refresh changes only the cells that moved.
class DatabaseTableModel final : public IdTableModel<DatabaseTableRow, QString>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseTableModel)

public:
    enum Column { Name, Rows, Size, Engine };
    Q_ENUM(Column)
    static constexpr int ColumnCount = Engine + 1;

    enum Role {
        SortRole = Qt::UserRole + 1, // raw value per column (numbers sort as numbers)
        NameRole,                    // QString table name
    };

    explicit DatabaseTableModel(QObject *parent = nullptr);

    void setTables(const QList<DatabaseTableRow> &tables) { setRows(tables); }
    void retranslate();

    const DatabaseTableRow &tableAt(int row) const { return rowAt(row); }
    std::optional<DatabaseTableRow> tableNamed(const QString &name) const { return rowById(name); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "21,258,682 (approx.)"; "—" when unknown.
    static QString rowsText(const DatabaseTableRow &row);
    // "4.19 GiB"; "—" when unknown.
    static QString sizeText(std::optional<qint64> bytes);

protected:
    QString rowId(const DatabaseTableRow &row) const override { return row.name; }

private:
    QVariant toolTip(const DatabaseTableRow &row, int column) const;
};
