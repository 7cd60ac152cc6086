#include "common/protocol.h"
#include "console/models/trunktablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

Trunk makeTrunk(qint64 id, const QString &name, double cps, qint64 channels, bool isDefault = false)
{
    Trunk t;
    t.id = id;
    t.name = name;
    t.dialString = QStringLiteral("SIP/${EXTEN}@") + name.toLower();
    t.maxCps = cps;
    t.maxChannels = channels;
    t.isDefault = isDefault;
    return t;
}

// The manual's example list.
QList<Trunk> manualTrunks()
{
    return {
        makeTrunk(1, QStringLiteral("Load Test"), 10, 20, true),
        makeTrunk(2, QStringLiteral("NTA"), 1, 3),
        makeTrunk(3, QStringLiteral("2Talk"), 0.1, 20),
    };
}

} // namespace

class TestTrunkTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsWithoutReset();
    void updatesOnlyChangedRows();
    void removesRowsById();
    void appliesMixedChangesInOneCall();
    void movingTheDefaultChangesTwoRows();
    void highlightsTheDefaultTrunk();
    void showsHeadersAndValues();
    void asksForANewDefaultWithoutChangingItself();
    void sortsNumbersAsNumbers();
    void readsTheEnginesJson();

private:
    TrunkTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QSignalSpy *m_resetSpy = nullptr;
};

void TestTrunkTableModel::init()
{
    m_model = new TrunkTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_resetSpy = new QSignalSpy(m_model, &QAbstractItemModel::modelReset);
}

void TestTrunkTableModel::cleanup()
{
    // Incremental, never a reset: that is what keeps selections alive.
    QCOMPARE(m_resetSpy->count(), 0);
    delete m_resetSpy;
    delete m_tester;
    delete m_model;
}

void TestTrunkTableModel::insertsWithoutReset()
{
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    m_model->setTrunks(manualTrunks());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 2);

    // The same list again changes nothing at all.
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setTrunks(manualTrunks());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(changed.count(), 0);
}

void TestTrunkTableModel::updatesOnlyChangedRows()
{
    m_model->setTrunks(manualTrunks());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);

    QList<Trunk> trunks = manualTrunks();
    trunks[1].maxCps = 2.5;
    m_model->setTrunks(trunks);

    QCOMPARE(changed.count(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), TrunkTableModel::MaxChannels);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->trunkAt(1).maxCps, 2.5);
}

void TestTrunkTableModel::removesRowsById()
{
    m_model->setTrunks(manualTrunks());
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QList<Trunk> trunks = manualTrunks();
    trunks.removeAt(1); // NTA
    m_model->setTrunks(trunks);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOfId(2), -1);
    QCOMPARE(m_model->rowOfId(3), 1);

    m_model->setTrunks({});
    QCOMPARE(m_model->rowCount(), 0);
    // Both remaining rows were contiguous: one removal.
    QCOMPARE(removed.count(), 2);
}

void TestTrunkTableModel::appliesMixedChangesInOneCall()
{
    m_model->setTrunks(manualTrunks());
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    QList<Trunk> trunks = manualTrunks();
    trunks.removeFirst();              // Load Test goes
    trunks[0].isDefault = true;        // NTA becomes the default
    trunks.append(makeTrunk(7, QStringLiteral("Tutorial Trunk"), 5, 100));
    m_model->setTrunks(trunks);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->trunks().at(0).name, QStringLiteral("NTA"));
    QVERIFY(m_model->trunks().at(0).isDefault);
    QCOMPARE(m_model->trunks().at(2).id, 7);
}

void TestTrunkTableModel::movingTheDefaultChangesTwoRows()
{
    m_model->setTrunks(manualTrunks());
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QList<Trunk> trunks = manualTrunks();
    trunks[0].isDefault = false;
    trunks[2].isDefault = true;
    m_model->setTrunks(trunks);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->index(0, 0).data(TrunkTableModel::IsDefaultRole).toBool(), false);
    QCOMPARE(m_model->index(2, 0).data(TrunkTableModel::IsDefaultRole).toBool(), true);
}

void TestTrunkTableModel::highlightsTheDefaultTrunk()
{
    m_model->setTrunks(manualTrunks());
    for (int column = 0; column < TrunkTableModel::ColumnCount; ++column) {
        const QVariant background = m_model->index(0, column).data(Qt::BackgroundRole);
        QVERIFY(background.isValid());
        QCOMPARE(background.value<QBrush>().color(), TrunkTableModel::defaultBackground());
        QVERIFY(!m_model->index(1, column).data(Qt::BackgroundRole).isValid());
    }
    QCOMPARE(m_model->index(0, TrunkTableModel::Default).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(m_model->index(1, TrunkTableModel::Default).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(!m_model->index(1, TrunkTableModel::Name).data(Qt::CheckStateRole).isValid());
}

void TestTrunkTableModel::showsHeadersAndValues()
{
    m_model->setTrunks(manualTrunks());
    QCOMPARE(m_model->headerData(TrunkTableModel::Default, Qt::Horizontal).toString(),
             QStringLiteral("Default"));
    QCOMPARE(m_model->headerData(TrunkTableModel::DialString, Qt::Horizontal).toString(),
             QStringLiteral("Dial String"));
    QCOMPARE(m_model->headerData(TrunkTableModel::MaxChannels, Qt::Horizontal).toString(),
             QStringLiteral("Max Channels"));
    QCOMPARE(m_model->index(2, TrunkTableModel::Name).data().toString(), QStringLiteral("2Talk"));
    QCOMPARE(m_model->index(2, TrunkTableModel::DialString).data().toString(),
             QStringLiteral("SIP/${EXTEN}@2talk"));
    QCOMPARE(m_model->index(2, TrunkTableModel::MaxCps).data().toString(), QStringLiteral("0.1"));
    QCOMPARE(m_model->index(2, TrunkTableModel::MaxChannels).data().toString(),
             QStringLiteral("20"));
    QCOMPARE(m_model->index(2, TrunkTableModel::Name).data(TrunkTableModel::IdRole).toLongLong(), 3);

    QSignalSpy headers(m_model, &QAbstractItemModel::headerDataChanged);
    m_model->retranslate();
    QCOMPARE(headers.count(), 1);
}

void TestTrunkTableModel::asksForANewDefaultWithoutChangingItself()
{
    m_model->setTrunks(manualTrunks());
    const QModelIndex other = m_model->index(1, TrunkTableModel::Default);
    const QModelIndex current = m_model->index(0, TrunkTableModel::Default);
    // Read-only by default.
    QVERIFY(!(m_model->flags(other) & Qt::ItemIsUserCheckable));
    QVERIFY(!m_model->setData(other, Qt::Checked, Qt::CheckStateRole));

    m_model->setDefaultCheckable(true);
    QVERIFY(m_model->flags(other) & Qt::ItemIsUserCheckable);
    QVERIFY(!(m_model->flags(current) & Qt::ItemIsUserCheckable));
    QVERIFY(!(m_model->flags(m_model->index(1, TrunkTableModel::Name)) & Qt::ItemIsUserCheckable));

    QSignalSpy requested(m_model, &TrunkTableModel::defaultRequested);
    QVERIFY(!m_model->setData(other, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toLongLong(), 2);
    QCOMPARE(other.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked)); // the engine decides
    QVERIFY(!m_model->setData(current, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(requested.count(), 1);
}

void TestTrunkTableModel::sortsNumbersAsNumbers()
{
    QList<Trunk> trunks = manualTrunks();
    trunks.append(makeTrunk(4, QStringLiteral("Dialplan"), 3, 1000));
    m_model->setTrunks(trunks);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(TrunkTableModel::SortRole);
    proxy.sort(TrunkTableModel::MaxCps, Qt::AscendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order << proxy.index(row, TrunkTableModel::Name).data().toString();
    QCOMPARE(order, (QStringList{QStringLiteral("2Talk"), QStringLiteral("NTA"),
                                 QStringLiteral("Dialplan"), QStringLiteral("Load Test")}));
    proxy.sort(TrunkTableModel::MaxChannels, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TrunkTableModel::Name).data().toString(), QStringLiteral("Dialplan"));
}

void TestTrunkTableModel::readsTheEnginesJson()
{
    QJsonArray array;
    for (const Trunk &t : manualTrunks())
        array.append(t.toJson());
    array.append(QStringLiteral("not an object"));
    const QList<Trunk> trunks = TrunkTableModel::trunksFromJson(array);
    QCOMPARE(trunks, manualTrunks());
}

QTEST_MAIN(TestTrunkTableModel)
#include "tst_trunktablemodel.moc"
