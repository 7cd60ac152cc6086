#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

// The base of the console's tables of engine objects (trunks, voice
// servers...): one row per object, known by its id. setRows() applies a new
// list from the engine (a list reply or a live event) as the difference with
// what is shown -- rows removed, changed rows reported with dataChanged, new
// rows appended -- never as a reset, so the selection, the sort and the
// scroll position survive every event.
//
// A template (so no Q_OBJECT here); the concrete models add Q_OBJECT, their
// columns, data() and headerData(). Row needs operator==; rowId() says which
// member is the id -- a qint64 by default, or any hashable Key (a table
// name, say, for objects the engine knows by name).
template <typename Row, typename Key = qint64>
class IdTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows)
    {
        QHash<Key, qsizetype> incoming;
        incoming.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            incoming.insert(rowId(rows.at(i)), i);

        // 1. Rows that went away, removed in contiguous runs from the bottom
        //    so the row numbers still to visit stay valid.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (incoming.contains(rowId(m_rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(rowId(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }

        // 2. Rows still there: only those that changed report dataChanged.
        QSet<Key> present;
        const int lastColumn = columnCount() - 1;
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &updated = rows.at(incoming.value(rowId(m_rows.at(row))));
            present.insert(rowId(updated));
            if (m_rows.at(row) == updated)
                continue;
            m_rows[row] = updated;
            Q_EMIT dataChanged(index(row, 0), index(row, lastColumn));
        }

        // 3. New rows, appended in the engine's order; the view's proxy sorts.
        QList<Row> added;
        for (const Row &row : rows) {
            if (!present.contains(rowId(row)))
                added.append(row);
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
    }

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowOfId(const Key &id) const
    {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (rowId(m_rows.at(row)) == id)
                return row;
        }
        return -1;
    }

    std::optional<Row> rowById(const Key &id) const
    {
        const int row = rowOfId(id);
        if (row < 0)
            return std::nullopt;
        return m_rows.at(row);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    virtual Key rowId(const Row &row) const = 0;

    // After a language change: headers are tr() and cells format numbers and
    // texts in the current language, so everything must be asked again.
    void refreshAllCells()
    {
        const int lastColumn = columnCount() - 1;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, lastColumn);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, lastColumn));
    }

private:
    QList<Row> m_rows;
};
