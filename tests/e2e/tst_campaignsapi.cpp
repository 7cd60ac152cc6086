#include "common/protocol.h"
#include "tests/support/testclient.h"
#include "tests/support/testengine.h"
#include "tests/support/voicesimprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Protocol;

// Campaigns through a real WebSocket to a real engine, and a live load
// simulation: the engine's pacer dials a real torque-voicesim over AMI and
// its status figures reach a subscribed client once a second.
class TestCampaignsApi final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestEngine> m_engine;

    static QJsonObject loadSimulation(const QString &name, const QJsonObject &pacing = {})
    {
        return {{Key::Name, name}, {Key::CampaignType, QStringLiteral("loadSimulation")},
                {Key::MaxConnected, 4}, {Key::Pacer, QStringLiteral("torque")}, {Key::Pacing, pacing},
                {Key::WrapUpSeconds, 0.5}};
    }

    static void login(TestClient &c, const QUrl &url, const QString &user)
    {
        QVERIFY(c.connectTo(url));
        QVERIFY(c.login(user, user + QStringLiteral("-password")).isOk());
    }

    static QJsonObject lastSample(const TestClient &c, qint64 campaignId)
    {
        for (qsizetype i = c.events().size() - 1; i >= 0; --i) {
            const ProtocolMessage &e = c.events().at(i);
            if (e.type() == Event::EngineStatusSample && e.data().value(Key::CampaignId).toInteger() == campaignId)
                return e.data().value(Key::Sample).toObject();
        }
        return {};
    }

    static bool heardCampaignsChanged(const TestClient &c)
    {
        for (const ProtocolMessage &e : c.events()) {
            if (e.type() == Event::CampaignsChanged)
                return true;
        }
        return false;
    }

    static QStringList simArguments()
    {
        return {QStringLiteral("--speed"), QStringLiteral("4"), QStringLiteral("--human-rate"), QStringLiteral("0.6"),
                QStringLiteral("--machine-rate"), QStringLiteral("0.1"), QStringLiteral("--busy-rate"),
                QStringLiteral("0.1"), QStringLiteral("--no-answer-rate"), QStringLiteral("0.1"),
                QStringLiteral("--congestion-rate"), QStringLiteral("0.05"), QStringLiteral("--talk-min"),
                QStringLiteral("2"), QStringLiteral("--talk-max"), QStringLiteral("6"), QStringLiteral("--seed"),
                QStringLiteral("7")};
    }

    static void addNodeAndTrunk(TestClient &admin, quint16 port)
    {
        const QJsonObject server{{Key::Name, QStringLiteral("sim")}, {Key::Host, QStringLiteral("127.0.0.1")},
                                 {Key::AmiPort, port}, {Key::AmiUser, QStringLiteral("dialer")},
                                 {Key::AmiSecret, QStringLiteral("sim-secret")}, {Key::MaxChannels, 0},
                                 {Key::Enabled, true}};
        QVERIFY(admin.request(Type::ServersAdd, server).isOk());
        const QJsonObject trunk{{Key::Name, QStringLiteral("Load Test")},
                                {Key::DialString, QStringLiteral("Local/${EXTEN}@simnet")}, {Key::MaxCps, 10},
                                {Key::MaxChannels, 40}};
        QVERIFY(admin.request(Type::TrunksAdd, trunk).isOk());
    }

private slots:
    void init()
    {
        m_engine = std::make_unique<TestEngine>();
        QVERIFY2(m_engine->start(), qPrintable(m_engine->lastError()));
        m_engine->addUser(QStringLiteral("root"), QStringLiteral("root-password"), Role::Admin);
        m_engine->addUser(QStringLiteral("acme"), QStringLiteral("acme-password"), Role::Customer);
        m_engine->addUser(QStringLiteral("globex"), QStringLiteral("globex-password"), Role::Customer);
    }

    void cleanup() { m_engine.reset(); }

    void customersSeeOnlyTheirOwn()
    {
        TestClient acme, globex, root;
        login(acme, m_engine->url(), QStringLiteral("acme"));
        login(globex, m_engine->url(), QStringLiteral("globex"));
        login(root, m_engine->url(), QStringLiteral("root"));
        const ProtocolMessage added = acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("Spring")));
        QVERIFY2(added.isOk(), qPrintable(added.errorMessage()));
        const QJsonObject campaign = added.data().value(Key::Campaign).toObject();
        const qint64 id = campaign.value(Key::Id).toInteger();
        QCOMPARE(campaign.value(Key::Status).toString(), QStringLiteral("stopped"));

        QCOMPARE(acme.request(Type::CampaignsList).data().value(Key::Campaigns).toArray().size(), 1);
        QCOMPARE(globex.request(Type::CampaignsList).data().value(Key::Campaigns).toArray().size(), 0);
        QCOMPARE(root.request(Type::CampaignsList).data().value(Key::Campaigns).toArray().size(), 1);
        QCOMPARE(globex.request(Type::CampaignsStart, {{Key::Id, id}}).error(), ErrorCode::NotFound);
        QCOMPARE(globex.request(Type::CampaignsRemove, {{Key::Id, id}}).error(), ErrorCode::NotFound);
        QCOMPARE(globex.request(Type::EngineStatusHistory, {{Key::CampaignId, id}}).error(), ErrorCode::NotFound);

        // A customer cannot make a campaign for someone else.
        QJsonObject forOther = loadSimulation(QStringLiteral("Sneaky"));
        forOther.insert(Key::CustomerId, campaign.value(Key::CustomerId).toInteger() + 1);
        const ProtocolMessage sneaky = globex.request(Type::CampaignsAdd, forOther);
        QVERIFY(sneaky.isOk());
        QVERIFY(sneaky.data().value(Key::Campaign).toObject().value(Key::CustomerId).toInteger()
                != campaign.value(Key::CustomerId).toInteger());
        QVERIFY(acme.request(Type::CampaignsRemove, {{Key::Id, id}}).isOk());
    }

    void badFieldsAreNamed()
    {
        TestClient acme;
        login(acme, m_engine->url(), QStringLiteral("acme"));
        const ProtocolMessage cap =
            acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("X"), {{QStringLiteral("abandonCap"), 2}}));
        QCOMPARE(cap.error(), ErrorCode::InvalidField);
        QCOMPARE(cap.errorField(), QStringLiteral("pacing.abandonCap"));
        const ProtocolMessage unknown =
            acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("X"), {{QStringLiteral("nonsense"), 1}}));
        QCOMPARE(unknown.errorField(), QStringLiteral("pacing.nonsense"));
        QJsonObject badType = loadSimulation(QStringLiteral("X"));
        badType.insert(Key::CampaignType, QStringLiteral("teleport"));
        QCOMPARE(acme.request(Type::CampaignsAdd, badType).errorField(), QStringLiteral("type"));
        QJsonObject badPacer = loadSimulation(QStringLiteral("X"));
        badPacer.insert(Key::Pacer, QStringLiteral("warp"));
        QCOMPARE(acme.request(Type::CampaignsAdd, badPacer).errorField(), QStringLiteral("pacer"));
        QJsonObject badAgents = loadSimulation(QStringLiteral("X"));
        badAgents.insert(Key::MaxConnected, 0);
        QCOMPARE(acme.request(Type::CampaignsAdd, badAgents).errorField(), QStringLiteral("maxConnected"));
        QJsonObject hostileSound = loadSimulation(QStringLiteral("X"));
        hostileSound.insert(Key::SafeHarbourMessage, QStringLiteral("../x\r\nAction: Hangup"));
        QCOMPARE(acme.request(Type::CampaignsAdd, hostileSound).errorField(), QStringLiteral("safeHarbourMessage"));
        QCOMPARE(acme.request(Type::CampaignsList).data().value(Key::Campaigns).toArray().size(), 0);

        QJsonObject uk = loadSimulation(QStringLiteral("UK"), {{QStringLiteral("abandonWindowSeconds"), 86400}});
        uk.insert(Key::SafeHarbourMessage, QStringLiteral("custom/ofcom-message"));
        const QJsonObject stored = acme.request(Type::CampaignsAdd, uk).data().value(Key::Campaign).toObject();
        QCOMPARE(stored.value(Key::SafeHarbourMessage).toString(), QStringLiteral("custom/ofcom-message"));
        QCOMPARE(stored.value(Key::Pacing).toObject().value(QStringLiteral("abandonWindowSeconds")).toInt(), 86400);

        const ProtocolMessage options = acme.request(Type::CampaignsPacingOptions);
        QVERIFY(options.data().value(Key::Pacers).toArray().contains(QStringLiteral("torque")));
        QCOMPARE(options.data().value(Key::Defaults).toObject().value(QStringLiteral("abandonCap")).toDouble(), 0.03);
        const QJsonObject own = options.data().value(Key::PacerSettings).toObject();
        QVERIFY(own.value(QStringLiteral("ratio")).toArray().contains(QStringLiteral("linesPerAgent")));
        QVERIFY(own.value(QStringLiteral("torque")).toArray().contains(QStringLiteral("warmUpDials")));
        QVERIFY(!own.value(QStringLiteral("torque")).toArray().contains(QStringLiteral("abandonCap")));
    }

    void startNeedsATrunk()
    {
        TestClient acme;
        login(acme, m_engine->url(), QStringLiteral("acme"));
        const qint64 id = acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("No trunk")))
                              .data().value(Key::Campaign).toObject().value(Key::Id).toInteger();
        const ProtocolMessage started = acme.request(Type::CampaignsStart, {{Key::Id, id}});
        QCOMPARE(started.error(), ErrorCode::InvalidField);
        QCOMPARE(started.errorField(), QStringLiteral("trunkId"));
    }

    // A campaign another engine (sharing the database) runs: the graph comes
    // from the samples that engine stored.
    void historyOfACampaignRunElsewhereComesFromStoredSamples()
    {
        TestClient acme;
        login(acme, m_engine->url(), QStringLiteral("acme"));
        const qint64 id = acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("Elsewhere")))
                              .data().value(Key::Campaign).toObject().value(Key::Id).toInteger();
        QVERIFY(acme.request(Type::EngineStatusHistory, {{Key::CampaignId, id}})
                    .data().value(Key::Samples).toArray().isEmpty());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(m_engine->execute(QStringLiteral("UPDATE campaigns SET status = 'running', lease_owner = 'engine-b', "
                                                 "lease_expires_at = %1 WHERE id = %2").arg(now + 60000).arg(id)));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(m_engine->execute(QStringLiteral("INSERT INTO pacing_samples (campaign_id, engine_id, sampled_at, "
                                                     "figures) VALUES (%1, 'engine-b', %2, '{\"dialed\": %3}')")
                                          .arg(id).arg(now - 30000 + i * 10000).arg(i * 100)));
        }
        // Older than the graph's 720 s: left out.
        QVERIFY(m_engine->execute(QStringLiteral("INSERT INTO pacing_samples (campaign_id, engine_id, sampled_at, "
                                                 "figures) VALUES (%1, 'engine-b', %2, '{}')").arg(id).arg(now - 800000)));
        const QJsonArray samples =
            acme.request(Type::EngineStatusHistory, {{Key::CampaignId, id}}).data().value(Key::Samples).toArray();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(0).toObject().value(StatusKey::Dialed).toInt(), 0);
        QCOMPARE(samples.at(2).toObject().value(StatusKey::Dialed).toInt(), 200);
        QCOMPARE(qint64(samples.at(2).toObject().value(StatusKey::Time).toDouble()), now - 10000);
        // Not ours to stop.
        QCOMPARE(acme.request(Type::CampaignsStop, {{Key::Id, id}}).error(), ErrorCode::Conflict);
    }

    void liveLoadSimulationReportsFigures()
    {
        VoiceSimProcess sim(QStringLiteral("dialer"), QStringLiteral("sim-secret"), simArguments());
        QVERIFY2(sim.start(), qPrintable(sim.lastOutput()));
        TestClient root, acme;
        login(root, m_engine->url(), QStringLiteral("root"));
        login(acme, m_engine->url(), QStringLiteral("acme"));
        addNodeAndTrunk(root, sim.port());
        QVERIFY(acme.request(Type::Subscribe, {{Key::Topics, QJsonArray{Topic::Campaigns, Topic::EngineStatus}}})
                    .isOk());

        const qint64 id = acme.request(Type::CampaignsAdd, loadSimulation(QStringLiteral("Live")))
                              .data().value(Key::Campaign).toObject().value(Key::Id).toInteger();
        const ProtocolMessage started = acme.request(Type::CampaignsStart, {{Key::Id, id}});
        QVERIFY2(started.isOk(), qPrintable(started.errorMessage()));
        QCOMPARE(started.data().value(Key::Campaign).toObject().value(Key::Status).toString(),
                 QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(heardCampaignsChanged(acme), 10000);
        QCOMPARE(acme.request(Type::CampaignsStart, {{Key::Id, id}}).error(), ErrorCode::Conflict);
        QJsonObject edit = loadSimulation(QStringLiteral("Live"));
        edit.insert(Key::Id, id);
        QCOMPARE(acme.request(Type::CampaignsUpdate, edit).error(), ErrorCode::Conflict);

        // Figures arrive every second; agents get calls.
        QTRY_VERIFY_WITH_TIMEOUT(lastSample(acme, id).value(StatusKey::Connected).toDouble() >= 3, 90000);
        const QJsonObject sample = lastSample(acme, id);
        QCOMPARE(sample.value(StatusKey::Agents).toInt(), 4);
        QVERIFY(sample.value(StatusKey::Dialed).toDouble() >= 3);
        QCOMPARE(sample.value(StatusKey::Pacer).toString(), QStringLiteral("torque"));
        QVERIFY(sample.contains(StatusKey::ElapsedSeconds));
        QVERIFY(sample.contains(StatusKey::AverageBusyPercent));
        QVERIFY(sample.contains(StatusKey::DbQueue));
        const QJsonArray history =
            acme.request(Type::EngineStatusHistory, {{Key::CampaignId, id}}).data().value(Key::Samples).toArray();
        QVERIFY(history.size() >= 2);
        QVERIFY(history.last().toObject().value(StatusKey::Time).toDouble()
                > history.first().toObject().value(StatusKey::Time).toDouble());

        const ProtocolMessage stopped = acme.request(Type::CampaignsStop, {{Key::Id, id}});
        QVERIFY2(stopped.isOk(), qPrintable(stopped.errorMessage()));
        QCOMPARE(stopped.data().value(Key::Campaign).toObject().value(Key::Status).toString(),
                 QStringLiteral("stopped"));
        // Every call's outcome reaches the database: CDRs and number statuses.
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("cdr")) >= 3, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("numbers WHERE status = 'connected'")) >= 3, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("numbers WHERE status = 'hopper'")), 0, 60000);
        QCOMPARE(m_engine->rowCount(QStringLiteral("campaign_runs WHERE stopped_at IS NOT NULL")), 1);
    }

    // One agent, five lines each: humans find no agent free, are abandoned
    // after 2 s and sent to the safe-harbour message, which ends their calls.
    void overdialingAbandonsToTheSafeHarbour()
    {
        VoiceSimProcess sim(QStringLiteral("dialer"), QStringLiteral("sim-secret"), simArguments());
        QVERIFY2(sim.start(), qPrintable(sim.lastOutput()));
        TestClient root;
        login(root, m_engine->url(), QStringLiteral("root"));
        addNodeAndTrunk(root, sim.port());
        QVERIFY(root.request(Type::Subscribe, {{Key::Topics, QJsonArray{Topic::EngineStatus}}}).isOk());
        QJsonObject campaign = loadSimulation(QStringLiteral("Overdial"), {{QStringLiteral("linesPerAgent"), 5}});
        campaign.insert(Key::Pacer, QStringLiteral("ratio"));
        campaign.insert(Key::MaxConnected, 1);
        const qint64 id = root.request(Type::CampaignsAdd, campaign)
                              .data().value(Key::Campaign).toObject().value(Key::Id).toInteger();
        QVERIFY(root.request(Type::CampaignsStart, {{Key::Id, id}}).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(lastSample(root, id).value(StatusKey::Abandoned).toDouble() >= 2, 90000);
        QVERIFY(lastSample(root, id).value(StatusKey::AbandonRate).toDouble() > 0);
        QVERIFY(root.request(Type::CampaignsStop, {{Key::Id, id}}).isOk());
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("numbers WHERE status = 'abandoned'")) >= 2, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->rowCount(QStringLiteral("numbers WHERE status = 'hopper'")), 0, 60000);
    }
};

QTEST_GUILESS_MAIN(TestCampaignsApi)
#include "tst_campaignsapi.moc"
