#pragma once

#include "common/campaign.h"
#include "console/models/idtablemodel.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

#include <optional>

// The campaigns the user may see, one row each (the manual's "View
// Campaigns"). setCampaigns() applies a new list by id (IdTableModel), so the
// selection survives every campaigns.changed event. The trunk column shows
// the trunk's name when the page could list the trunks, else its id.
class CampaignTableModel final : public IdTableModel<Campaign>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignTableModel)

public:
    enum Column { Name, CampaignType, Status, MaxConnected, Pacer, Trunk };
    Q_ENUM(Column)
    static constexpr int ColumnCount = Trunk + 1;

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 campaign id
        SortRole,                  // raw value per column (numbers sort as numbers)
        IsRunningRole,             // bool
    };

    explicit CampaignTableModel(QObject *parent = nullptr);

    void setCampaigns(const QList<Campaign> &campaigns) { setRows(campaigns); }
    // One campaign as a reply returned it (campaigns.start...), shown before
    // the campaigns.changed event comes; false if it is not listed.
    bool updateCampaign(const Campaign &campaign);
    // Trunk names by id (trunks.list); only the trunk column changes.
    void setTrunkNames(const QHash<qint64, QString> &names);
    bool hasTrunkNames() const { return !m_trunkNames.isEmpty(); }
    void retranslate();

    const QList<Campaign> &campaigns() const { return rows(); }
    const Campaign &campaignAt(int row) const { return rowAt(row); }
    std::optional<Campaign> campaignById(qint64 id) const { return rowById(id); }
    // What the trunk column shows for this trunk (the default, a name, an id).
    QString trunkText(const std::optional<qint64> &trunkId) const;

    // Reads the engine's Campaign objects (campaigns.list, campaigns.changed).
    static QList<Campaign> campaignsFromJson(const QJsonArray &array);
    static Campaign campaignFromJson(const QJsonObject &object);
    static QString typeText(Campaign::Type type);
    static QString statusText(Campaign::Status status);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Running campaigns are tinted, as the manual's list marks them.
    static QColor runningBackground();

protected:
    qint64 rowId(const Campaign &campaign) const override { return campaign.id; }

private:
    QVariant displayData(const Campaign &campaign, int column) const;
    QVariant sortData(const Campaign &campaign, int column) const;

    QHash<qint64, QString> m_trunkNames;
};
