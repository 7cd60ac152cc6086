#include "console/models/servertablemodel.h"

#include <QBrush>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace {

constexpr int kIconSize = 16;

// The severity order the State column sorts by: problems first when
// sorting descending.
int stateRank(ServerRow::State state)
{
    switch (state) {
    case ServerRow::State::Active: return 0;
    case ServerRow::State::Connecting: return 1;
    case ServerRow::State::Inactive: return 2;
    case ServerRow::State::LoginFailed: return 3;
    case ServerRow::State::Timeout: return 4;
    }
    return 1;
}

} // namespace

ServerTableModel::ServerTableModel(QObject *parent)
    : IdTableModel<ServerRow>(parent)
{
}

void ServerTableModel::retranslate()
{
    refreshAllCells();
}

QString ServerTableModel::stateText(ServerRow::State state)
{
    switch (state) {
    //: State of a voice server: logged in and taking calls
    case ServerRow::State::Active: return tr("Active");
    //: State of a voice server: stopped by an administrator
    case ServerRow::State::Inactive: return tr("Inactive");
    //: State of a voice server: first connection attempt under way
    case ServerRow::State::Connecting: return tr("Connecting");
    //: State of a voice server: unreachable or not answering, retrying
    case ServerRow::State::Timeout: return tr("Timeout");
    //: State of a voice server: the AMI user or secret was refused
    case ServerRow::State::LoginFailed: return tr("Login failed");
    }
    return {};
}

QColor ServerTableModel::stateColor(ServerRow::State state)
{
    switch (state) {
    case ServerRow::State::Active: return QColor(0x2e, 0x7d, 0x32);
    case ServerRow::State::Timeout: return QColor(0xc6, 0x28, 0x28);
    case ServerRow::State::LoginFailed: return QColor(0xb2, 0x6a, 0x00);
    case ServerRow::State::Inactive: return QColor(0x75, 0x75, 0x75);
    case ServerRow::State::Connecting: return {};
    }
    return {};
}

QIcon ServerTableModel::stateIcon(ServerRow::State state) const
{
    const int key = int(state);
    if (const auto it = m_stateIcons.constFind(key); it != m_stateIcons.cend())
        return *it;
    QPixmap pixmap(kIconSize, kIconSize);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF dot(3.5, 3.5, kIconSize - 7, kIconSize - 7);
    const QColor colour = stateColor(state);
    if (colour.isValid()) {
        painter.setPen(QPen(colour.darker(130), 1));
        painter.setBrush(colour);
    } else {
        // Connecting: a hollow ring, neither good nor bad yet.
        painter.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 2));
        painter.setBrush(Qt::NoBrush);
    }
    painter.drawEllipse(dot);
    painter.end();
    const QIcon icon(pixmap);
    m_stateIcons.insert(key, icon);
    return icon;
}

int ServerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ServerRow &row = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        if (column == State)
            return stateIcon(row.state);
        return {};
    case Qt::ForegroundRole:
        if (column == State && stateColor(row.state).isValid())
            return QBrush(stateColor(row.state));
        if (column != State && !row.server.enabled)
            return QBrush(stateColor(ServerRow::State::Inactive));
        return {};
    case Qt::CheckStateRole:
        if (column == Enabled)
            return row.server.enabled ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::TextAlignmentRole:
        if (column == Port || column == Channels || column == MaxChannels)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case IdRole:
        return row.server.id;
    case SortRole:
        return sortData(row, column);
    case StateRole:
        return int(row.state);
    case EnabledRole:
        return row.server.enabled;
    default:
        return {};
    }
}

QVariant ServerTableModel::displayData(const ServerRow &row, int column) const
{
    const VoiceServer &s = row.server;
    switch (column) {
    case Name: return s.name;
    case Host: return s.host;
    // A port is not a quantity: no group separator.
    case Port: return QString::number(s.amiPort);
    case User: return s.amiUser;
    case State: return stateText(row.state);
    case Channels: return QLocale().toString(row.channels);
    case MaxChannels:
        return s.maxChannels == 0 ? tr("No limit") : QLocale().toString(s.maxChannels);
    case Enabled: return {};
    }
    return {};
}

QVariant ServerTableModel::sortData(const ServerRow &row, int column) const
{
    const VoiceServer &s = row.server;
    switch (column) {
    case Name: return s.name;
    case Host: return s.host;
    case Port: return s.amiPort;
    case User: return s.amiUser;
    case State: return stateRank(row.state);
    case Channels: return row.channels;
    // No limit sorts above every limit.
    case MaxChannels: return s.maxChannels == 0 ? VoiceServer::MaxChannelsLimit + 1 : s.maxChannels;
    case Enabled: return s.enabled ? 1 : 0;
    }
    return {};
}

QVariant ServerTableModel::toolTip(const ServerRow &row, int column) const
{
    const VoiceServer &s = row.server;
    switch (column) {
    case State:
        return stateToolTip(row);
    case User:
        // Whether a secret is stored; never the secret, which the console never has.
        if (s.useMd5) {
            return row.hasSecret ? tr("Logs in with an AMI secret (MD5 challenge).")
                                 : tr("No AMI secret is stored.");
        }
        return row.hasSecret ? tr("Logs in with an AMI secret (plain text).")
                             : tr("No AMI secret is stored.");
    case Enabled:
        return s.enabled ? tr("Started: the engine connects to this server and sends calls to it.")
                         : tr("Stopped: the engine sends no calls to this server.");
    case MaxChannels:
        return s.maxChannels == 0 ? tr("No limit of its own: the trunks' limits apply.")
                                  : QVariant();
    default:
        return {};
    }
}

QString ServerTableModel::stateToolTip(const ServerRow &row) const
{
    switch (row.state) {
    case ServerRow::State::Timeout:
    case ServerRow::State::LoginFailed:
        // The engine's own words for the problem ("connection refused"...).
        if (!row.stateDetail.isEmpty())
            return row.stateDetail;
        return row.state == ServerRow::State::Timeout
            ? tr("The server does not answer; the engine keeps retrying.")
            : tr("The server refused the AMI user or secret; the engine keeps retrying.");
    case ServerRow::State::Active:
        return tr("Logged in: calls are sent to this server.");
    case ServerRow::State::Connecting:
        return tr("Connecting and logging in…");
    case ServerRow::State::Inactive:
        return tr("Stopped: press Start to use this server.");
    }
    return {};
}

QVariant ServerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Name: return tr("Name");
        case Host: return tr("Address");
        case Port: return tr("AMI Port");
        case User: return tr("AMI User");
        case State: return tr("State");
        case Channels: return tr("Channels");
        case MaxChannels: return tr("Max Channels");
        //: Column header: whether the server is switched on (the manual's Active/Inactive status)
        case Enabled: return tr("Enabled");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Host: return tr("Host name or IP address of the Asterisk server");
        case User: return tr("The Asterisk Manager (AMI) account the engine logs in with");
        case Channels: return tr("Calls the engine has on this server now");
        case MaxChannels: return tr("Maximum simultaneous calls on this server");
        case Enabled: return tr("Switched on with Start and off with Stop; only servers switched on get calls");
        default: break;
        }
    }
    return {};
}

Qt::ItemFlags ServerTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
