#include "common/protocol.h"
#include "console/models/servertablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Protocol;

namespace {

ServerRow makeServer(qint64 id, const QString &name, const QString &host, bool enabled,
                     ServerRow::State state = ServerRow::State::Inactive, qint64 channels = 0)
{
    ServerRow row;
    row.server.id = id;
    row.server.name = name;
    row.server.host = host;
    row.server.amiUser = QStringLiteral("SineDialer");
    row.server.maxChannels = 0;
    row.server.enabled = enabled;
    row.hasSecret = true;
    row.state = state;
    row.channels = channels;
    return row;
}

// Some of the manual's example list.
QList<ServerRow> manualServers()
{
    return {
        makeServer(1, QStringLiteral("Auckland VentureVoIP"), QStringLiteral("ak12.venturevoip.com"), false),
        makeServer(2, QStringLiteral("Christchurch VentureVoIP"), QStringLiteral("chch.venturevoip.com"),
                   true, ServerRow::State::Active, 12),
        makeServer(3, QStringLiteral("Load Test"), QStringLiteral("office.venturevoip.com"), true,
                   ServerRow::State::Connecting),
    };
}

} // namespace

class TestServerTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsWithoutReset();
    void liveStateChangesOnlyTheirRow();
    void removesAndAddsById();
    void showsHeadersAndValues();
    void coloursTheStates_data();
    void coloursTheStates();
    void problemStatesExplainThemselvesInTheTooltip();
    void sortsNumbersAsNumbers();
    void readsTheEnginesJsonButNeverASecret();

private:
    ServerTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QSignalSpy *m_resetSpy = nullptr;
};

void TestServerTableModel::init()
{
    m_model = new ServerTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_resetSpy = new QSignalSpy(m_model, &QAbstractItemModel::modelReset);
}

void TestServerTableModel::cleanup()
{
    // Incremental, never a reset: live events arrive every second.
    QCOMPARE(m_resetSpy->count(), 0);
    delete m_resetSpy;
    delete m_tester;
    delete m_model;
}

void TestServerTableModel::insertsWithoutReset()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setServers(manualServers());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 8);
    QCOMPARE(inserted.count(), 1);

    // The same list again (an event about another change) changes nothing.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setServers(manualServers());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestServerTableModel::liveStateChangesOnlyTheirRow()
{
    m_model->setServers(manualServers());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QList<ServerRow> servers = manualServers();
    servers[2].state = ServerRow::State::Timeout;
    servers[2].stateDetail = QStringLiteral("connection refused");
    m_model->setServers(servers);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(m_model->index(2, ServerTableModel::State).data().toString(), QStringLiteral("Timeout"));

    servers[1].channels = 13;
    m_model->setServers(servers);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 1);
    QCOMPARE(m_model->index(1, ServerTableModel::Channels).data().toString(), QStringLiteral("13"));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
}

void TestServerTableModel::removesAndAddsById()
{
    m_model->setServers(manualServers());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QList<ServerRow> servers = manualServers();
    servers.removeAt(1);
    servers.append(makeServer(9, QStringLiteral("Dunedin VentureVoIP"), QStringLiteral("dndn.venturevoip.com"),
                              false));
    m_model->setServers(servers);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowOfId(2), -1);
    QCOMPARE(m_model->serverAt(2).server.id, 9);
    QVERIFY(m_model->serverById(3).has_value());
    QVERIFY(!m_model->serverById(2).has_value());
}

void TestServerTableModel::showsHeadersAndValues()
{
    QList<ServerRow> servers = manualServers();
    servers[1].server.amiPort = 5039;
    servers[1].server.maxChannels = 1200;
    m_model->setServers(servers);
    const auto header = [this](int column) {
        return m_model->headerData(column, Qt::Horizontal).toString();
    };
    QCOMPARE(header(ServerTableModel::Name), QStringLiteral("Name"));
    QCOMPARE(header(ServerTableModel::Host), QStringLiteral("Address"));
    QCOMPARE(header(ServerTableModel::Port), QStringLiteral("AMI Port"));
    QCOMPARE(header(ServerTableModel::User), QStringLiteral("AMI User"));
    QCOMPARE(header(ServerTableModel::State), QStringLiteral("State"));
    QCOMPARE(header(ServerTableModel::Channels), QStringLiteral("Channels"));
    QCOMPARE(header(ServerTableModel::MaxChannels), QStringLiteral("Max Channels"));
    QCOMPARE(header(ServerTableModel::Enabled), QStringLiteral("Enabled"));

    const auto cell = [this](int row, int column) { return m_model->index(row, column).data().toString(); };
    QCOMPARE(cell(1, ServerTableModel::Name), QStringLiteral("Christchurch VentureVoIP"));
    QCOMPARE(cell(1, ServerTableModel::Host), QStringLiteral("chch.venturevoip.com"));
    QCOMPARE(cell(1, ServerTableModel::Port), QStringLiteral("5039"));
    QCOMPARE(cell(0, ServerTableModel::Port), QStringLiteral("5038"));
    QCOMPARE(cell(1, ServerTableModel::User), QStringLiteral("SineDialer"));
    QCOMPARE(cell(1, ServerTableModel::State), QStringLiteral("Active"));
    QCOMPARE(cell(0, ServerTableModel::State), QStringLiteral("Inactive"));
    QCOMPARE(cell(2, ServerTableModel::State), QStringLiteral("Connecting"));
    QCOMPARE(cell(1, ServerTableModel::Channels), QStringLiteral("12"));
    QCOMPARE(cell(1, ServerTableModel::MaxChannels), QStringLiteral("1,200"));
    QCOMPARE(cell(0, ServerTableModel::MaxChannels), QStringLiteral("No limit"));
    QCOMPARE(m_model->index(0, ServerTableModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(m_model->index(1, ServerTableModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    // Shown, not switched from the table: Start and Stop ask the engine.
    QVERIFY(!(m_model->flags(m_model->index(0, ServerTableModel::Enabled)) & Qt::ItemIsUserCheckable));
    QCOMPARE(m_model->index(1, 0).data(ServerTableModel::IdRole).toLongLong(), 2);
    QCOMPARE(m_model->index(1, 0).data(ServerTableModel::EnabledRole).toBool(), true);
    QCOMPARE(m_model->index(1, 0).data(ServerTableModel::StateRole).toInt(),
             int(ServerRow::State::Active));

    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
    QCOMPARE(changed.count(), 1);
}

void TestServerTableModel::coloursTheStates_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("active") << int(ServerRow::State::Active) << QStringLiteral("Active")
                            << QColor(0x2e, 0x7d, 0x32);
    QTest::newRow("timeout") << int(ServerRow::State::Timeout) << QStringLiteral("Timeout")
                             << QColor(0xc6, 0x28, 0x28);
    QTest::newRow("login failed") << int(ServerRow::State::LoginFailed)
                                  << QStringLiteral("Login failed") << QColor(0xb2, 0x6a, 0x00);
    QTest::newRow("inactive") << int(ServerRow::State::Inactive) << QStringLiteral("Inactive")
                              << QColor(0x75, 0x75, 0x75);
    QTest::newRow("connecting") << int(ServerRow::State::Connecting) << QStringLiteral("Connecting")
                                << QColor();
}

void TestServerTableModel::coloursTheStates()
{
    QFETCH(int, state);
    QFETCH(QString, text);
    QFETCH(QColor, colour);
    m_model->setServers({makeServer(1, QStringLiteral("Server 1"), QStringLiteral("10.0.0.1"), true,
                                    ServerRow::State(state))});
    const QModelIndex cell = m_model->index(0, ServerTableModel::State);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(ServerTableModel::stateColor(ServerRow::State(state)), colour);
    const QVariant foreground = cell.data(Qt::ForegroundRole);
    if (colour.isValid())
        QCOMPARE(foreground.value<QBrush>().color(), colour);
    else
        QVERIFY(!foreground.isValid()); // neutral: the palette's text colour
    // Every state has its icon, so the state reads without colour vision too.
    const QVariant icon = cell.data(Qt::DecorationRole);
    QVERIFY(icon.canConvert<QIcon>());
    QVERIFY(!icon.value<QIcon>().isNull());
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    // Only the State column carries the icon.
    QVERIFY(!m_model->index(0, ServerTableModel::Name).data(Qt::DecorationRole).isValid());
}

void TestServerTableModel::problemStatesExplainThemselvesInTheTooltip()
{
    QList<ServerRow> servers = manualServers();
    servers[1].state = ServerRow::State::Timeout;
    servers[1].stateDetail = QStringLiteral("connection refused");
    servers[2].state = ServerRow::State::LoginFailed;
    servers[2].stateDetail = QStringLiteral("login refused: Authentication failed");
    m_model->setServers(servers);
    QCOMPARE(m_model->index(1, ServerTableModel::State).data(Qt::ToolTipRole).toString(),
             QStringLiteral("connection refused"));
    QCOMPARE(m_model->index(2, ServerTableModel::State).data(Qt::ToolTipRole).toString(),
             QStringLiteral("login refused: Authentication failed"));

    // Back to Active: the old problem is no longer the tooltip.
    servers[1].state = ServerRow::State::Active;
    m_model->setServers(servers);
    QVERIFY(!m_model->index(1, ServerTableModel::State).data(Qt::ToolTipRole).toString()
                 .contains(QStringLiteral("refused")));
}

void TestServerTableModel::sortsNumbersAsNumbers()
{
    QList<ServerRow> servers = manualServers();
    servers[0].channels = 9;
    servers[1].channels = 100;
    servers[2].channels = 20;
    servers[0].server.maxChannels = 0; // no limit: above every limit
    servers[1].server.maxChannels = 300;
    servers[2].server.maxChannels = 40;
    m_model->setServers(servers);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(ServerTableModel::SortRole);
    proxy.sort(ServerTableModel::Channels, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, ServerTableModel::Channels).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("9"), QStringLiteral("20"), QStringLiteral("100")}));
    proxy.sort(ServerTableModel::MaxChannels, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ServerTableModel::MaxChannels).data().toString(), QStringLiteral("No limit"));
}

void TestServerTableModel::readsTheEnginesJsonButNeverASecret()
{
    const QString secret = QStringLiteral("Sup3r-Secret-AMI");
    QJsonArray array{
        QJsonObject{{Key::Id, 4}, {Key::Name, QStringLiteral("My Server")},
                    {Key::Host, QStringLiteral("192.168.101.1")}, {Key::AmiPort, 5038},
                    {Key::AmiUser, QStringLiteral("myusername")}, {Key::HasSecret, true},
                    {Key::UseMd5, false}, {Key::MaxChannels, 60}, {Key::Enabled, true},
                    {Key::State, QStringLiteral("loginFailed")},
                    {Key::StateDetail, QStringLiteral("Authentication failed")},
                    {Key::Channels, 0},
                    // Even if an engine sent it, it is not kept.
                    {Key::AmiSecret, secret}},
        QStringLiteral("not an object"),
        QJsonObject{{Key::Id, 5}, {Key::Name, QStringLiteral("Server 1")},
                    {Key::Host, QStringLiteral("10.0.0.1")}, {Key::AmiPort, 5038},
                    {Key::AmiUser, QStringLiteral("user")}, {Key::HasSecret, false},
                    {Key::MaxChannels, 0}, {Key::Enabled, true},
                    {Key::State, QStringLiteral("active")}, {Key::Channels, 7}},
    };
    const QList<ServerRow> servers = ServerRow::listFromJson(array);
    QCOMPARE(servers.size(), 2);
    QCOMPARE(servers.at(0).server.name, QStringLiteral("My Server"));
    QCOMPARE(servers.at(0).state, ServerRow::State::LoginFailed);
    QCOMPARE(servers.at(0).stateDetail, QStringLiteral("Authentication failed"));
    QVERIFY(!servers.at(0).server.useMd5);
    QVERIFY(servers.at(0).hasSecret);
    QVERIFY(servers.at(0).server.amiSecret.isEmpty());
    QCOMPARE(servers.at(1).state, ServerRow::State::Active);
    QCOMPARE(servers.at(1).channels, 7);
    QVERIFY(servers.at(1).server.useMd5); // the default when not said
    QCOMPARE(ServerRow::stateFromName(QStringLiteral("inactive")), ServerRow::State::Inactive);
    QCOMPARE(ServerRow::stateFromName(QStringLiteral("timeout")), ServerRow::State::Timeout);
    QCOMPARE(ServerRow::stateFromName(QStringLiteral("connecting")), ServerRow::State::Connecting);
    QCOMPARE(ServerRow::stateFromName(QStringLiteral("something new")), ServerRow::State::Connecting);

    m_model->setServers(servers);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            for (int role = 0; role <= ServerTableModel::EnabledRole; ++role) {
                const QString text = m_model->index(row, column).data(role).toString();
                QVERIFY2(!text.contains(secret), qPrintable(text));
            }
        }
    }
}

QTEST_MAIN(TestServerTableModel)
#include "tst_servertablemodel.moc"
