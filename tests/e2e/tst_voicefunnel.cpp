#include "engine/ami/amiconnection.h"
#include "engine/ami/voicefunnel.h"
#include "tests/support/hostileamipeer.h"
#include "tests/support/voicesimprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// The voice funnel against three real torque-voicesim processes over real AMI.
class TestVoiceFunnel final : public QObject
{
    Q_OBJECT

    static constexpr int kNodes = 3;
    std::vector<std::unique_ptr<VoiceSimProcess>> m_sims;
    std::unique_ptr<VoiceFunnel> m_funnel;
    QList<VoiceServer> m_servers;
    QHash<qint64, qint64> m_sentTo;        // callId -> last server
    QHash<qint64, int> m_sendCount;        // callId -> Originates sent
    QHash<qint64, int> m_endCount;         // callId -> callEnded reports
    QHash<qint64, CallResult> m_results;
    QList<qint64> m_sentAtMs;
    QElapsedTimer m_clock;

    static QStringList simArguments(int seed)
    {
        // 20x speed: rings of 50-100 ms, talk of 50-150 ms.
        return {QStringLiteral("--speed"), QStringLiteral("20"), QStringLiteral("--seed"), QString::number(seed),
                QStringLiteral("--ring-min"), QStringLiteral("1"), QStringLiteral("--ring-max"), QStringLiteral("2"),
                QStringLiteral("--talk-min"), QStringLiteral("1"), QStringLiteral("--talk-max"), QStringLiteral("3"),
                QStringLiteral("--human-rate"), QStringLiteral("0.4"), QStringLiteral("--machine-rate"), QStringLiteral("0.2"),
                QStringLiteral("--busy-rate"), QStringLiteral("0.15"), QStringLiteral("--no-answer-rate"), QStringLiteral("0.1"),
                QStringLiteral("--congestion-rate"), QStringLiteral("0.1")};
    }

    static Trunk trunk(double cps, qint64 channels)
    {
        Trunk t;
        t.id = 1;
        t.name = QStringLiteral("sim");
        t.dialString = QStringLiteral("Local/${EXTEN}@simnet");
        t.maxCps = cps;
        t.maxChannels = channels;
        return t;
    }

    void submitCalls(int count, const Trunk &t, qint64 firstId = 1)
    {
        for (qint64 id = firstId; id < firstId + count; ++id) {
            OriginateRequest request;
            request.callId = id;
            request.number = QStringLiteral("55%1").arg(id, 6, 10, QLatin1Char('0'));
            request.trunk = t;
            request.ringTimeoutMs = 2000;
            QVERIFY(m_funnel->submit(request));
        }
    }

    bool allActive() const
    {
        for (const VoiceServer &s : m_servers) {
            if (m_funnel->status(s.id).state != AmiConnection::State::Active)
                return false;
        }
        return true;
    }

private slots:
    void init()
    {
        m_sims.clear();
        m_servers.clear();
        m_sentTo.clear();
        m_sendCount.clear();
        m_endCount.clear();
        m_results.clear();
        m_sentAtMs.clear();
        for (int i = 0; i < kNodes; ++i) {
            auto sim = std::make_unique<VoiceSimProcess>(QStringLiteral("dialer"), QStringLiteral("pw%1").arg(i),
                                                         simArguments(100 + i));
            QVERIFY2(sim->start(), qPrintable(sim->lastOutput()));
            VoiceServer server;
            server.id = i + 1;
            server.name = QStringLiteral("node-%1").arg(i + 1);
            server.host = QStringLiteral("127.0.0.1");
            server.amiPort = sim->port();
            server.amiUser = QStringLiteral("dialer");
            server.amiSecret = QStringLiteral("pw%1").arg(i);
            server.useMd5 = (i % 2 == 0);
            server.enabled = true;
            m_servers << server;
            m_sims.push_back(std::move(sim));
        }
        m_funnel = std::make_unique<VoiceFunnel>();
        m_clock.start();
        connect(m_funnel.get(), &VoiceFunnel::callSent, this, [this](qint64 callId, qint64 serverId) {
            m_sentTo[callId] = serverId;
            ++m_sendCount[callId];
            m_sentAtMs << m_clock.elapsed();
        });
        connect(m_funnel.get(), &VoiceFunnel::callEnded, this, [this](const CallResult &r) {
            ++m_endCount[r.callId];
            m_results.insert(r.callId, r);
        });
        m_funnel->applyServers(m_servers);
        QTRY_VERIFY_WITH_TIMEOUT(allActive(), 30000);
    }

    void cleanup()
    {
        m_funnel.reset();
        m_sims.clear();
    }

    void callsSpreadRoundRobinAndAllEnd()
    {
        submitCalls(60, trunk(1000, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 60, 60000);
        QHash<qint64, int> perServer;
        for (qint64 server : std::as_const(m_sentTo))
            ++perServer[server];
        for (const VoiceServer &s : std::as_const(m_servers))
            QCOMPARE(perServer.value(s.id), 20);
        QSet<CallOutcome> outcomes;
        for (const CallResult &r : std::as_const(m_results))
            outcomes.insert(r.outcome);
        QVERIFY(outcomes.contains(CallOutcome::HumanAnswer));
        QVERIFY(outcomes.contains(CallOutcome::Busy));
        for (int n : std::as_const(m_endCount))
            QCOMPARE(n, 1);
        QCOMPARE(m_funnel->activeCount(), 0);
        for (const VoiceServer &s : std::as_const(m_servers))
            QCOMPARE(m_funnel->status(s.id).channels, 0);
    }

    void trunkCpsIsHonoured()
    {
        const double cps = 20;
        submitCalls(80, trunk(cps, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(m_sentAtMs.size(), 80, 60000);
        // 80 calls at 20/s take at least ~3.9 s; no second holds more than the rate (+ one token).
        QVERIFY2(m_sentAtMs.last() - m_sentAtMs.first() >= 3700,
                 qPrintable(QString::number(m_sentAtMs.last() - m_sentAtMs.first())));
        for (qsizetype i = 0; i < m_sentAtMs.size(); ++i) {
            qsizetype inWindow = 0;
            for (qsizetype j = i; j < m_sentAtMs.size() && m_sentAtMs[j] < m_sentAtMs[i] + 1000; ++j)
                ++inWindow;
            QVERIFY2(inWindow <= qsizetype(cps) + 2, qPrintable(QString::number(inWindow)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 80, 60000);
    }

    void trunkChannelsAreHonoured()
    {
        submitCalls(30, trunk(1000, 4));
        int peak = 0;
        QDeadlineTimer deadline(60000);
        while (m_results.size() < 30 && !deadline.hasExpired()) {
            peak = std::max(peak, m_funnel->activeCount() - m_funnel->queuedCount());
            QTest::qWait(5);
        }
        QCOMPARE(m_results.size(), 30);
        QVERIFY2(peak <= 4, qPrintable(QString::number(peak)));
    }

    void aKilledNodeTimesOutAndItsCallsGoElsewhere()
    {
        const qint64 victim = m_servers.at(1).id;
        submitCalls(300, trunk(60, 1000));
        QTRY_VERIFY_WITH_TIMEOUT(m_sentAtMs.size() >= 90, 30000);
        const quint16 victimPort = m_sims.at(1)->port();
        m_sims.at(1)->kill();
        QTRY_COMPARE_WITH_TIMEOUT(m_funnel->status(victim).state, AmiConnection::State::Timeout, 30000);
        QVERIFY(!m_funnel->status(victim).detail.isEmpty());
        const qsizetype sentAtKill = m_sentAtMs.size();

        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 300, 90000);
        // Every call ended exactly once, and nothing went to the dead node after it died.
        for (int n : std::as_const(m_endCount))
            QCOMPARE(n, 1);
        QVERIFY(m_sentAtMs.size() > sentAtKill);
        for (auto it = m_sendCount.cbegin(); it != m_sendCount.cend(); ++it) {
            // A call is sent again only when the node never accepted it.
            QVERIFY2(it.value() <= 2, qPrintable(QString::number(it.key())));
            if (it.value() == 2)
                QVERIFY(m_sentTo.value(it.key()) != victim);
        }
        int lost = 0;
        for (const CallResult &r : std::as_const(m_results))
            lost += r.detail.contains(QStringLiteral("voice server lost")) ? 1 : 0;
        QVERIFY(lost < 300 / kNodes); // only the calls live on it when it died

        // The node comes back by itself once it answers again.
        QVERIFY(m_sims.at(1)->start(victimPort));
        QTRY_COMPARE_WITH_TIMEOUT(m_funnel->status(victim).state, AmiConnection::State::Active, 60000);
        m_sentTo.clear();
        submitCalls(30, trunk(1000, 1000), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 330, 60000);
        QVERIFY(std::count(m_sentTo.cbegin(), m_sentTo.cend(), victim) > 0);
    }

    void aBadNodeDoesNotHurtTheOthers_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("garbage") << int(HostileAmiPeer::Mode::Garbage);
        QTest::newRow("silent") << int(HostileAmiPeer::Mode::Silent);
        QTest::newRow("event flood") << int(HostileAmiPeer::Mode::Flood);
        QTest::newRow("closes mid-frame") << int(HostileAmiPeer::Mode::CloseMidFrame);
        QTest::newRow("rejects the login") << -1;
    }

    void aBadNodeDoesNotHurtTheOthers()
    {
        QFETCH(int, mode);
        HostileAmiPeer peer(HostileAmiPeer::Mode(std::max(mode, 0)));
        QVERIFY(peer.listen());
        VoiceServer bad = m_servers.at(0);
        bad.id = 99;
        bad.name = QStringLiteral("bad");
        bad.useMd5 = false;
        if (mode < 0)
            bad.amiSecret = QStringLiteral("wrong"); // a real voicesim that refuses us
        else
            bad.amiPort = peer.port();
        QList<VoiceServer> servers = m_servers;
        servers.prepend(bad);
        m_funnel->applyServers(servers);

        // The event loop keeps turning: a timer fires on time while the bad node misbehaves.
        QElapsedTimer lag;
        lag.start();
        int ticks = 0;
        qint64 worstGap = 0;
        qint64 last = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] {
            ++ticks;
            worstGap = std::max(worstGap, lag.elapsed() - last);
            last = lag.elapsed();
        });
        tick.start(20);

        submitCalls(60, trunk(200, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 60, 60000);
        for (int n : std::as_const(m_endCount))
            QCOMPARE(n, 1);
        for (const CallResult &r : std::as_const(m_results))
            QVERIFY2(!r.detail.contains(QStringLiteral("no voice server")), qPrintable(r.detail));
        QVERIFY(m_funnel->status(99).state != AmiConnection::State::Active
                || mode == int(HostileAmiPeer::Mode::Flood) || mode == int(HostileAmiPeer::Mode::CloseMidFrame));
        QVERIFY2(worstGap < 1000, qPrintable(QString::number(worstGap)));
        if (mode < 0)
            QTRY_COMPARE_WITH_TIMEOUT(m_funnel->status(99).state, AmiConnection::State::LoginFailed, 30000);
        if (mode == int(HostileAmiPeer::Mode::Garbage))
            QTRY_COMPARE_WITH_TIMEOUT(m_funnel->status(99).state, AmiConnection::State::Timeout, 30000);
    }

    void duplicateCallIdsAndCancel()
    {
        Trunk slow = trunk(0.1, 10);
        submitCalls(3, slow);
        QTRY_COMPARE_WITH_TIMEOUT(m_sendCount.size(), 1, 10000); // the first token is there at once
        OriginateRequest again;
        again.callId = 2;
        again.trunk = slow;
        again.number = QStringLiteral("5551");
        QVERIFY(!m_funnel->submit(again));
        QCOMPARE(m_funnel->queuedCount(), 2);
        QVERIFY(m_funnel->cancelQueued(3)); // still waiting for its token
        QCOMPARE(m_funnel->queuedCount(), 1);
        QVERIFY(!m_funnel->cancelQueued(1)); // already sent
    }
};

QTEST_GUILESS_MAIN(TestVoiceFunnel)
#include "tst_voicefunnel.moc"
