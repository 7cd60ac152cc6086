#include "bench/support/dialaudit.h"
#include "engine/ami/voicefunnel.h"
#include "engine/campaigns/campaignmanager.h"
#include "engine/engine.h"
#include "tests/support/testdatabase.h"
#include "tests/support/testengine.h"
#include "tests/support/voicesimprocess.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kWaitMs = 90000;
const QByteArray kAmiUser = QByteArrayLiteral("dialer");
const QByteArray kAmiSecret = QByteArrayLiteral("dialerpass");
// At most this many numbers are armed or queued in the voice funnel at a
// time at the load simulation's 10 CPS (4 armed + 2 queued): the most a
// kill -9 can leave interrupted without having dialled them.
constexpr int kMostArmedAndQueued = 6;

// What the database says of each number and its calls, after the engine stopped.
struct Ledger
{
    QHash<QString, QString> statusByPhone;
    QHash<QString, int> cdrsByPhone;
    QHash<QString, QString> dispositionByPhone;
    int cdrsWithoutCallIds = 0; // placed calls whose CDR lacks Uniqueid, channel or voice server

    static Ledger read(const QSqlDatabase &db)
    {
        Ledger ledger;
        QSqlQuery numbers(db);
        [&] { QVERIFY(numbers.exec(QStringLiteral("SELECT phone, status FROM numbers"))); }();
        while (numbers.next())
            ledger.statusByPhone.insert(numbers.value(0).toString(), numbers.value(1).toString());
        QSqlQuery cdrs(db);
        [&] {
            QVERIFY(cdrs.exec(QStringLiteral("SELECT phone, disposition, unique_id, channel, voice_server_id "
                                             "FROM cdr")));
        }();
        while (cdrs.next()) {
            const QString phone = cdrs.value(0).toString();
            ++ledger.cdrsByPhone[phone];
            ledger.dispositionByPhone.insert(phone, cdrs.value(1).toString());
            const bool placed = cdrs.value(1).toString() != QLatin1String("node-lost");
            if (placed && (cdrs.value(2).toString().isEmpty() || cdrs.value(3).toString().isEmpty()
                           || cdrs.value(4).isNull()))
                ++ledger.cdrsWithoutCallIds;
        }
        return ledger;
    }

    static bool inHand(const QString &status)
    {
        return status == QLatin1String("hopper") || status == QLatin1String("dialing");
    }
};

QString describe(const QStringList &phones)
{
    return phones.mid(0, 10).join(QLatin1Char(' ')) + (phones.size() > 10 ? QStringLiteral(" ...") : QString());
}

// A torque-voicesim at 20x and a DialAudit watching it.
struct AuditedNode
{
    explicit AuditedNode(int seed)
        : process(QString::fromLatin1(kAmiUser), QString::fromLatin1(kAmiSecret),
                  {QStringLiteral("--speed"), QStringLiteral("20"), QStringLiteral("--seed"), QString::number(seed)})
    {
    }
    bool start()
    {
        if (!process.start())
            return false;
        audit.watch(QStringLiteral("127.0.0.1"), process.port(), kAmiUser, kAmiSecret);
        return QTest::qWaitFor([this] { return audit.ready(); }, kWaitMs);
    }
    QString spec() const
    {
        return QStringLiteral("sim=ami://dialer:dialerpass@127.0.0.1:%1").arg(process.port());
    }
    // An in-process engine running a 10-agent load simulation on this node.
    TestEngine::Tweak loadSimulation() const
    {
        return [spec = spec()](EngineSettings &s) {
            s.setVoiceServerSpecs({spec});
            s.setLoadSimulationAgents(10);
        };
    }

    VoiceSimProcess process;
    DialAudit audit;
};

} // namespace

// A number is dialled at most once and a finished call's outcome is never
// undone, whatever stops the engine (docs/numbers.md). The dials are counted
// at the voice node, by a session of its own, not taken from the engine.
class TestNumbersOnce final : public QObject
{
    Q_OBJECT

    static qint64 campaignId(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("SELECT id FROM campaigns")) && query.next() ? query.value(0).toLongLong()
                                                                                        : 0;
    }

    // Every call placed has exactly one CDR and its outcome as the number's
    // status; nothing is left claimed.
    static void checkEveryCallRecorded(const Ledger &ledger, const DialAudit &audit, const QSet<QString> &mayLackCdr)
    {
        QStringList withoutCdr;
        QStringList twiceRecorded;
        QStringList undone;
        for (auto it = audit.dialsByNumber().cbegin(); it != audit.dialsByNumber().cend(); ++it) {
            const QString &phone = it.key();
            const int cdrs = ledger.cdrsByPhone.value(phone);
            if (cdrs == 0 && !mayLackCdr.contains(phone))
                withoutCdr.append(phone);
            if (cdrs > 1)
                twiceRecorded.append(phone);
            const QString status = ledger.statusByPhone.value(phone);
            if (status == QLatin1String("new") || Ledger::inHand(status))
                undone.append(phone);
            else if (cdrs == 1 && status != ledger.dispositionByPhone.value(phone))
                undone.append(phone);
        }
        QVERIFY2(withoutCdr.isEmpty(), qPrintable(QStringLiteral("calls without a CDR: ") + describe(withoutCdr)));
        QVERIFY2(twiceRecorded.isEmpty(), qPrintable(QStringLiteral("two CDRs: ") + describe(twiceRecorded)));
        QVERIFY2(undone.isEmpty(), qPrintable(QStringLiteral("outcomes undone: ") + describe(undone)));
        QCOMPARE(ledger.cdrsWithoutCallIds, 0);
        for (auto it = ledger.statusByPhone.cbegin(); it != ledger.statusByPhone.cend(); ++it)
            QVERIFY2(!Ledger::inHand(it.value()), qPrintable(it.key() + QStringLiteral(" left ") + it.value()));
    }

private slots:
    // Stop and start again while the last run still has calls up (the
    // regression: its numbers went back to 'new' and were dialled again),
    // then stop, drain and start once more.
    void restartsDialEachNumberOnce()
    {
        AuditedNode node(7);
        QVERIFY2(node.start(), qPrintable(node.process.lastOutput()));
        const DialAudit &audit = node.audit;
        TestEngine engine(node.loadSimulation());
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        const qint64 campaign = campaignId(engine.db());
        QVERIFY(campaign > 0);
        CampaignManager &campaigns = engine.engine().campaigns();

        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 30, kWaitMs);
        // Started again at once: the stopped run still has calls up.
        QVERIFY(campaigns.stop(campaign, QStringLiteral("test")));
        QVERIFY(campaigns.start(campaign, std::nullopt));
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 90, kWaitMs);
        QVERIFY(campaigns.stop(campaign, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(engine.engine().voiceFunnel().activeCount(), 0, kWaitMs);
        QVERIFY(campaigns.start(campaign, std::nullopt));
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 130, kWaitMs);
        QVERIFY(campaigns.stop(campaign, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(engine.engine().voiceFunnel().activeCount(), 0, kWaitMs);
        engine.stop(); // the database funnel writes everything

        QVERIFY2(audit.dialledTwice().isEmpty(), qPrintable(QStringLiteral("dialled twice: ")
                                                            + describe(audit.dialledTwice())));
        checkEveryCallRecorded(Ledger::read(engine.db()), audit, {});
        qInfo("%lld calls to %lld numbers", audit.dials(), qint64(audit.dialsByNumber().size()));
    }

    // A run whose lease cannot be renewed stops dialling before the lease
    // could lapse (another engine may take the campaign over), and dials
    // again once it is renewed.
    void anUnrenewableLeaseHoldsDialling()
    {
        AuditedNode node(13);
        QVERIFY2(node.start(), qPrintable(node.process.lastOutput()));
        const DialAudit &audit = node.audit;
        TestEngine engine(node.loadSimulation());
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        const qint64 campaign = campaignId(engine.db());
        CampaignManager &campaigns = engine.engine().campaigns();
        // A 4 s lease renewed every 0.5 s: held 2.5 s after the last renewal.
        campaigns.setLeaseTimings({4000, 500, 200, 1500});
        QVERIFY(campaigns.stop(campaign, QStringLiteral("short lease")));
        QVERIFY(campaigns.start(campaign, std::nullopt));
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 10, kWaitMs);
        QVERIFY(!campaigns.isDialingHeld(campaign));

        // Renewals fail (the campaigns table is gone); numbers can still be armed.
        QVERIFY(engine.execute(QStringLiteral("ALTER TABLE campaigns RENAME TO campaigns_away")));
        QTRY_VERIFY_WITH_TIMEOUT(campaigns.isDialingHeld(campaign), kWaitMs);
        VoiceFunnel &voice = engine.engine().voiceFunnel();
        QTRY_COMPARE_WITH_TIMEOUT(voice.queuedCount(), 0, kWaitMs);
        // Two status samples (two seconds) without a single Originate sent.
        QSignalSpy sent(&voice, &VoiceFunnel::callSent);
        QSignalSpy samples(&campaigns, &CampaignManager::sampleReady);
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 2, kWaitMs);
        QCOMPARE(sent.count(), 0);
        QVERIFY(campaigns.isDialingHeld(campaign));
        const qint64 whenHeld = audit.dials();

        QVERIFY(engine.execute(QStringLiteral("ALTER TABLE campaigns_away RENAME TO campaigns")));
        QTRY_VERIFY_WITH_TIMEOUT(!campaigns.isDialingHeld(campaign), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() > whenHeld + 5, kWaitMs);
        QVERIFY(campaigns.stop(campaign, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(engine.engine().voiceFunnel().activeCount(), 0, kWaitMs);
        engine.stop();
        QVERIFY(audit.dialledTwice().isEmpty());
        checkEveryCallRecorded(Ledger::read(engine.db()), audit, {});
    }

    // Another engine takes the campaign over while the first still dials (its
    // lease looked lapsed: a clock far behind, say). The guards keep every
    // number to one dial: the taker recovers the first engine's claims, whose
    // late arms then find nothing, and the first stops at its next renewal.
    void anotherEngineTakingOverNeverDialsANumberTwice()
    {
        AuditedNode node(17);
        QVERIFY2(node.start(), qPrintable(node.process.lastOutput()));
        const DialAudit &audit = node.audit;
        const TestEngine::Tweak loadSimulation = node.loadSimulation();
        TestEngine first([&](EngineSettings &s) {
            loadSimulation(s);
            s.setEngineId(QStringLiteral("engine-a"));
        });
        QVERIFY2(first.start(), qPrintable(first.lastError()));
        const qint64 campaign = campaignId(first.db());
        first.engine().campaigns().setLeaseTimings({30000, 1000, 200, 10000});
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 20, kWaitMs);

        QTemporaryDir journal;
        EngineSettings settings;
        settings.setDatabaseUrl(first.databaseUrl());
        settings.setListen(QStringLiteral("127.0.0.1:0"));
        settings.setJournalDirectory(journal.path());
        settings.setEngineId(QStringLiteral("engine-b"));
        settings.setVoiceServerSpecs({node.spec()});
        Engine second(settings);
        QVERIFY(second.start());
        QVERIFY(!second.campaigns().isRunning(campaign)); // the first engine's lease holds
        QVERIFY(first.execute(QStringLiteral("UPDATE campaigns SET lease_expires_at = 1")));
        second.campaigns().resumeRunning();
        QVERIFY(second.campaigns().isRunning(campaign));
        QTRY_VERIFY_WITH_TIMEOUT(!first.engine().campaigns().isRunning(campaign), kWaitMs);
        const qint64 atTakeOver = audit.dials();
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= atTakeOver + 30, kWaitMs);

        QVERIFY(second.campaigns().stop(campaign, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(second.voiceFunnel().activeCount(), 0, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(first.engine().voiceFunnel().activeCount(), 0, kWaitMs);
        second.stop();
        first.stop();
        QVERIFY2(audit.dialledTwice().isEmpty(), qPrintable(QStringLiteral("dialled twice: ")
                                                            + describe(audit.dialledTwice())));
        checkEveryCallRecorded(Ledger::read(first.db()), audit, {});
        qInfo("%lld calls, %lld after the take-over", audit.dials(), audit.dials() - atTakeOver);
    }

    // Calls cut off by a voice node that died are the node's doing, not the
    // callee's: node-lost, with a CDR, and not counted as an attempt.
    void aLostVoiceNodeIsNotTheCallee()
    {
        AuditedNode node(19);
        QVERIFY2(node.start(), qPrintable(node.process.lastOutput()));
        const DialAudit &audit = node.audit;
        TestEngine engine(node.loadSimulation());
        QVERIFY2(engine.start(), qPrintable(engine.lastError()));
        const qint64 campaign = campaignId(engine.db());
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 20 && engine.engine().voiceFunnel().activeCount() >= 3, kWaitMs);
        node.process.kill();
        // Only calls waiting for a node are left (never sent); stopping withdraws them.
        VoiceFunnel &voice = engine.engine().voiceFunnel();
        QTRY_COMPARE_WITH_TIMEOUT(voice.activeCount(), voice.queuedCount(), kWaitMs);
        QVERIFY(engine.engine().campaigns().stop(campaign, QStringLiteral("test")));
        QTRY_COMPARE_WITH_TIMEOUT(voice.activeCount(), 0, kWaitMs);
        engine.stop();

        const Ledger ledger = Ledger::read(engine.db());
        QStringList lost;
        for (auto it = ledger.statusByPhone.cbegin(); it != ledger.statusByPhone.cend(); ++it) {
            if (it.value() == QLatin1String("node-lost"))
                lost.append(it.key());
        }
        QVERIFY2(!lost.isEmpty(), "the calls up when the node died are node-lost");
        QSqlQuery attempts(engine.db());
        QVERIFY(attempts.exec(QStringLiteral("SELECT COUNT(*) FROM numbers WHERE status = 'node-lost' AND attempts > 0")));
        QVERIFY(attempts.next());
        QCOMPARE(attempts.value(0).toInt(), 0);
        QVERIFY(audit.dialledTwice().isEmpty());
        for (const QString &phone : std::as_const(lost))
            QCOMPARE(ledger.cdrsByPhone.value(phone), 1);
    }

    // kill -9 mid-run, restart (the run is resumed as a new run), then
    // SIGTERM mid-run: no number dialled twice, every call the second
    // engine placed recorded, nothing left claimed.
    void killNineRestartAndSigterm()
    {
        AuditedNode node(11);
        QVERIFY2(node.start(), qPrintable(node.process.lastOutput()));
        const DialAudit &audit = node.audit;

        TestDatabase database;
        QVERIFY2(database.open().ok(), "no test database");
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("engine.conf"));
        {
            QFile file(config);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("[database]\njournalDirectory=%1\n[engine]\nid=e2e-once\n"
                                      "[campaigns]\ndrainSeconds=60\n")
                           .arg(dir.filePath(QStringLiteral("journal")))
                           .toUtf8());
        }
        const QStringList arguments = {
            QStringLiteral("--config"), config, QStringLiteral("--database"), database.url().toString(),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--voice-server"), node.spec(),
            QStringLiteral("--load-simulation"), QStringLiteral("10")};

        QProcess first;
        first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        first.start(QStringLiteral(TORQUE_ENGINE_BINARY), arguments);
        QVERIFY(first.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= 40, kWaitMs);
        first.kill(); // SIGKILL: no goodbye, calls left up on the node
        QVERIFY(first.waitForFinished(30000));
        const QHash<QString, int> beforeRestart = audit.dialsByNumber();
        const qint64 dialsBefore = audit.dials();

        QProcess second;
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(QStringLiteral(TORQUE_ENGINE_BINARY), arguments);
        QVERIFY(second.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(audit.dials() >= dialsBefore + 60, kWaitMs);
        second.terminate(); // SIGTERM: follows the calls up to their end
        QVERIFY(second.waitForFinished(kWaitMs));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);

        QVERIFY2(audit.dialledTwice().isEmpty(), qPrintable(QStringLiteral("dialled twice: ")
                                                            + describe(audit.dialledTwice())));
        const Ledger ledger = Ledger::read(database.db());
        // The first engine's last calls ended while no engine listened: their
        // numbers are 'interrupted' (or have the outcome the journal kept).
        QSet<QString> cutByTheKill;
        for (auto it = beforeRestart.cbegin(); it != beforeRestart.cend(); ++it) {
            if (ledger.cdrsByPhone.value(it.key()) == 0) {
                QCOMPARE(ledger.statusByPhone.value(it.key()), QStringLiteral("interrupted"));
                cutByTheKill.insert(it.key());
            }
        }
        checkEveryCallRecorded(ledger, audit, cutByTheKill);
        // Armed (or queued) but never sent when the engine died: interrupted
        // without a dial. Bounded, and never dialled later.
        int interruptedUndialled = 0;
        for (auto it = ledger.statusByPhone.cbegin(); it != ledger.statusByPhone.cend(); ++it) {
            if (it.value() == QLatin1String("interrupted") && !audit.dialsByNumber().contains(it.key()))
                ++interruptedUndialled;
        }
        QVERIFY2(interruptedUndialled <= kMostArmedAndQueued, qPrintable(QString::number(interruptedUndialled)));
        qInfo("%lld calls (%lld before the kill, %lld cut by it), %d numbers armed but never dialled",
              audit.dials(), dialsBefore, qint64(cutByTheKill.size()), interruptedUndialled);
    }
};

QTEST_GUILESS_MAIN(TestNumbersOnce)
#include "tst_numbersonce.moc"
