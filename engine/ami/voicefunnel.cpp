#include "engine/ami/voicefunnel.h"

#include "common/dialstring.h"
#include "engine/ami/amilogging.h"
#include "engine/ami/voicenode.h"

#include <QRandomGenerator>

#include <algorithm>

namespace {

// A lane blocked by channels or by nodes is woken by call ends and node state
// changes; this is only a safety net.
constexpr int kIdleRecheckMs = 1000;

} // namespace

VoiceFunnel::VoiceFunnel(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &VoiceFunnel::dispatch);
    m_sweepTimer.setInterval(int(CallTracker::CauseGraceMs / 2));
    connect(&m_sweepTimer, &QTimer::timeout, this, &VoiceFunnel::sweepNodes);
    m_sweepTimer.start();
    // Channel ids must be unique on a node that several engines may share.
    m_channelPrefix = "torque-" + QByteArray::number(QRandomGenerator::global()->generate(), 36);
}

VoiceFunnel::~VoiceFunnel()
{
    // Nodes (children) go with their pending callbacks, which are never called.
    qDeleteAll(m_nodes);
}

QString VoiceFunnel::nodeStateName(AmiConnection::State state)
{
    return AmiConnection::stateName(state);
}

VoiceFunnel::NodeStatus VoiceFunnel::status(qint64 serverId) const
{
    const VoiceNode *node = m_nodes.value(serverId);
    if (!node)
        return {};
    return {node->connection().state(), node->lastProblem(), node->channels()};
}

void VoiceFunnel::applyServers(const QList<VoiceServer> &servers)
{
    QSet<qint64> wanted;
    for (const VoiceServer &server : servers) {
        if (!server.enabled)
            continue;
        wanted.insert(server.id);
        VoiceNode *node = m_nodes.value(server.id);
        if (node && node->needsReconnect(server)) {
            removeNode(server.id, QStringLiteral("voice server reconfigured"));
            node = nullptr;
        }
        if (node) {
            node->setServer(server);
            continue;
        }
        node = new VoiceNode(server, this);
        m_nodes.insert(server.id, node);
        wireNode(node);
        node->connection().start();
        qCInfo(lcAmi) << "voice server" << server.name << "started:" << server.host << server.amiPort;
    }
    const QList<qint64> current = m_nodes.keys();
    for (qint64 id : current) {
        if (!wanted.contains(id))
            removeNode(id, QStringLiteral("voice server stopped"));
    }
    m_order = m_nodes.keys();
    std::sort(m_order.begin(), m_order.end());
    scheduleDispatch(0);
}

void VoiceFunnel::wireNode(VoiceNode *node)
{
    const qint64 id = node->server().id;
    AmiConnection &connection = node->connection();
    connect(&connection, &AmiConnection::eventReceived, this,
            [this, node](const AmiMessage &event) { onNodeEvent(*node, event); });
    connect(&connection, &AmiConnection::disconnected, this,
            [this, node](const QString &reason) { onNodeDisconnected(*node, reason); });
    connect(&connection, &AmiConnection::stateChanged, this, [this, id](AmiConnection::State state) {
        qCInfo(lcAmi) << "voice server" << id << "is" << AmiConnection::stateName(state);
        emit nodeStatusChanged(id);
        if (state == AmiConnection::State::Active)
            scheduleDispatch(0);
    });
}

void VoiceFunnel::removeNode(qint64 serverId, const QString &why)
{
    VoiceNode *node = m_nodes.take(serverId);
    if (!node)
        return;
    m_order.removeOne(serverId);
    // Calls the node accepted cannot be followed any more.
    const QList<qint64> ids = m_live.keys();
    for (qint64 callId : ids) {
        const auto it = m_live.find(callId);
        if (it != m_live.end() && it->serverId == serverId && it->accepted)
            loseCall(callId, node, why);
    }
    // Originates still unanswered come back through their callbacks: those
    // sent are lost with the node (it may have dialled), the others go elsewhere.
    node->connection().stop();
    node->deleteLater();
    emit nodeStatusChanged(serverId);
}

void VoiceFunnel::loseCall(qint64 callId, VoiceNode *node, const QString &why)
{
    std::optional<CallResult> lost;
    if (node)
        lost = node->tracker().fail(callId, why, m_clock.elapsed(), CallOutcome::NodeLost);
    if (!lost) {
        lost = CallResult{};
        lost->callId = callId;
        lost->outcome = CallOutcome::NodeLost;
        lost->detail = why;
    }
    endCall(*lost);
}

bool VoiceFunnel::submit(const OriginateRequest &request)
{
    if (m_live.contains(request.callId))
        return false;
    TrunkLane &lane = m_lanes[request.trunk.id];
    if (lane.limiter.rate() != request.trunk.maxCps)
        lane.limiter.setRate(request.trunk.maxCps);
    lane.maxChannels = request.trunk.maxChannels;
    lane.queue.push_back(request);
    m_live.insert(request.callId, LiveCall{request.trunk.id, 0, request, {}, false, {}});
    ++m_queued;
    scheduleDispatch(0);
    return true;
}

bool VoiceFunnel::cancelQueued(qint64 callId)
{
    const auto it = m_live.constFind(callId);
    if (it == m_live.constEnd() || it->serverId != 0)
        return false;
    std::deque<OriginateRequest> &queue = m_lanes[it->trunkId].queue;
    const auto found = std::find_if(queue.begin(), queue.end(),
                                    [callId](const OriginateRequest &r) { return r.callId == callId; });
    if (found == queue.end())
        return false;
    queue.erase(found);
    --m_queued;
    m_live.erase(it);
    return true;
}

VoiceNode *VoiceFunnel::nodeCarrying(qint64 callId) const
{
    const auto it = m_live.constFind(callId);
    if (it == m_live.constEnd() || !it->accepted)
        return nullptr;
    VoiceNode *node = m_nodes.value(it->serverId);
    if (!node || node->connection().state() != AmiConnection::State::Active || !node->connection().isLoggedIn()
        || !node->tracker().contains(callId))
        return nullptr;
    return node;
}

std::optional<CallResult> VoiceFunnel::snapshot(qint64 callId) const
{
    const auto it = m_live.constFind(callId);
    if (it == m_live.constEnd())
        return std::nullopt;
    CallResult known;
    known.callId = callId;
    if (VoiceNode *node = m_nodes.value(it->serverId)) {
        if (const auto tracked = node->tracker().peek(callId, m_clock.elapsed()))
            known = *tracked;
    }
    known.serverId = it->serverId;
    if (known.uniqueId.isEmpty() && !it->channelId.isEmpty())
        known.uniqueId = QString::fromLatin1(it->channelId);
    return known;
}

bool VoiceFunnel::hangupCall(qint64 callId)
{
    VoiceNode *node = nodeCarrying(callId);
    if (!node)
        return false;
    AmiMessage hangup;
    hangup.add("Action", "Hangup");
    hangup.add("Channel", m_live.value(callId).channelId);
    hangup.add("Cause", "16");
    node->connection().sendAction(std::move(hangup), [callId](const AmiResult &result) {
        if (!result.ok())
            qCWarning(lcAmi) << "call" << callId << "Hangup failed:" << result.reason;
    });
    return true;
}

bool VoiceFunnel::redirectCall(qint64 callId, const QString &context, const QString &exten, int priority,
                               const QList<std::pair<QString, QString>> &variables)
{
    VoiceNode *node = nodeCarrying(callId);
    if (!node)
        return false;
    // The Uniqueid the Originate gave the dialer-side leg: Asterisk 12+ finds
    // a channel by name or by Uniqueid, and this one is known before any event.
    const QByteArray channel = m_live.value(callId).channelId;
    for (const auto &[name, value] : variables) {
        AmiMessage setvar;
        setvar.add("Action", "Setvar");
        setvar.add("Channel", channel);
        setvar.add("Variable", name.toUtf8());
        setvar.add("Value", value.toUtf8());
        sendRedirectStep(*node, callId, std::move(setvar));
    }
    AmiMessage redirect;
    redirect.add("Action", "Redirect");
    redirect.add("Channel", channel);
    redirect.add("Context", context.toUtf8());
    redirect.add("Exten", exten.toUtf8());
    redirect.add("Priority", QByteArray::number(priority));
    sendRedirectStep(*node, callId, std::move(redirect));
    return true;
}

void VoiceFunnel::sendRedirectStep(VoiceNode &node, qint64 callId, AmiMessage action)
{
    const QByteArray what = action.value("Action");
    // A refusal changes nothing for the call: it goes on, and its hang-up
    // ends it as usual. Only the caller (who may hang it up instead) is told.
    node.connection().sendAction(std::move(action), [this, callId, what](const AmiResult &result) {
        if (result.ok())
            return;
        qCWarning(lcAmi) << "call" << callId << what << "failed:" << result.reason;
        emit redirectFailed(callId, QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(what), result.reason));
    });
}

void VoiceFunnel::scheduleDispatch(int delayMs)
{
    if (!m_dispatchTimer.isActive() || m_dispatchTimer.remainingTime() > delayMs)
        m_dispatchTimer.start(delayMs);
}

void VoiceFunnel::dispatch()
{
    const qint64 now = m_clock.elapsed();
    int wakeInMs = -1;
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it) {
        TrunkLane &lane = *it;
        if (lane.queue.empty())
            continue;
        const bool limitedByRate = dispatchLane(it.key(), lane, now);
        const int wait = limitedByRate ? int(std::max<qint64>(1, lane.limiter.msUntilNext(now)))
                                       : kIdleRecheckMs;
        if (!lane.queue.empty())
            wakeInMs = wakeInMs < 0 ? wait : std::min(wakeInMs, wait);
    }
    if (wakeInMs >= 0)
        scheduleDispatch(wakeInMs);
}

// Sends what the lane may send now; true when only its CPS holds it back.
bool VoiceFunnel::dispatchLane(qint64 trunkId, TrunkLane &lane, qint64 nowMs)
{
    Q_UNUSED(trunkId)
    while (!lane.queue.empty()) {
        if (lane.active >= lane.maxChannels)
            return false;
        const qint64 callId = lane.queue.front().callId;
        const qsizetype index = nextNodeIndex(m_live.value(callId).triedServers);
        if (index < 0)
            return false;
        if (!lane.limiter.tryTake(nowMs))
            return true;
        // Only a call that really goes moves the round robin on.
        m_nextIndex = (index + 1) % m_order.size();
        VoiceNode *node = m_nodes.value(m_order.at(index));
        OriginateRequest request = std::move(lane.queue.front());
        lane.queue.pop_front();
        --m_queued;
        send(*node, std::move(request), lane);
    }
    return false;
}

qsizetype VoiceFunnel::nextNodeIndex(const QSet<qint64> &exclude) const
{
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        const qsizetype index = (m_nextIndex + i) % m_order.size();
        const VoiceNode *node = m_nodes.value(m_order.at(index));
        if (node && node->canTakeCall() && !exclude.contains(node->server().id))
            return index;
    }
    return -1;
}

QByteArray VoiceFunnel::channelBase(qint64 callId) const
{
    return m_channelPrefix + '-' + QByteArray::number(callId);
}

AmiMessage VoiceFunnel::originateAction(const OriginateRequest &request) const
{
    const QByteArray call = channelBase(request.callId);
    AmiMessage action;
    action.reserve(12 + request.variables.size());
    action.add("Action", "Originate");
    action.add("Channel", DialString::expand(request.trunk.dialString, request.number).toUtf8());
    action.add("Context", request.context.toUtf8());
    action.add("Exten", request.exten.toUtf8());
    action.add("Priority", QByteArray::number(request.priority));
    action.add("Timeout", QByteArray::number(request.ringTimeoutMs));
    if (!request.callerId.isEmpty())
        action.add("CallerID", request.callerId.toUtf8());
    action.add("ChannelId", call + "-a");
    action.add("OtherChannelId", call + "-b");
    action.add("Variable", "TORQUE_CALL_ID=" + QByteArray::number(request.callId));
    for (const auto &[name, value] : request.variables)
        action.add("Variable", name.toUtf8() + '=' + value.toUtf8());
    action.add("Async", "true");
    return action;
}

void VoiceFunnel::send(VoiceNode &node, OriginateRequest request, TrunkLane &lane)
{
    const qint64 callId = request.callId;
    const qint64 serverId = node.server().id;
    LiveCall &live = m_live[callId];
    live.serverId = serverId;
    live.triedServers.insert(serverId);
    node.addChannel();
    ++lane.active;
    const QByteArray call = channelBase(callId);
    live.channelId = call + "-a";
    const QByteArray actionId = node.connection().sendAction(
        originateAction(request), [this, callId, serverId](const AmiResult &result) {
            onOriginateAnswered(callId, serverId, result);
        });
    node.tracker().add(callId, actionId, call + "-a", call + "-b", m_clock.elapsed(), request.ringTimeoutMs);
    emit callSent(callId, serverId);
}

void VoiceFunnel::onOriginateAnswered(qint64 callId, qint64 serverId, const AmiResult &result)
{
    const auto it = m_live.find(callId);
    if (it == m_live.end() || it->serverId != serverId)
        return; // already ended or moved on
    if (result.ok()) {
        it->accepted = true;
        return;
    }
    VoiceNode *node = m_nodes.value(serverId);
    // The node may have dialled: never send it again; it is lost with the node.
    if (result.timedOut()) {
        loseCall(callId, node, QStringLiteral("the voice server did not confirm the Originate"));
        return;
    }
    if (result.outcome == AmiResult::Outcome::Unconfirmed) {
        loseCall(callId, node, QStringLiteral("voice server lost before it confirmed the Originate: %1")
                                   .arg(result.reason));
        return;
    }
    // Error, or never sent: the node did not take the call; another may.
    if (node)
        node->tracker().fail(callId, result.reason, m_clock.elapsed());
    retryElsewhere(callId, result.reason);
}

void VoiceFunnel::retryElsewhere(qint64 callId, const QString &why)
{
    const auto it = m_live.find(callId);
    if (it == m_live.end())
        return;
    if (VoiceNode *node = m_nodes.value(it->serverId))
        node->releaseChannel();
    TrunkLane &lane = m_lanes[it->trunkId];
    lane.active = std::max(0, lane.active - 1);
    it->serverId = 0;
    it->accepted = false;
    const bool untriedLeft = std::any_of(m_order.cbegin(), m_order.cend(),
                                         [&](qint64 id) { return !it->triedServers.contains(id); });
    if (!untriedLeft) {
        // Never dialled anywhere: not the callee's doing either.
        CallResult failed;
        failed.callId = callId;
        failed.outcome = CallOutcome::NodeLost;
        failed.detail = QStringLiteral("no voice server took the call: %1").arg(why);
        m_live.erase(it);
        emit callEnded(failed);
        return;
    }
    qCDebug(lcAmi) << "call" << callId << "goes to another voice server:" << why;
    lane.queue.push_front(it->request);
    ++m_queued;
    scheduleDispatch(0);
}

void VoiceFunnel::onNodeEvent(VoiceNode &node, const AmiMessage &event)
{
    const auto update = node.tracker().onEvent(event, m_clock.elapsed());
    if (!update)
        return;
    switch (update->kind) {
    case CallUpdate::Kind::Answered:
        emit callAnswered(update->result);
        break;
    case CallUpdate::Kind::Classified:
        emit callClassified(update->result);
        break;
    case CallUpdate::Kind::Ended:
        endCall(update->result);
        break;
    }
}

void VoiceFunnel::onNodeDisconnected(VoiceNode &node, const QString &reason)
{
    node.setLastProblem(reason);
    emit nodeStatusChanged(node.server().id);
    // Accepted calls can no longer be followed; unaccepted ones come back
    // through their Originate callbacks (Unconfirmed or ConnectionLost).
    const QList<qint64> ids = node.tracker().activeCallIds();
    for (qint64 callId : ids) {
        if (m_live.value(callId).accepted)
            loseCall(callId, &node, QStringLiteral("voice server lost: %1").arg(reason));
    }
}

void VoiceFunnel::sweepNodes()
{
    const qint64 now = m_clock.elapsed();
    for (VoiceNode *node : std::as_const(m_nodes)) {
        const QList<CallResult> ended = node->tracker().sweep(now);
        for (const CallResult &result : ended)
            endCall(result);
    }
}

void VoiceFunnel::endCall(const CallResult &result)
{
    const auto it = m_live.find(result.callId);
    if (it == m_live.end())
        return;
    if (VoiceNode *node = m_nodes.value(it->serverId))
        node->releaseChannel();
    if (it->serverId != 0) {
        TrunkLane &lane = m_lanes[it->trunkId];
        lane.active = std::max(0, lane.active - 1);
    }
    CallResult ended = result;
    ended.serverId = it->serverId;
    m_live.erase(it);
    emit callEnded(ended);
    scheduleDispatch(0);
}
