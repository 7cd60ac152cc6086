#include "engine/db/campaignstore.h"
#include "engine/db/numberstore.h"
#include "engine/db/schemamigrator.h"
#include "engine/db/userstore.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// CampaignStore (rows, runs, leases) and NumberStore (hopper claims and the
// load simulation's generated numbers), on each backend.
class TestCampaignStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void addListFindRoundTrip();
    void namesAreUniquePerOwner();
    void customerFilter();
    void runningCampaignCannotChange();
    void leaseKeepsOtherEnginesOut();
    void lapsedLeaseIsResumable();
    void finishRunRecordsTotals();
    void claimMarksNumbersOnce();
    void generateContinuesTheSequence();
    void releaseClaimedReturnsNumbers();

private:
    qint64 addCustomer(const QString &name);
    Campaign makeCampaign(qint64 owner, const QString &name);
    QString numberStatus(qint64 id);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CampaignStore> m_store;
    std::unique_ptr<NumberStore> m_numbers;
    qint64 m_owner = 0;
};

void TestCampaignStore::initTestCase()
{
    m_database = std::make_unique<TestDatabase>();
    const Result<Done> opened = m_database->open();
    QVERIFY2(opened.ok(), qPrintable(opened.detail()));
    const Result<int> migrated = SchemaMigrator(m_database->db()).migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.detail()));
    m_store = std::make_unique<CampaignStore>(m_database->db());
    m_numbers = std::make_unique<NumberStore>(m_database->db());
}

void TestCampaignStore::init()
{
    QSqlQuery query(m_database->db());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM numbers")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM campaign_runs")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM campaigns")));
    QVERIFY(query.exec(QStringLiteral("DELETE FROM users")));
    m_owner = addCustomer(QStringLiteral("acme"));
}

void TestCampaignStore::cleanupTestCase()
{
    m_numbers.reset();
    m_store.reset();
    m_database.reset();
}

qint64 TestCampaignStore::addCustomer(const QString &name)
{
    UserAccount user;
    user.username = name;
    user.passwordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$x$y");
    user.role = Role::Customer;
    const Result<UserAccount> added = UserStore(m_database->db()).add(user);
    return added ? added.value().id : 0;
}

Campaign TestCampaignStore::makeCampaign(qint64 owner, const QString &name)
{
    Campaign c;
    c.customerId = owner;
    c.name = name;
    c.description = QStringLiteral("load test");
    c.maxConnected = 12;
    c.pacer = QStringLiteral("ratio");
    c.pacing = {{QStringLiteral("linesPerAgent"), 1.5}, {QStringLiteral("abandonWindowSeconds"), 86400}};
    c.wrapUpSeconds = 2.5;
    return c;
}

QString TestCampaignStore::numberStatus(qint64 id)
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("SELECT status FROM numbers WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void TestCampaignStore::addListFindRoundTrip()
{
    QVERIFY(m_owner > 0);
    const Result<Campaign> added = m_store->add(makeCampaign(m_owner, QStringLiteral("Spring ☀ \"sale\"")));
    QVERIFY2(added.ok(), qPrintable(added.detail()));
    const Campaign &c = added.value();
    QVERIFY(c.id > 0);
    QCOMPARE(c.status, Campaign::Status::Stopped);
    QCOMPARE(c.runId, 0);
    QCOMPARE(c.pacer, QStringLiteral("ratio"));
    QCOMPARE(c.pacing.value(QStringLiteral("linesPerAgent")).toDouble(), 1.5);
    QCOMPARE(c.wrapUpSeconds, 2.5);
    QVERIFY(!c.trunkId);
    const Result<QList<Campaign>> all = m_store->list();
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value().first(), c);
    QCOMPARE(m_store->find(c.id + 1000).error(), ErrorCode::NotFound);
}

void TestCampaignStore::namesAreUniquePerOwner()
{
    QVERIFY(m_store->add(makeCampaign(m_owner, QStringLiteral("Same"))).ok());
    const Result<Campaign> again = m_store->add(makeCampaign(m_owner, QStringLiteral("Same")));
    QCOMPARE(again.error(), ErrorCode::Conflict);
    QCOMPARE(again.field(), QStringLiteral("name"));
    const qint64 other = addCustomer(QStringLiteral("globex"));
    QVERIFY(m_store->add(makeCampaign(other, QStringLiteral("Same"))).ok());
}

void TestCampaignStore::customerFilter()
{
    const qint64 other = addCustomer(QStringLiteral("globex"));
    QVERIFY(m_store->add(makeCampaign(m_owner, QStringLiteral("A"))).ok());
    QVERIFY(m_store->add(makeCampaign(other, QStringLiteral("B"))).ok());
    QCOMPARE(m_store->list().value().size(), 2);
    const QList<Campaign> mine = m_store->list(m_owner).value();
    QCOMPARE(mine.size(), 1);
    QCOMPARE(mine.first().name, QStringLiteral("A"));
}

void TestCampaignStore::runningCampaignCannotChange()
{
    Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Run"))).value();
    const qint64 lease = QDateTime::currentMSecsSinceEpoch() + 30000;
    QVERIFY(m_store->startRun(c.id, QStringLiteral("e1"), std::nullopt, lease).ok());
    c.name = QStringLiteral("Renamed");
    QCOMPARE(m_store->update(c).error(), ErrorCode::Conflict);
    QCOMPARE(m_store->remove(c.id).error(), ErrorCode::Conflict);
    QCOMPARE(m_store->find(c.id).value().status, Campaign::Status::Running);
}

void TestCampaignStore::leaseKeepsOtherEnginesOut()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Leased"))).value();
    const qint64 lease = QDateTime::currentMSecsSinceEpoch() + 30000;
    const Result<qint64> run = m_store->startRun(c.id, QStringLiteral("e1"), m_owner, lease);
    QVERIFY2(run.ok(), qPrintable(run.detail()));
    QCOMPARE(m_store->startRun(c.id, QStringLiteral("e2"), std::nullopt, lease).error(), ErrorCode::Conflict);
    QCOMPARE(m_store->startRun(c.id, QStringLiteral("e1"), std::nullopt, lease).error(), ErrorCode::Conflict);
    // e1 restarting picks its own campaign up again.
    const Result<qint64> resumed = m_store->startRun(c.id, QStringLiteral("e1"), std::nullopt, lease, true);
    QVERIFY(resumed.ok());
    QVERIFY(resumed.value() > run.value());
    QCOMPARE(m_store->find(c.id).value().runId, resumed.value());
    QVERIFY(m_store->resumable(QStringLiteral("e2"), QDateTime::currentMSecsSinceEpoch()).value().isEmpty());
}

void TestCampaignStore::lapsedLeaseIsResumable()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Lapsed"))).value();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_store->startRun(c.id, QStringLiteral("dead"), std::nullopt, now + 1000).ok());
    QVERIFY(m_store->renewLeases(QStringLiteral("dead"), {c.id}, now + 2000).value().isEmpty());
    QCOMPARE(m_store->resumable(QStringLiteral("e2"), now + 1500).value().size(), 0);
    const QList<Campaign> lapsed = m_store->resumable(QStringLiteral("e2"), now + 5000).value();
    QCOMPARE(lapsed.size(), 1);
    QCOMPARE(lapsed.first().id, c.id);

    // e2 takes it over: the dead engine's run is closed, and should "dead"
    // come back, its renewal tells it the campaign is no longer its own.
    QVERIFY(m_store->renewLeases(QStringLiteral("dead"), {c.id}, now - 1000).value().isEmpty()); // lapsed
    const Result<qint64> taken = m_store->startRun(c.id, QStringLiteral("e2"), std::nullopt, now + 60000);
    QVERIFY2(taken.ok(), qPrintable(taken.detail()));
    QSqlQuery open(m_database->db());
    QVERIFY(open.exec(QStringLiteral("SELECT COUNT(*) FROM campaign_runs WHERE stopped_at IS NULL")) && open.next());
    QCOMPARE(open.value(0).toInt(), 1);
    QCOMPARE(m_store->renewLeases(QStringLiteral("dead"), {c.id}, now + 70000).value(), QList<qint64>{c.id});
    QVERIFY(m_store->renewLeases(QStringLiteral("e2"), {c.id}, now + 70000).value().isEmpty());
}

void TestCampaignStore::finishRunRecordsTotals()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Totals"))).value();
    const qint64 run =
        m_store->startRun(c.id, QStringLiteral("e1"), std::nullopt, QDateTime::currentMSecsSinceEpoch() + 30000).value();
    QVERIFY(m_store->finishRun(c.id, run, QStringLiteral("stopped by admin"), {100, 40, 30, 1}).ok());
    QCOMPARE(m_store->find(c.id).value().status, Campaign::Status::Stopped);
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("SELECT calls_placed, calls_answered, calls_connected, calls_abandoned, stop_reason, "
                                 "stopped_at FROM campaign_runs WHERE id = ?"));
    query.addBindValue(run);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 100);
    QCOMPARE(query.value(1).toLongLong(), 40);
    QCOMPARE(query.value(2).toLongLong(), 30);
    QCOMPARE(query.value(3).toLongLong(), 1);
    QCOMPARE(query.value(4).toString(), QStringLiteral("stopped by admin"));
    QVERIFY(!query.value(5).isNull());
}

void TestCampaignStore::claimMarksNumbersOnce()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Claims"))).value();
    const QList<NumberStore::Number> made = m_numbers->generate(c.id, 10, QStringLiteral("new")).value();
    QCOMPARE(made.size(), 10);
    const QList<NumberStore::Number> first = m_numbers->claim(c.id, 6, QStringLiteral("new"), QStringLiteral("hopper")).value();
    const QList<NumberStore::Number> second = m_numbers->claim(c.id, 6, QStringLiteral("new"), QStringLiteral("hopper")).value();
    QCOMPARE(first.size(), 6);
    QCOMPARE(second.size(), 4);
    QSet<qint64> ids;
    for (const auto &n : first + second)
        ids.insert(n.id);
    QCOMPARE(ids.size(), 10);
    QCOMPARE(numberStatus(first.first().id), QStringLiteral("hopper"));
    QVERIFY(m_numbers->claim(c.id, 6, QStringLiteral("new"), QStringLiteral("hopper")).value().isEmpty());
}

void TestCampaignStore::generateContinuesTheSequence()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Generated"))).value();
    const QList<NumberStore::Number> a = m_numbers->generate(c.id, 3, QStringLiteral("hopper")).value();
    const QList<NumberStore::Number> b = m_numbers->generate(c.id, 2, QStringLiteral("hopper")).value();
    QCOMPARE(a.first().phone, QStringLiteral("5550000000"));
    QCOMPARE(b.last().phone, QStringLiteral("5550000004"));
    QCOMPARE(numberStatus(b.last().id), QStringLiteral("hopper"));
}

void TestCampaignStore::releaseClaimedReturnsNumbers()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Release"))).value();
    const QList<NumberStore::Number> a = m_numbers->generate(c.id, 4, QStringLiteral("hopper")).value();
    QCOMPARE(m_numbers->releaseClaimed(c.id, QStringLiteral("hopper"), QStringLiteral("new")).value(), 4);
    QCOMPARE(numberStatus(a.first().id), QStringLiteral("new"));
    QCOMPARE(m_numbers->claim(c.id, 10, QStringLiteral("new"), QStringLiteral("hopper")).value().size(), 4);
}

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_campaignstore.moc"
