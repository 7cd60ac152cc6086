#include "engine/sim/callswitch.h"

#include "engine/sim/callscheduler.h"
#include "engine/sim/originateaction.h"
#include "engine/sim/simulatedcall.h"
#include "engine/sim/voicesimlogging.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

namespace {

// Timer key for the node itself (agents coming out of wrap-up); calls start at 1.
constexpr quint64 kNodeKey = 0;
constexpr int kReasonFailed = 0;

quint64 chooseSeed(const VoiceSimConfig &config)
{
    return config.seed ? *config.seed : QRandomGenerator::system()->generate64();
}

} // namespace

CallSwitch::CallSwitch(const VoiceSimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_events(m_writer)
    , m_scheduler(new CallScheduler(config.speed, this))
    , m_model(config, chooseSeed(config))
    , m_admissionRng(m_model.seed() ^ 0x9e3779b97f4a7c15ULL)
    , m_queue(config.queueName, config.agents, qint64(config.wrapupSeconds * 1000),
              QDateTime::currentSecsSinceEpoch())
    , m_epochUs(QDateTime::currentMSecsSinceEpoch() * 1000)
{
    m_events.setEpochMs(m_epochUs / 1000);
    connect(m_scheduler, &CallScheduler::timerFired, this, &CallSwitch::onTimerFired);
    connect(m_scheduler, &CallScheduler::batchFinished, this, &CallSwitch::flushEvents);
}

CallSwitch::~CallSwitch() = default;

qint64 CallSwitch::nowMs() const
{
    return m_scheduler->nowMs();
}

qint64 CallSwitch::wallUs() const
{
    return m_epochUs + m_scheduler->nowUs();
}

qint64 CallSwitch::epochSeconds() const
{
    return wallUs() / 1000000;
}

void CallSwitch::beginBurst()
{
    const qint64 nowUs = m_scheduler->nowUs();
    m_events.setNowMs(nowUs / 1000);
    // The writer adds a µs per event; never let Timestamps run backwards.
    m_writer.setClock(std::max(m_writer.clock(), m_epochUs + nowUs));
}

void CallSwitch::setWantedEvents(quint32 mask)
{
    m_writer.setWanted(mask);
}

CallSwitch::Admission CallSwitch::originate(const OriginateAction &request)
{
    beginBurst();
    ++m_stats.originates;
    if (m_config.acceptRate < 1.0) {
        const double u = double(m_admissionRng() >> 11) * (1.0 / 9007199254740992.0);
        if (u >= m_config.acceptRate) {
            ++m_stats.rejected;
            return {Admission::Kind::Error, QByteArrayLiteral("Originate failed"), 0};
        }
    }
    // A node at its limit (or asked for a Uniqueid in use) cannot create the
    // channel: Asterisk has already queued an async Originate by then, so the
    // failure comes as OriginateResponse Failure / Reason 0, with no channel events.
    const bool full = m_config.channels > 0 && m_active >= m_config.channels;
    const bool duplicate = (!request.channelId.isEmpty() && m_channelOwners.contains(request.channelId))
        || (!request.otherChannelId.isEmpty() && m_channelOwners.contains(request.otherChannelId));
    if (full || duplicate) {
        ++m_stats.overCapacity;
        if (full)
            qCDebug(lcVoiceSim) << "at capacity:" << m_active << "calls; failing" << request.actionId;
        else
            qCInfo(lcVoiceSim) << "Uniqueid already in use; failing" << request.actionId;
        if (!request.async)
            return {Admission::Kind::Error, QByteArrayLiteral("Originate failed"), 0};
        m_events.originateResponse(request, false, kReasonFailed, request.channel,
                                   request.channelId.isEmpty() ? QByteArrayLiteral("<unknown>") : request.channelId);
        return {Admission::Kind::Queued, {}, 0};
    }
    const CallPlan plan = m_model.draw(request);
    ++m_stats.outcomes[size_t(plan.outcome)];
    const quint64 id = m_nextCallId++;
    auto call = std::make_unique<SimulatedCall>(*this, id, request, plan);
    SimulatedCall *raw = call.get();
    m_calls.emplace(id, std::move(call));
    ++m_active;
    raw->start();
    if (request.async)
        return {Admission::Kind::Queued, {}, id};
    return {Admission::Kind::Pending, {}, id};
}

SimulatedCall *CallSwitch::callOwning(const QByteArray &nameOrUniqueId) const
{
    const auto owner = m_channelOwners.constFind(nameOrUniqueId);
    if (owner == m_channelOwners.constEnd())
        return nullptr;
    const auto it = m_calls.find(*owner);
    return it == m_calls.end() || it->second->isFinished() ? nullptr : it->second.get();
}

bool CallSwitch::hangup(const QByteArray &nameOrUniqueId, int cause)
{
    SimulatedCall *call = callOwning(nameOrUniqueId);
    if (!call)
        return false;
    beginBurst();
    call->hangupChannel(nameOrUniqueId, cause);
    return true;
}

CallSwitch::RedirectResult CallSwitch::redirect(const QByteArray &nameOrUniqueId, const QByteArray &context,
                                                const QByteArray &exten, int priority)
{
    SimulatedCall *call = callOwning(nameOrUniqueId);
    if (!call)
        return RedirectResult::NoChannel;
    beginBurst();
    return call->redirect(nameOrUniqueId, context, exten, priority) ? RedirectResult::Redirected
                                                                     : RedirectResult::Failed;
}

bool CallSwitch::setVariable(const QByteArray &nameOrUniqueId, const QByteArray &name, const QByteArray &value)
{
    beginBurst();
    if (nameOrUniqueId.isEmpty()) {
        // Functions (a name ending in ')') are written, not stored or announced.
        if (!name.endsWith(')')) {
            m_globals.insert(OriginateAction::stripInheritance(name).toUpper(), value);
            m_events.globalVarSet(name, value);
        }
        return true;
    }
    SimulatedCall *call = callOwning(nameOrUniqueId);
    if (!call)
        return false;
    call->setVariable(nameOrUniqueId, name, value);
    return true;
}

void CallSwitch::onTimerFired(quint64 key, quint32 tag)
{
    beginBurst();
    if (key == kNodeKey) {
        m_wrapupWakeMs = -1;
        m_queueDirty = true;
        return;
    }
    const auto it = m_calls.find(key);
    if (it != m_calls.end())
        it->second->onTimer(tag);
}

void CallSwitch::flushEvents()
{
    if (m_queueDirty) {
        beginBurst();
        dispatchQueue();
    }
    if (!m_writer.isEmpty())
        emit eventsRaised(m_writer.take());
    // Calls end inside their own methods; they are deleted only here.
    for (const quint64 id : std::as_const(m_finished))
        m_calls.erase(id);
    m_finished.clear();
}

void CallSwitch::dispatchQueue()
{
    if (m_dispatching)
        return;
    m_dispatching = true;
    m_queueDirty = false;
    const qint64 now = nowMs();
    while (const auto match = m_queue.nextMatch(now)) {
        const auto it = m_calls.find(match->first);
        const bool connected = it != m_calls.end() && !it->second->isFinished()
            && it->second->connectAgent(match->second);
        if (!connected) {
            m_queue.memberReleased(match->second, false, now, epochSeconds());
            m_queue.leave(match->first);
        }
    }
    if (m_queue.waiting() > 0) {
        if (const auto wake = m_queue.nextWrapupEndMs(now); wake && (m_wrapupWakeMs < 0 || *wake < m_wrapupWakeMs)) {
            m_wrapupWakeMs = *wake;
            m_scheduler->schedule(*wake - now, kNodeKey, 0);
        }
    }
    m_dispatching = false;
}

void CallSwitch::scheduleCall(quint64 callId, qint64 delayMs, quint32 tag)
{
    m_scheduler->schedule(delayMs, callId, tag);
}

QByteArray CallSwitch::nextChannelSuffix()
{
    return QByteArray::number(m_channelSeq++, 16).rightJustified(8, '0');
}

QByteArray CallSwitch::nextUniqueId()
{
    // Asterisk's own form: "<epoch seconds>.<counter>".
    return QByteArray::number(epochSeconds()) + '.' + QByteArray::number(m_uniqueSeq++);
}

QByteArray CallSwitch::newBridgeId()
{
    // Deterministic for a seed, shaped like Asterisk's random UUIDs.
    static const QUuid ns = QUuid::fromString(QLatin1String("6f1c2a52-58a4-4d43-9c8e-2f3e8d7b1a90"));
    return QUuid::createUuidV5(ns, QByteArray::number(m_model.seed()) + '/' + QByteArray::number(m_bridgeSeq++))
        .toByteArray(QUuid::WithoutBraces);
}

void CallSwitch::registerChannel(const SimChannel &channel, quint64 callId)
{
    m_channelOwners.insert(channel.name, callId);
    m_channelOwners.insert(channel.uniqueId, callId);
}

void CallSwitch::unregisterChannel(const SimChannel &channel)
{
    m_channelOwners.remove(channel.name);
    m_channelOwners.remove(channel.uniqueId);
}

void CallSwitch::syncOriginateDone(quint64 callId, bool answered)
{
    emit syncOriginateFinished(callId, answered);
}

void CallSwitch::callFinished(quint64 callId)
{
    --m_active;
    m_finished.append(callId);
    m_queueDirty = true;
}

QList<const SimChannel *> CallSwitch::channels() const
{
    QList<const SimChannel *> out;
    out.reserve(qsizetype(m_calls.size()) * 2);
    for (const auto &[id, call] : m_calls)
        call->appendChannels(out);
    return out;
}

const SimChannel *CallSwitch::findChannel(const QByteArray &nameOrUniqueId) const
{
    const SimulatedCall *call = callOwning(nameOrUniqueId);
    if (!call)
        return nullptr;
    QList<const SimChannel *> legs;
    call->appendChannels(legs);
    for (const SimChannel *c : legs) {
        if (c->name == nameOrUniqueId || c->uniqueId == nameOrUniqueId)
            return c;
    }
    return nullptr;
}
