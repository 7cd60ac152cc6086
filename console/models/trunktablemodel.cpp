#include "console/models/trunktablemodel.h"

#include "common/protocol.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Protocol;

TrunkTableModel::TrunkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QColor TrunkTableModel::defaultBackground()
{
    return QColor(0xc8, 0xe6, 0xc9);
}

void TrunkTableModel::setTrunks(const QList<Trunk> &trunks)
{
    QHash<qint64, qsizetype> incoming;
    incoming.reserve(trunks.size());
    for (qsizetype i = 0; i < trunks.size(); ++i)
        incoming.insert(trunks.at(i).id, i);

    // 1. Rows that went away, removed in contiguous runs from the bottom so
    //    the row numbers still to visit stay valid.
    for (int row = int(m_trunks.size()) - 1; row >= 0;) {
        if (incoming.contains(m_trunks.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_trunks.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_trunks.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Rows still there: changed ones report dataChanged (a default moving
    //    from one trunk to another changes two rows).
    QSet<qint64> present;
    for (int row = 0; row < m_trunks.size(); ++row) {
        const Trunk &updated = trunks.at(incoming.value(m_trunks.at(row).id));
        present.insert(updated.id);
        if (m_trunks.at(row) == updated)
            continue;
        m_trunks[row] = updated;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }

    // 3. New trunks, appended in the engine's order; the view's proxy sorts.
    QList<Trunk> added;
    for (const Trunk &trunk : trunks) {
        if (!present.contains(trunk.id))
            added.append(trunk);
    }
    if (!added.isEmpty()) {
        const int first = int(m_trunks.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_trunks.append(added);
        endInsertRows();
    }
}

void TrunkTableModel::setDefaultCheckable(bool checkable)
{
    if (m_defaultCheckable == checkable)
        return;
    m_defaultCheckable = checkable;
    if (!m_trunks.isEmpty())
        Q_EMIT dataChanged(index(0, Default), index(rowCount() - 1, Default));
}

void TrunkTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Cells format numbers and tooltips in the current language too.
    if (!m_trunks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrunkTableModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_trunks.size(); ++row) {
        if (m_trunks.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<Trunk> TrunkTableModel::trunkById(qint64 id) const
{
    const int row = rowOfId(id);
    if (row < 0)
        return std::nullopt;
    return m_trunks.at(row);
}

QList<Trunk> TrunkTableModel::trunksFromJson(const QJsonArray &array)
{
    QList<Trunk> trunks;
    trunks.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            trunks.append(trunkFromJson(value.toObject()));
    }
    return trunks;
}

Trunk TrunkTableModel::trunkFromJson(const QJsonObject &object)
{
    // Read as stored, without Trunk::fromJson's validation: a trunk saved
    // under older rules must still be listed so that it can be fixed.
    Trunk trunk;
    trunk.id = qint64(object.value(Key::Id).toDouble());
    trunk.name = object.value(Key::Name).toString();
    trunk.dialString = object.value(Key::DialString).toString();
    trunk.maxCps = object.value(Key::MaxCps).toDouble();
    trunk.maxChannels = qint64(object.value(Key::MaxChannels).toDouble());
    trunk.isDefault = object.value(Key::IsDefault).toBool();
    return trunk;
}

int TrunkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trunks.size());
}

int TrunkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrunkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trunk &trunk = m_trunks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(trunk, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Default)
            return trunk.isDefault ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::BackgroundRole:
        if (trunk.isDefault)
            return QBrush(defaultBackground());
        return {};
    case Qt::ForegroundRole:
        // Keep the green row readable under dark themes.
        if (trunk.isDefault)
            return QBrush(Qt::black);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MaxCps || index.column() == MaxChannels)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Default) {
            if (trunk.isDefault)
                return tr("This is the default trunk.");
            return m_defaultCheckable ? QVariant(tr("Tick to make this the default trunk."))
                                      : QVariant();
        }
        if (index.column() == DialString)
            return trunk.dialString;
        return {};
    case IdRole:
        return trunk.id;
    case SortRole:
        return sortData(trunk, index.column());
    case IsDefaultRole:
        return trunk.isDefault;
    default:
        return {};
    }
}

QVariant TrunkTableModel::displayData(const Trunk &trunk, int column) const
{
    switch (column) {
    case Default:
        return {};
    case Name:
        return trunk.name;
    case DialString:
        return trunk.dialString;
    case MaxCps:
        return QLocale().toString(trunk.maxCps, 'g', QLocale::FloatingPointShortest);
    case MaxChannels:
        return QLocale().toString(trunk.maxChannels);
    }
    return {};
}

QVariant TrunkTableModel::sortData(const Trunk &trunk, int column) const
{
    switch (column) {
    case Default:
        return trunk.isDefault ? 1 : 0;
    case Name:
        return trunk.name;
    case DialString:
        return trunk.dialString;
    case MaxCps:
        return trunk.maxCps;
    case MaxChannels:
        return trunk.maxChannels;
    }
    return {};
}

QVariant TrunkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Default: return tr("Default");
        case Name: return tr("Name");
        case DialString: return tr("Dial String");
        case MaxCps: return tr("Max CPS");
        case MaxChannels: return tr("Max Channels");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MaxCps: return tr("Maximum calls per second this trunk accepts");
        case MaxChannels: return tr("Maximum simultaneous calls on this trunk");
        default: break;
        }
    }
    return {};
}

Qt::ItemFlags TrunkTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Default && m_defaultCheckable && !m_trunks.at(index.row()).isDefault)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TrunkTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Default || !m_defaultCheckable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Trunk &trunk = m_trunks.at(index.row());
    if (trunk.isDefault || static_cast<Qt::CheckState>(value.toInt()) != Qt::Checked)
        return false;
    // Nothing changes here: the engine's trunks.changed event will move the
    // tick, or the refusal will be shown and the box stays as it was.
    Q_EMIT defaultRequested(trunk.id);
    return false;
}
