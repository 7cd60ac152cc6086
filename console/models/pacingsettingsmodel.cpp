#include "console/models/pacingsettingsmodel.h"

#include "common/protocol.h"
#include "console/campaigns/pacercatalog.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

PacingSettingsModel::PacingSettingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PacingSettingsModel::setSettings(const QJsonObject &defaults, const QJsonObject &values,
                                      const QStringList &excluded)
{
    // A whole new set of settings (the dialog opening, the engine's options
    // arriving): a reset, once, not on every change.
    beginResetModel();
    m_rows.clear();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (excluded.contains(it.key()))
            continue;
        const QJsonValue own = values.value(it.key());
        m_rows.append({it.key(), it.value(), own.isUndefined() ? it.value() : normalized(own, it.value())});
    }
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!excluded.contains(it.key()) && !defaults.contains(it.key()))
            m_rows.append({it.key(), QJsonValue(QJsonValue::Undefined), it.value()});
    }
    endResetModel();
}

QJsonValue PacingSettingsModel::normalized(const QJsonValue &value, const QJsonValue &defaultValue)
{
    // The engine also takes numbers written as text ("0.5"); the form edits
    // them as numbers.
    if (!value.isString() || defaultValue.isString())
        return value;
    if (defaultValue.isDouble()) {
        // Written by a program, so in the C locale ("1.000" is one, not a thousand).
        bool ok = false;
        const double d = QLocale::c().toDouble(value.toString().trimmed(), &ok);
        return ok && std::isfinite(d) ? QJsonValue(d) : value;
    }
    const QJsonValue parsed = parseValue(value.toString(), defaultValue);
    return parsed.isUndefined() ? value : parsed;
}

bool PacingSettingsModel::isValid(const Row &row)
{
    if (row.defaultValue.isDouble())
        return row.value.isDouble();
    if (row.defaultValue.isBool())
        return row.value.isBool();
    return true;
}

bool PacingSettingsModel::isChanged(int row) const
{
    const Row &r = m_rows.at(row);
    return r.defaultValue.isUndefined() || r.value != r.defaultValue;
}

QJsonObject PacingSettingsModel::changedValues() const
{
    QJsonObject changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isChanged(row))
            changed.insert(m_rows.at(row).key, m_rows.at(row).value);
    }
    return changed;
}

QJsonObject PacingSettingsModel::values() const
{
    QJsonObject all;
    for (const Row &row : m_rows)
        all.insert(row.key, row.value);
    return all;
}

Result<Done> PacingSettingsModel::validate() const
{
    for (const Row &row : m_rows) {
        if (!isValid(row))
            return Result<Done>::failure(ErrorCode::InvalidField,
                                         QStringLiteral("\"%1\" is not a valid value").arg(row.value.toString()),
                                         QStringLiteral("pacing.") + row.key);
    }
    return Result<Done>::success({});
}

int PacingSettingsModel::rowOfKey(const QString &key) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key == key)
            return row;
    }
    return -1;
}

QJsonValue PacingSettingsModel::parseValue(const QString &text, const QJsonValue &defaultValue)
{
    const QString trimmed = text.trimmed();
    if (defaultValue.isDouble()) {
        // The user's own decimal separator first, then the C one ("0.5" in Italian).
        bool ok = false;
        double d = QLocale().toDouble(trimmed, &ok);
        if (!ok)
            d = QLocale::c().toDouble(trimmed, &ok);
        return ok && std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Undefined);
    }
    if (defaultValue.isBool()) {
        if (trimmed == QLatin1String("true") || trimmed == QLatin1String("1"))
            return true;
        if (trimmed == QLatin1String("false") || trimmed == QLatin1String("0"))
            return false;
        return QJsonValue(QJsonValue::Undefined);
    }
    return trimmed;
}

QString PacingSettingsModel::valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isUndefined())
        return QStringLiteral("—");
    return value.toString();
}

int PacingSettingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PacingSettingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PacingSettingsModel::displayData(const Row &row, int column) const
{
    switch (column) {
    case Setting: return row.key;
    case Value: return valueText(row.value);
    case Default: return valueText(row.defaultValue);
    }
    return {};
}

QVariant PacingSettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::EditRole:
        if (index.column() == Value)
            return row.value.isDouble() ? valueText(row.value) : row.value.toString();
        return displayData(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == Value && row.defaultValue.isBool())
            return row.value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole:
        if (index.column() == Value && isChanged(index.row())) {
            // A setting that differs from its default stands out.
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        return isValid(row) ? QVariant() : QVariant(QColor(0xb7, 0x1c, 0x1c));
    case Qt::ToolTipRole: {
        const QString text = PacerCatalog::settingDescription(row.key);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case KeyRole:
        return row.key;
    case ChangedRole:
        return isChanged(index.row());
    default:
        return {};
    }
}

bool PacingSettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Value)
        return false;
    Row &row = m_rows[index.row()];
    QJsonValue newValue;
    if (role == Qt::CheckStateRole && row.defaultValue.isBool()) {
        newValue = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
    } else if (role == Qt::EditRole && !row.defaultValue.isBool()) {
        const QString text = value.toString();
        const QJsonValue parsed = parseValue(text, row.defaultValue);
        // Kept as typed when it does not read: validate() will say so.
        newValue = parsed.isUndefined() ? QJsonValue(text.trimmed()) : parsed;
    } else {
        return false;
    }
    if (newValue == row.value)
        return true;
    row.value = newValue;
    Q_EMIT dataChanged(index, index);
    return true;
}

QVariant PacingSettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Setting: return tr("Setting");
    case Value: return tr("Value");
    case Default: return tr("Default");
    }
    return {};
}

Qt::ItemFlags PacingSettingsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Value) {
        const bool isBool = m_rows.at(index.row()).defaultValue.isBool();
        f |= isBool ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return f;
}

void PacingSettingsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
