#pragma once

#include "common/trunk.h"
#include "console/models/idtablemodel.h"

#include <QJsonArray>
#include <QList>

#include <optional>

// The trunks the engine knows, one row each, as the manual's "View Trunks"
// table. setTrunks() applies a new list by id (IdTableModel: insert/remove/
// dataChanged), so selection and scroll position survive every live event.
class TrunkTableModel final : public IdTableModel<Trunk>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunkTableModel)

public:
    enum Column { Default, Name, DialString, MaxCps, MaxChannels };
    Q_ENUM(Column)
    static constexpr int ColumnCount = MaxChannels + 1;

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 trunk id
        SortRole,                  // raw value per column (numbers sort as numbers)
        IsDefaultRole,             // bool
    };

    explicit TrunkTableModel(QObject *parent = nullptr);

    void setTrunks(const QList<Trunk> &trunks) { setRows(trunks); }
    // Lets the user tick the Default box of another trunk, as in the manual;
    // the model does not change itself but asks (defaultRequested), since
    // the engine decides.
    void setDefaultCheckable(bool checkable);
    // After a language change: the headers are tr() and must be asked again.
    void retranslate();

    const QList<Trunk> &trunks() const { return rows(); }
    const Trunk &trunkAt(int row) const { return rowAt(row); }
    std::optional<Trunk> trunkById(qint64 id) const { return rowById(id); }

    // Reads the engine's Trunk objects (trunks.list, trunks.changed).
    static QList<Trunk> trunksFromJson(const QJsonArray &array);
    static Trunk trunkFromJson(const QJsonObject &object);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The manual shows the default trunk "lit up in green".
    static QColor defaultBackground();

Q_SIGNALS:
    void defaultRequested(qint64 id);

protected:
    qint64 rowId(const Trunk &trunk) const override { return trunk.id; }

private:
    QVariant displayData(const Trunk &trunk, int column) const;
    QVariant sortData(const Trunk &trunk, int column) const;

    bool m_defaultCheckable = false;
};
