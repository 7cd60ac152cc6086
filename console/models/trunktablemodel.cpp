#include "console/models/trunktablemodel.h"

#include "common/protocol.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

using namespace Protocol;

TrunkTableModel::TrunkTableModel(QObject *parent)
    : IdTableModel<Trunk>(parent)
{
}

QColor TrunkTableModel::defaultBackground()
{
    return QColor(0xc8, 0xe6, 0xc9);
}

void TrunkTableModel::setDefaultCheckable(bool checkable)
{
    if (m_defaultCheckable == checkable)
        return;
    m_defaultCheckable = checkable;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, Default), index(rowCount() - 1, Default));
}

void TrunkTableModel::retranslate()
{
    refreshAllCells();
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

int TrunkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrunkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trunk &trunk = rowAt(index.row());
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
    if (index.column() == Default && m_defaultCheckable && !rowAt(index.row()).isDefault)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool TrunkTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Default || !m_defaultCheckable
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Trunk &trunk = rowAt(index.row());
    if (trunk.isDefault || static_cast<Qt::CheckState>(value.toInt()) != Qt::Checked)
        return false;
    // Nothing changes here: the engine's trunks.changed event will move the
    // tick, or the refusal will be shown and the box stays as it was.
    Q_EMIT defaultRequested(trunk.id);
    return false;
}
