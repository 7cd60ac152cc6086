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

// CampaignStore (rows, runs, leases) and NumberStore (the guarded steps of a
// number's claim and the load simulation's generated numbers), on each backend.
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
    void releaseClaimedReturnsOnlyTheRunsUnarmedNumbers();
    void armTakesOnlyTheRunsOwnClaims();
    void recoverSparesLiveRunsAndNeverUndoesAnOutcome();

private:
    qint64 addCustomer(const QString &name);
    Campaign makeCampaign(qint64 owner, const QString &name);
    QString numberStatus(qint64 id);
    qint64 claimRun(qint64 id);
    void setNumberStatus(qint64 id, const QString &status);
    QList<NumberStore::Number> listOf(qint64 campaignId, int count);

    static constexpr qint64 kSetUpRun = 999;
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

qint64 TestCampaignStore::claimRun(qint64 id)
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("SELECT claim_run FROM numbers WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void TestCampaignStore::setNumberStatus(qint64 id, const QString &status)
{
    QSqlQuery query(m_database->db());
    query.prepare(QStringLiteral("UPDATE numbers SET status = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(id);
    QVERIFY(query.exec());
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

// Test numbers in the list ('new'), as an import would leave them.
QList<NumberStore::Number> TestCampaignStore::listOf(qint64 campaignId, int count)
{
    const QList<NumberStore::Number> made = m_numbers->generate(campaignId, kSetUpRun, count).value();
    [&] { QCOMPARE(m_numbers->releaseClaimed(campaignId, kSetUpRun).value(), count); }();
    return made;
}

void TestCampaignStore::claimMarksNumbersOnce()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Claims"))).value();
    QCOMPARE(listOf(c.id, 10).size(), 10);
    const QList<NumberStore::Number> first = m_numbers->claim(c.id, 1, 6).value();
    const QList<NumberStore::Number> second = m_numbers->claim(c.id, 2, 6).value();
    QCOMPARE(first.size(), 6);
    QCOMPARE(second.size(), 4);
    QSet<qint64> ids;
    for (const auto &n : first + second)
        ids.insert(n.id);
    QCOMPARE(ids.size(), 10);
    QCOMPARE(numberStatus(first.first().id), QStringLiteral("hopper"));
    QCOMPARE(claimRun(first.first().id), 1);
    QCOMPARE(claimRun(second.first().id), 2);
    QVERIFY(m_numbers->claim(c.id, 3, 6).value().isEmpty());
}

void TestCampaignStore::generateContinuesTheSequence()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Generated"))).value();
    const QList<NumberStore::Number> a = m_numbers->generate(c.id, 7, 3).value();
    const QList<NumberStore::Number> b = m_numbers->generate(c.id, 7, 2).value();
    QCOMPARE(a.first().phone, QStringLiteral("5550000000"));
    QCOMPARE(b.last().phone, QStringLiteral("5550000004"));
    QCOMPARE(numberStatus(b.last().id), QStringLiteral("hopper"));
    QCOMPARE(claimRun(b.last().id), 7);
}

void TestCampaignStore::releaseClaimedReturnsOnlyTheRunsUnarmedNumbers()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Release"))).value();
    const QList<NumberStore::Number> mine = m_numbers->generate(c.id, 1, 4).value();
    const QList<NumberStore::Number> theirs = m_numbers->generate(c.id, 2, 2).value();
    QCOMPARE(m_numbers->arm(1, {mine.at(0).id}).value(), QList<qint64>{mine.at(0).id});
    QCOMPARE(m_numbers->releaseClaimed(c.id, 1).value(), 3);
    QCOMPARE(numberStatus(mine.at(1).id), QStringLiteral("new"));
    QCOMPARE(numberStatus(mine.at(0).id), QStringLiteral("dialing")); // armed: may be on the wire
    QCOMPARE(numberStatus(theirs.at(0).id), QStringLiteral("hopper"));
    QCOMPARE(m_numbers->claim(c.id, 3, 10).value().size(), 3);
}

void TestCampaignStore::armTakesOnlyTheRunsOwnClaims()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Arm"))).value();
    const QList<NumberStore::Number> mine = m_numbers->generate(c.id, 1, 2).value();
    const QList<NumberStore::Number> theirs = m_numbers->generate(c.id, 2, 1).value();
    const QList<qint64> armed = m_numbers->arm(1, {mine.at(0).id, theirs.at(0).id, mine.at(1).id}).value();
    QCOMPARE(armed, (QList<qint64>{mine.at(0).id, mine.at(1).id}));
    QCOMPARE(numberStatus(theirs.at(0).id), QStringLiteral("hopper"));
    // Armed once: a second arm changes nothing.
    QVERIFY(m_numbers->arm(1, {mine.at(0).id}).value().isEmpty());
    // Given back only by the run that armed it, and only while still dialing.
    QCOMPARE(m_numbers->releaseArmed(2, {mine.at(0).id}).value(), 0);
    QCOMPARE(m_numbers->releaseArmed(1, {mine.at(0).id}).value(), 1);
    QCOMPARE(numberStatus(mine.at(0).id), QStringLiteral("new"));
    QCOMPARE(m_numbers->releaseArmed(1, {mine.at(0).id}).value(), 0);
}

void TestCampaignStore::recoverSparesLiveRunsAndNeverUndoesAnOutcome()
{
    const Campaign c = m_store->add(makeCampaign(m_owner, QStringLiteral("Recover"))).value();
    const QList<NumberStore::Number> dead = m_numbers->generate(c.id, 1, 3).value();
    const QList<NumberStore::Number> live = m_numbers->generate(c.id, 2, 2).value();
    QCOMPARE(m_numbers->arm(1, {dead.at(0).id, dead.at(1).id}).value().size(), 2);
    QCOMPARE(m_numbers->arm(2, {live.at(0).id}).value().size(), 1);
    // dead.at(1)'s call ended and its outcome was written.
    setNumberStatus(dead.at(1).id, QStringLiteral("busy"));

    const NumberStore::Recovered r = m_numbers->recover(c.id, {2}).value();
    QCOMPARE(r.released, 1);     // dead.at(2): claimed, never armed
    QCOMPARE(r.interrupted, 1);  // dead.at(0): armed, its end never seen
    QCOMPARE(numberStatus(dead.at(2).id), QStringLiteral("new"));
    QCOMPARE(numberStatus(dead.at(0).id), QStringLiteral("interrupted"));
    QCOMPARE(numberStatus(dead.at(1).id), QStringLiteral("busy"));
    QCOMPARE(numberStatus(live.at(0).id), QStringLiteral("dialing"));
    QCOMPARE(numberStatus(live.at(1).id), QStringLiteral("hopper"));
    // Run 1's late arm finds nothing to arm.
    QVERIFY(m_numbers->arm(1, {dead.at(2).id}).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestCampaignStore)
#include "tst_campaignstore.moc"
