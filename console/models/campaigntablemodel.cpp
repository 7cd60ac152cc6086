#include "console/models/campaigntablemodel.h"

#include "common/protocol.h"
#include "console/campaigns/pacercatalog.h"

#include <QBrush>
#include <QColor>
#include <QJsonObject>
#include <QLocale>

using namespace Protocol;

CampaignTableModel::CampaignTableModel(QObject *parent)
    : IdTableModel<Campaign>(parent)
{
}

QColor CampaignTableModel::runningBackground()
{
    return QColor(0xc8, 0xe6, 0xc9);
}

void CampaignTableModel::setTrunkNames(const QHash<qint64, QString> &names)
{
    if (m_trunkNames == names)
        return;
    m_trunkNames = names;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, Trunk), index(rowCount() - 1, Trunk));
}

bool CampaignTableModel::updateCampaign(const Campaign &campaign)
{
    const int row = rowOfId(campaign.id);
    if (row < 0)
        return false;
    QList<Campaign> updated = rows();
    updated[row] = campaign;
    setRows(updated); // only that row reports a change
    return true;
}

void CampaignTableModel::retranslate()
{
    refreshAllCells();
}

QList<Campaign> CampaignTableModel::campaignsFromJson(const QJsonArray &array)
{
    QList<Campaign> campaigns;
    campaigns.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isObject())
            campaigns.append(campaignFromJson(value.toObject()));
    }
    return campaigns;
}

Campaign CampaignTableModel::campaignFromJson(const QJsonObject &object)
{
    // Read as stored, without Campaign::fromJson's validation (which also
    // skips id, status and runId): a campaign saved under older rules must
    // still be listed so that it can be fixed.
    Campaign c;
    c.id = qint64(object.value(Key::Id).toDouble());
    c.customerId = qint64(object.value(Key::CustomerId).toDouble());
    c.name = object.value(Key::Name).toString();
    c.description = object.value(Key::Description).toString();
    c.type = Campaign::typeFromName(object.value(Key::CampaignType).toString())
                 .value_or(Campaign::Type::LoadSimulation);
    c.status = Campaign::statusFromName(object.value(Key::Status).toString())
                   .value_or(Campaign::Status::Stopped);
    c.maxConnected = object.value(Key::MaxConnected).toInt();
    const QJsonValue trunk = object.value(Key::TrunkId);
    if (trunk.isDouble())
        c.trunkId = qint64(trunk.toDouble());
    c.pacer = object.value(Key::Pacer).toString(PacerCatalog::defaultPacer());
    c.pacing = object.value(Key::Pacing).toObject();
    c.wrapUpSeconds = object.value(Key::WrapUpSeconds).toDouble(c.wrapUpSeconds);
    c.runId = qint64(object.value(Key::RunId).toDouble());
    return c;
}

QString CampaignTableModel::typeText(Campaign::Type type)
{
    switch (type) {
    case Campaign::Type::LoadSimulation: return tr("Load Simulation");
    }
    return {};
}

QString CampaignTableModel::statusText(Campaign::Status status)
{
    switch (status) {
    case Campaign::Status::Stopped: return tr("Stopped");
    case Campaign::Status::Running: return tr("Running");
    }
    return {};
}

QString CampaignTableModel::trunkText(const std::optional<qint64> &trunkId) const
{
    if (!trunkId)
        return tr("Default trunk");
    const auto name = m_trunkNames.constFind(*trunkId);
    if (name != m_trunkNames.cend())
        return *name;
    // The role may not list trunks, or the trunk has gone.
    return tr("Trunk %1").arg(*trunkId);
}

int CampaignTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Campaign &campaign = rowAt(index.row());
    const bool running = campaign.status == Campaign::Status::Running;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(campaign, index.column());
    case Qt::BackgroundRole:
        return running ? QVariant(QBrush(runningBackground())) : QVariant();
    case Qt::ForegroundRole:
        // Keep the green row readable under dark themes.
        return running ? QVariant(QBrush(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == MaxConnected)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && !campaign.description.isEmpty())
            return campaign.description;
        if (index.column() == Pacer)
            return PacerCatalog::description(campaign.pacer);
        return {};
    case IdRole:
        return campaign.id;
    case SortRole:
        return sortData(campaign, index.column());
    case IsRunningRole:
        return running;
    default:
        return {};
    }
}

QVariant CampaignTableModel::displayData(const Campaign &campaign, int column) const
{
    switch (column) {
    case Name: return campaign.name;
    case CampaignType: return typeText(campaign.type);
    case Status: return statusText(campaign.status);
    case MaxConnected: return QLocale().toString(campaign.maxConnected);
    case Pacer: return PacerCatalog::displayName(campaign.pacer);
    case Trunk: return trunkText(campaign.trunkId);
    }
    return {};
}

QVariant CampaignTableModel::sortData(const Campaign &campaign, int column) const
{
    switch (column) {
    case MaxConnected: return campaign.maxConnected;
    case Status: return campaign.status == Campaign::Status::Running ? 0 : 1; // running first
    default: return displayData(campaign, column);
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case CampaignType: return tr("Type");
        case Status: return tr("Status");
        case MaxConnected: return tr("Max Connected");
        case Pacer: return tr("Pacer");
        case Trunk: return tr("Trunk");
        }
    }
    if (role == Qt::ToolTipRole && section == MaxConnected)
        return tr("Maximum connected calls; for a load simulation, the simulated agents");
    return {};
}

Qt::ItemFlags CampaignTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
