#include "engine/campaigns/campaignrunner.h"

#include "common/protocol.h"
#include "engine/ami/originaterequest.h"
#include "engine/ami/voicefunnel.h"
#include "engine/campaigns/campaignlogging.h"
#include "engine/campaigns/simulatedagents.h"
#include "engine/db/cdrrecord.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/numberstatus.h"

#include <QDateTime>

#include <cmath>

using namespace Protocol;

namespace {

constexpr int kTickMs = 100;
constexpr double kMaxQueuedSeconds = 0.2;
// Numbers in hand: about this many seconds of dialling, within bounds.
constexpr double kHopperSeconds = 20.0;
constexpr int kMinHopper = 20;
constexpr int kMaxHopper = 5000;

// Armed numbers kept ready: this many seconds of the trunk's CPS. Small,
// because armed numbers a crash leaves behind are recorded as interrupted.
constexpr double kArmedSeconds = 0.4;
constexpr int kMinArmed = 4;

bool isMachine(const CallResult &r)
{
    return r.amdStatus == "MACHINE" || r.outcome == CallOutcome::AnsweringMachine;
}

void putOptional(QJsonObject &o, QLatin1String key, const std::optional<double> &value)
{
    if (value)
        o.insert(key, *value);
}

} // namespace

CampaignRunner::CampaignRunner(Campaign campaign, Trunk trunk, std::unique_ptr<Pacer> pacer, qint64 runId,
                               const Context &context, QObject *parent)
    : QObject(parent)
    , m_campaign(std::move(campaign))
    , m_trunk(std::move(trunk))
    , m_pacer(std::move(pacer))
    , m_runId(runId)
    , m_context(context)
{
    m_hopper = new NumberHopper(*m_context.numbers, m_context.replyContext, *m_context.db, {m_campaign.id, m_runId},
                                NumberHopper::Source::GenerateWhenEmpty, this);
    m_agents = new SimulatedAgents(m_campaign.maxConnected, m_campaign.wrapUpSeconds, this);
    QObject::connect(m_agents, &SimulatedAgents::freed, this, &CampaignRunner::onAgentFreed);
    QObject::connect(m_hopper, &NumberHopper::failed, this, [this](const QString &detail) {
        qCWarning(lcCampaigns) << "campaign" << m_campaign.id << "could not claim numbers:" << detail;
    });
    m_tick.setInterval(kTickMs);
    QObject::connect(&m_tick, &QTimer::timeout, this, &CampaignRunner::tick);
}

CampaignRunner::~CampaignRunner() = default;

void CampaignRunner::start(const QList<qint64> &liveRuns)
{
    m_clock.start();
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    for (const int agent : m_agents->ids())
        m_pacer->agentLoggedIn(agent, now());
    const int hopper = int(std::lround(m_trunk.maxCps * kHopperSeconds));
    const int armed = qMax(kMinArmed, int(std::ceil(m_trunk.maxCps * kArmedSeconds)));
    m_hopper->setTargets(qBound(kMinHopper, qMax(hopper, m_campaign.maxConnected * 2), kMaxHopper), armed);
    m_hopper->start(QList<qint64>(liveRuns) << m_runId);
    m_tick.start();
    qCInfo(lcCampaigns) << "campaign" << m_campaign.id << "run" << m_runId << "started with pacer"
                        << m_pacer->name() << "and" << m_campaign.maxConnected << "agents";
}

void CampaignRunner::stop()
{
    if (m_stopping)
        return;
    m_stopping = true; // the tick goes on: humans of calls still up may wait for an agent
    withdrawQueuedCalls();
    m_hopper->stop();
    qCInfo(lcCampaigns) << "campaign" << m_campaign.id << "run" << m_runId << "stopping;" << m_calls.size()
                        << "calls still up";
    finishIfDrained();
}

// Calls the funnel has not sent yet are withdrawn; their numbers go back.
void CampaignRunner::withdrawQueuedCalls()
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        if (it->stage == Stage::Queued && m_context.voice->cancelQueued(it.key())) {
            m_hopper->withdraw(it->number.id);
            m_pacer->callEnded(it.key(), PacingState::CallEnd::Failed, now());
            emit callFinished(it.key());
            it = m_calls.erase(it);
            --m_queuedInFunnel;
        } else {
            ++it;
        }
    }
}

void CampaignRunner::interrupt(const QString &why)
{
    stop();
    const QList<qint64> ids = m_calls.keys();
    for (const qint64 callId : ids) {
        const LiveCall call = m_calls.take(callId);
        CallResult cut = m_context.voice->snapshot(callId).value_or(CallResult{});
        cut.callId = callId;
        cut.detail = why;
        // Nobody will follow it any more: no caller is left waiting on hold.
        m_context.voice->hangupCall(callId);
        record(call, cut, NumberStatus::Interrupted);
        emit callFinished(callId);
    }
    if (!ids.isEmpty())
        qCWarning(lcCampaigns) << "campaign" << m_campaign.id << "run" << m_runId << "cut" << ids.size()
                               << "calls short:" << why;
    finishIfDrained();
}

void CampaignRunner::setDialingHeld(bool held)
{
    if (m_dialingHeld == held)
        return;
    m_dialingHeld = held;
    qCInfo(lcCampaigns) << "campaign" << m_campaign.id << "run" << m_runId
                        << (held ? "holds its dialling" : "dials again");
}

double CampaignRunner::now() const
{
    return double(m_clock.nsecsElapsed()) / 1e9;
}

void CampaignRunner::tick()
{
    expireWaiting();
    if (m_stopping || m_dialingHeld)
        return;
    const int wanted = qMin(m_pacer->callsToLaunch(now()), dialRoom());
    for (int i = 0; i < wanted; ++i) {
        NumberHopper::Entry number;
        if (!m_hopper->takeArmed(number))
            break;
        dial(number);
    }
    if (m_hopper->exhausted() && m_calls.isEmpty() && !m_listFinishedSent) {
        m_listFinishedSent = true;
        emit listFinished();
    }
}

// The funnel paces the trunk's CPS itself; keeping at most a fifth of a
// second of calls queued there keeps the pacer's "dialled" close to what the
// nodes really do (a call that waits in the queue would look like a long
// ring) and stops one tick from launching a whole second's worth at once.
int CampaignRunner::dialRoom() const
{
    const int queueLimit = qMax(1, int(std::ceil(m_trunk.maxCps * kMaxQueuedSeconds)));
    return qMax(0, queueLimit - m_queuedInFunnel);
}

void CampaignRunner::dial(const NumberHopper::Entry &number)
{
    OriginateRequest request;
    request.callId = m_context.nextCallId();
    request.number = number.phone;
    request.trunk = m_trunk;
    request.ringTimeoutMs = int(m_pacer->settings().dialTimeoutSeconds * 1000.0);
    request.variables = {{QStringLiteral("LEAD_ID"), QString::number(number.id)},
                         {QStringLiteral("CAMPAIGN"), QString::number(m_campaign.id)},
                         {QStringLiteral("DIALER_MODE"), QStringLiteral("hold")}};
    LiveCall call;
    call.number = number;
    call.dialedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_calls.insert(request.callId, call);
    emit callPlaced(request.callId);
    if (!m_context.voice->submit(request)) {
        m_calls.remove(request.callId);
        emit callFinished(request.callId);
        m_hopper->withdraw(number.id);
        return;
    }
    ++m_queuedInFunnel;
    m_pacer->callDialed(request.callId, now());
    m_counters.dialedAt(now());
}

void CampaignRunner::onCallSent(qint64 callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->stage != Stage::Queued)
        return;
    it->stage = Stage::Ringing;
    --m_queuedInFunnel;
}

void CampaignRunner::onCallAnswered(const CallResult &result)
{
    auto it = m_calls.find(result.callId);
    if (it == m_calls.end() || it->answered)
        return;
    onCallSent(result.callId);
    it->answered = true;
    it->stage = Stage::Screening;
    ++m_counters.answered;
    m_pacer->callAnswered(result.callId, now());
}

void CampaignRunner::onCallClassified(const CallResult &result)
{
    auto it = m_calls.find(result.callId);
    if (it == m_calls.end() || it->stage != Stage::Screening)
        return;
    if (isMachine(result)) {
        it->stage = Stage::Machine;
        m_pacer->machineAnswered(result.callId, now());
        return;
    }
    m_pacer->humanAnswered(result.callId, now());
    humanNeedsAgent(result.callId, *it);
}

void CampaignRunner::humanNeedsAgent(qint64 callId, LiveCall &call)
{
    m_pacer->humanNeedsAgent(callId, now());
    const int agent = m_agents->assign(callId);
    m_counters.humanAt(now(), agent < 0);
    if (agent >= 0) {
        connect(callId, call, agent);
        return;
    }
    call.stage = Stage::Waiting;
    call.waitDeadline = now() + m_pacer->settings().abandonAfterSeconds;
    m_waiting.push_back(callId);
}

void CampaignRunner::connect(qint64 callId, LiveCall &call, int agentId)
{
    call.stage = Stage::Connected;
    call.agentId = agentId;
    ++m_counters.connected;
    m_pacer->callConnected(callId, agentId, now());
}

// The law's two seconds are up: the caller hears the safe-harbour message.
void CampaignRunner::abandon(qint64 callId, LiveCall &call)
{
    call.stage = Stage::Abandoned;
    ++m_counters.abandoned;
    m_pacer->callAbandoned(callId, now());
    const bool redirected = m_context.voice->redirectCall(
        callId, m_context.safeHarbourContext, QStringLiteral("s"), 1,
        {{QStringLiteral("SAFE_HARBOUR_MESSAGE"), m_campaign.safeHarbourMessage}});
    if (!redirected)
        qCWarning(lcCampaigns) << "call" << callId << "abandoned but could not be sent to the safe-harbour message";
}

void CampaignRunner::expireWaiting()
{
    const double t = now();
    while (!m_waiting.empty()) {
        auto it = m_calls.find(m_waiting.front());
        if (it == m_calls.end() || it->stage != Stage::Waiting) {
            m_waiting.pop_front();
            continue;
        }
        if (it->waitDeadline > t)
            break;
        m_waiting.pop_front();
        abandon(it.key(), *it);
    }
}

void CampaignRunner::onAgentFreed(int agentId)
{
    m_pacer->agentFreed(agentId, now());
    while (!m_waiting.empty()) {
        const qint64 callId = m_waiting.front();
        m_waiting.pop_front();
        auto it = m_calls.find(callId);
        if (it == m_calls.end() || it->stage != Stage::Waiting)
            continue;
        const int agent = m_agents->assign(callId);
        if (agent >= 0)
            connect(callId, *it, agent);
        return;
    }
}

void CampaignRunner::onCallEnded(const CallResult &result)
{
    auto it = m_calls.find(result.callId);
    if (it == m_calls.end())
        return;
    LiveCall call = *it;
    m_calls.erase(it);
    if (call.stage == Stage::Queued)
        --m_queuedInFunnel;
    if (call.stage == Stage::Waiting) {
        // Hung up before an agent was free: abandoned all the same.
        ++m_counters.abandoned;
        m_pacer->callAbandoned(result.callId, now());
        call.stage = Stage::Abandoned;
    }
    m_pacer->callEnded(result.callId, pacingEnd(call, result), now());
    if (call.stage == Stage::Connected)
        m_agents->callEnded(call.agentId);
    record(call, result, numberStatus(call, result));
    emit callFinished(result.callId);
    finishIfDrained();
}

PacingState::CallEnd CampaignRunner::pacingEnd(const LiveCall &call, const CallResult &result) const
{
    using End = PacingState::CallEnd;
    switch (call.stage) {
    case Stage::Connected: return End::Completed;
    case Stage::Abandoned: return End::Abandoned;
    case Stage::Machine: return End::Machine;
    case Stage::Screening: return isMachine(result) ? End::Machine : End::Declined;
    default: break;
    }
    switch (result.outcome) {
    case CallOutcome::Busy: return End::Busy;
    case CallOutcome::NoAnswer: return End::NoAnswer;
    case CallOutcome::Congestion: return End::Congestion;
    case CallOutcome::AnsweringMachine: return End::Machine;
    case CallOutcome::HumanAnswer:
    case CallOutcome::Pressed1:
    case CallOutcome::Pressed2: return End::Declined;
    case CallOutcome::Failed:
    case CallOutcome::NodeLost: break;
    }
    return End::Failed;
}

QString CampaignRunner::numberStatus(const LiveCall &call, const CallResult &result) const
{
    // Whatever stage it reached, a call lost with its node says nothing of the callee.
    if (result.outcome == CallOutcome::NodeLost)
        return NumberStatus::NodeLost;
    switch (pacingEnd(call, result)) {
    case PacingState::CallEnd::Completed: return NumberStatus::Connected;
    case PacingState::CallEnd::Abandoned: return NumberStatus::Abandoned;
    case PacingState::CallEnd::Machine: return NumberStatus::Machine;
    case PacingState::CallEnd::Declined: return NumberStatus::Declined;
    case PacingState::CallEnd::Busy: return NumberStatus::Busy;
    case PacingState::CallEnd::NoAnswer: return NumberStatus::NoAnswer;
    case PacingState::CallEnd::Congestion: return NumberStatus::Congestion;
    case PacingState::CallEnd::Failed: break;
    }
    return NumberStatus::Failed;
}

void CampaignRunner::record(const LiveCall &call, const CallResult &result, const QString &status)
{
    const qint64 endedAt = QDateTime::currentMSecsSinceEpoch();
    // A short call may end before its answer was reported on its own.
    const bool answered = call.answered || isAnswered(result.outcome);
    m_hopper->finish(call.number.id, status, endedAt);
    auto cdr = std::make_shared<CdrRecord>();
    cdr->customerId = m_campaign.customerId;
    cdr->campaignId = m_campaign.id;
    cdr->numberId = call.number.id;
    cdr->phone = call.number.phone;
    cdr->trunkId = m_trunk.id;
    if (result.serverId > 0)
        cdr->voiceServerId = result.serverId;
    cdr->engineId = m_context.engineId;
    cdr->uniqueId = result.uniqueId;
    cdr->channel = result.channel;
    cdr->startedAtMs = call.dialedAtMs;
    if (answered)
        cdr->answeredAtMs = call.dialedAtMs + result.ringMs;
    cdr->endedAtMs = endedAt;
    cdr->durationMs = endedAt - call.dialedAtMs;
    cdr->billableMs = answered ? result.talkMs : 0;
    cdr->disposition = status;
    if (result.hangupCause > 0)
        cdr->hangupCause = result.hangupCause;
    cdr->amdResult = QString::fromLatin1(result.amdStatus);
    m_context.db->enqueue(std::shared_ptr<const CdrRecord>(std::move(cdr)));
}

void CampaignRunner::finishIfDrained()
{
    if (m_stopping && m_calls.isEmpty()) {
        m_tick.stop();
        emit drained();
    }
}

QJsonObject CampaignRunner::sample(qint64 nowMs, qint64 dbQueue)
{
    const double t = now();
    const PacerFigures figures = m_pacer->figures();
    const int agents = m_agents->count();
    const int busy = m_agents->busyCount();
    const double busyPercent = agents > 0 ? 100.0 * busy / agents : 0.0;
    const double cps = m_counters.dialsPerSecond(t);
    QJsonObject s{{StatusKey::Time, double(nowMs)},
                  {StatusKey::ElapsedSeconds, double(nowMs - m_startedAtMs) / 1000.0},
                  {StatusKey::Dialed, double(m_counters.dialed)},
                  {StatusKey::BusyAgents, busy},
                  {StatusKey::Agents, agents},
                  {StatusKey::BusyPercent, busyPercent},
                  {StatusKey::AverageBusyPercent, m_counters.averageBusyPercent(busyPercent)},
                  {StatusKey::Cps, cps},
                  {StatusKey::HumanAnswered, double(m_counters.humans)},
                  {StatusKey::Connected, double(m_counters.connected)},
                  {StatusKey::Abandoned, double(m_counters.abandoned)},
                  {StatusKey::AbandonRate, figures.abandonRate},
                  {StatusKey::WindowAbandonRate, figures.windowAbandonRate},
                  {StatusKey::AbandonCap, figures.abandonCap},
                  {StatusKey::Pacer, figures.pacer},
                  {StatusKey::DbQueue, double(dbQueue)},
                  {StatusKey::Funnel, m_queuedInFunnel},
                  {StatusKey::OversPercent, m_counters.oversPercent(t)}};
    if (!figures.mode.isEmpty())
        s.insert(StatusKey::Mode, figures.mode);
    // Pacers that do not steer by time between calls show the measured one.
    if (figures.msBetweenCalls)
        s.insert(StatusKey::MsBetweenCalls, *figures.msBetweenCalls);
    else if (cps > 0.0)
        s.insert(StatusKey::MsBetweenCalls, 1000.0 / cps);
    putOptional(s, StatusKey::BoostPercent, figures.boostPercent);
    putOptional(s, StatusKey::Weight, figures.weight);
    putOptional(s, StatusKey::Cad, figures.cad);
    putOptional(s, StatusKey::TargetPercent, figures.targetBusyPercent);
    putOptional(s, StatusKey::ElasticityPercent, figures.elasticityPercent);
    if (figures.humanRateEstimate)
        s.insert(StatusKey::AnswerRateEstimate, *figures.humanRateEstimate);
    else if (m_counters.dialed > 0)
        s.insert(StatusKey::AnswerRateEstimate, double(m_counters.humans) / double(m_counters.dialed));
    return s;
}
