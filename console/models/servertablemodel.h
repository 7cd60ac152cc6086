#pragma once

#include "console/models/idtablemodel.h"
#include "console/models/serverrow.h"

#include <QColor>
#include <QHash>
#include <QIcon>

#include <optional>

// The voice servers the engine knows, one row each, as the manual's
// Asterisk Servers list, with the live state of each server (coloured, the
// reason of a problem as tooltip) and the calls on it. setServers() applies
// a list by id (IdTableModel), so the once-a-second live events change only
// the cells that moved and the selection stays where it is.
class ServerTableModel final : public IdTableModel<ServerRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTableModel)

public:
    enum Column { Name, Host, Port, User, State, Channels, MaxChannels, Enabled };
    Q_ENUM(Column)
    static constexpr int ColumnCount = Enabled + 1;

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 server id
        SortRole,                  // raw value per column (numbers sort as numbers)
        StateRole,                 // int(ServerRow::State)
        EnabledRole,               // bool: started (the manual's Active)
    };

    explicit ServerTableModel(QObject *parent = nullptr);

    void setServers(const QList<ServerRow> &servers) { setRows(servers); }
    // After a language change.
    void retranslate();

    const QList<ServerRow> &servers() const { return rows(); }
    const ServerRow &serverAt(int row) const { return rowAt(row); }
    std::optional<ServerRow> serverById(qint64 id) const { return rowById(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString stateText(ServerRow::State state);
    // The state's colour: green when Active, red on Timeout, amber when the
    // login failed, grey when Inactive; invalid (the palette's own text
    // colour) while Connecting.
    static QColor stateColor(ServerRow::State state);

protected:
    qint64 rowId(const ServerRow &row) const override { return row.server.id; }

private:
    QVariant displayData(const ServerRow &row, int column) const;
    QVariant sortData(const ServerRow &row, int column) const;
    QVariant toolTip(const ServerRow &row, int column) const;
    QString stateToolTip(const ServerRow &row) const;
    QIcon stateIcon(ServerRow::State state) const;

    mutable QHash<int, QIcon> m_stateIcons;
};
