#pragma once

#include "common/voiceserver.h"
#include "engine/ami/amiconnection.h"
#include "engine/ami/callresult.h"
#include "engine/ami/cpslimiter.h"
#include "engine/ami/originaterequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>

class VoiceNode;

// The voice funnel: takes Originate requests that name no server and hands
// them round-robin to Active voice nodes, within each trunk's max CPS and
// channels and each node's capacity, always with Async: true. A request a
// node refused, or that never reached it, goes to another node; one that was
// written to a node is never sent again, even if the node went away before
// answering: it may have dialled (the call ends as NodeLost). Each call is
// followed to its hang-up and reported with its outcome. A live call can be
// sent elsewhere in the node's dialplan (AMI Redirect), as the safe-harbour
// message of an abandoned call is.
class VoiceFunnel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceFunnel)

public:
    struct NodeStatus {
        AmiConnection::State state = AmiConnection::State::Inactive;
        QString detail;
        int channels = 0;
    };

    explicit VoiceFunnel(QObject *parent = nullptr);
    ~VoiceFunnel() override;

    // Makes the funnel run exactly these servers (the enabled ones connect).
    void applyServers(const QList<VoiceServer> &servers);
    NodeStatus status(qint64 serverId) const;
    static QString nodeStateName(AmiConnection::State state);

    // Queues a call; false (and nothing queued) if its callId is in use.
    bool submit(const OriginateRequest &request);
    // Drops a call still waiting in the queue; false once it was sent.
    bool cancelQueued(qint64 callId);
    int queuedCount() const { return m_queued; }
    int activeCount() const { return int(m_live.size()); }
    // Sends the call's dialer-side channel to context/exten/priority of its
    // node's dialplan (AMI Redirect), after setting `variables` on it one by
    // one (AMI Setvar: Redirect cannot carry them), all on the node's session
    // in that order. False, and nothing sent, when the call is unknown, not
    // yet accepted by a node, or its node is not active. A node that refuses
    // is logged and reported by redirectFailed(); the call is still followed
    // to its end and reported by callEnded() as any other.
    bool redirectCall(qint64 callId, const QString &context, const QString &exten, int priority,
                      const QList<std::pair<QString, QString>> &variables = {});
    // What is known of a live call so far (Uniqueid, channel, voice server,
    // times), for a record made before its end is seen; nullopt if unknown.
    std::optional<CallResult> snapshot(qint64 callId) const;
    // Hangs up the call's dialer-side channel (AMI Hangup, cause 16); its
    // end is reported by callEnded() as any other. False, and nothing sent,
    // when the call is unknown, not yet accepted, or its node is not active.
    bool hangupCall(qint64 callId);
    // Uniqueid prefix of this funnel's channels (several engines may share nodes).
    void setChannelIdPrefix(const QByteArray &prefix) { m_channelPrefix = prefix; }

signals:
    void callSent(qint64 callId, qint64 serverId);
    void callAnswered(const CallResult &result);
    void callClassified(const CallResult &result);
    void callEnded(const CallResult &result);
    // A Redirect (or one of its Setvars) the node answered with an error or not at all.
    void redirectFailed(qint64 callId, const QString &reason);
    void nodeStatusChanged(qint64 serverId);

private:
    struct TrunkLane {
        CpsLimiter limiter;
        qint64 maxChannels = 1;
        int active = 0;
        std::deque<OriginateRequest> queue;
    };
    struct LiveCall {
        qint64 trunkId = 0;
        qint64 serverId = 0;
        OriginateRequest request;
        QSet<qint64> triedServers;
        bool accepted = false;
        QByteArray channelId; // Uniqueid of the dialer-side leg (Originate's ChannelId)
    };

    // The active node an accepted call is on, or null.
    VoiceNode *nodeCarrying(qint64 callId) const;
    void removeNode(qint64 serverId, const QString &why);
    // Ends a call its node can no longer report on (node may be null: gone).
    void loseCall(qint64 callId, VoiceNode *node, const QString &why);
    void wireNode(VoiceNode *node);
    void scheduleDispatch(int delayMs);
    void dispatch();
    bool dispatchLane(qint64 trunkId, TrunkLane &lane, qint64 nowMs);
    // Index in m_order of the next node that can take a call, or -1.
    qsizetype nextNodeIndex(const QSet<qint64> &exclude) const;
    void send(VoiceNode &node, OriginateRequest request, TrunkLane &lane);
    void onOriginateAnswered(qint64 callId, qint64 serverId, const AmiResult &result);
    void retryElsewhere(qint64 callId, const QString &why);
    void onNodeEvent(VoiceNode &node, const AmiMessage &event);
    void onNodeDisconnected(VoiceNode &node, const QString &reason);
    void sweepNodes();
    void endCall(const CallResult &result);
    AmiMessage originateAction(const OriginateRequest &request) const;
    QByteArray channelBase(qint64 callId) const;
    void sendRedirectStep(VoiceNode &node, qint64 callId, AmiMessage action);

    QHash<qint64, VoiceNode *> m_nodes;
    QList<qint64> m_order;       // round-robin order of server ids
    qsizetype m_nextIndex = 0;
    QHash<qint64, TrunkLane> m_lanes;
    QHash<qint64, LiveCall> m_live; // queued or sent, until ended
    int m_queued = 0;
    QTimer m_dispatchTimer;
    QTimer m_sweepTimer;         // ends failed calls whose cause never came
    QElapsedTimer m_clock;
    QByteArray m_channelPrefix = QByteArrayLiteral("torque");
};
