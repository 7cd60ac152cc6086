#include "engine/sim/pacing/pacesimulator.h"

#include "engine/pacing/pacer.h"
#include "engine/pacing/pacerfigures.h"
#include "engine/pacing/pacersettings.h"
#include "engine/sim/pacing/simrandom.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kFailSeconds = 2.0;
constexpr qint64 kTicksPerSecond = 10;

using End = PacingState::CallEnd;

} // namespace

bool PaceSimulator::Event::operator>(const Event &o) const
{
    if (time != o.time)
        return time > o.time;
    if (priority != o.priority)
        return priority > o.priority;
    return seq > o.seq;
}

PaceSimulator::PaceSimulator(const PaceScenario &scenario, Pacer &pacer)
    : m_scenario(scenario)
    , m_pacer(pacer)
    , m_agents(scenario.durationSeconds)
{
}

PacerSettings PaceSimulator::settingsFor(const PaceScenario &scenario)
{
    PacerSettings s;
    s.abandonCap = scenario.abandonCap;
    s.abandonAfterSeconds = scenario.abandonAfterSeconds;
    s.dialTimeoutSeconds = scenario.noAnswerTimeoutSeconds;
    s.pressOne = scenario.press1Rate.has_value();
    s.maxCps = scenario.maxCps;
    s.maxChannels = scenario.maxChannels;
    s.shiftEndSeconds = scenario.durationSeconds;
    return s;
}

void PaceSimulator::schedule(double time, EventType type, qint64 id)
{
    m_events.push(Event{time, int(type), m_seq++, type, id});
}

PaceResult PaceSimulator::run()
{
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = 0; i < m_scenario.agents.size(); ++i) {
        if (m_scenario.agents[i].at < m_scenario.durationSeconds)
            schedule(m_scenario.agents[i].at, EventType::AgentStep, qint64(i));
    }
    qint64 tickIndex = 0;
    for (;;) {
        const double tickTime = double(tickIndex) / double(kTicksPerSecond);
        const bool ticking = tickTime < m_scenario.durationSeconds;
        if (!m_events.empty() && (!ticking || m_events.top().time <= tickTime)) {
            const Event e = m_events.top();
            m_events.pop();
            handle(e);
        } else if (ticking) {
            tick(tickIndex++);
        } else {
            break;
        }
    }
    m_agents.finish();
    PaceResult r = result();
    r.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    r.trace = std::move(m_trace);
    return r;
}

void PaceSimulator::handle(const Event &e)
{
    switch (e.type) {
    case EventType::AgentStep:
        agentStep(std::size_t(e.id), e.time);
        break;
    case EventType::WrapEnd:
        wrapEnded(int(e.id), e.time);
        break;
    case EventType::TalkEnd:
        talkEnded(e.id, e.time);
        break;
    case EventType::CallProgress:
        progress(e.id, e.time);
        break;
    case EventType::AbandonDeadline:
        abandonDeadline(e.id, e.time);
        break;
    }
}

// --- dialling ---

bool PaceSimulator::dialAllowed(qint64 tickIndex) const
{
    const qint64 inWindow = std::count_if(m_recentDialTicks.begin(), m_recentDialTicks.end(),
                                          [&](qint64 t) { return t > tickIndex - kTicksPerSecond; });
    return double(inWindow) + 1.0 <= m_scenario.maxCps + 1e-9 && m_channels < m_scenario.maxChannels;
}

void PaceSimulator::tick(qint64 index)
{
    while (!m_recentDialTicks.empty() && m_recentDialTicks.front() <= index - kTicksPerSecond)
        m_recentDialTicks.pop_front();
    const double now = double(index) / double(kTicksPerSecond);
    const int wanted = m_pacer.callsToLaunch(now);
    for (int i = 0; i < wanted && dialAllowed(index); ++i)
        dial(now, index);
    m_peakCps = std::max(m_peakCps, int(m_recentDialTicks.size()));
    if (m_traceSeconds > 0 && now >= m_nextTrace) {
        QJsonObject figures = m_pacer.figures().toJson();
        figures.insert(QStringLiteral("t"), now);
        figures.insert(QStringLiteral("abandonedSoFar"), m_abandoned);
        figures.insert(QStringLiteral("needingSoFar"), m_needing);
        m_trace.push_back(figures);
        m_nextTrace = now + m_traceSeconds;
    }
}

// The dial's own random stream decides everything about it now, with the
// rates in force; all draws happen whatever the outcome.
void PaceSimulator::dial(double now, qint64 tickIndex)
{
    const qint64 id = qint64(m_calls.size());
    SimRandom random = SimRandom::stream(m_scenario.seed, quint64(id));
    const PaceScenario::Rates rates = m_scenario.ratesAt(now);
    const double u = random.uniform();
    Call call;
    if (u < rates.human)
        call.outcome = Outcome::Human;
    else if (u < rates.human + rates.machine)
        call.outcome = Outcome::Machine;
    else if (u < rates.human + rates.machine + rates.busy)
        call.outcome = Outcome::Busy;
    else if (u < rates.human + rates.machine + rates.busy + rates.congestion)
        call.outcome = Outcome::Congestion;
    call.ring = m_scenario.ringSeconds.sample(random);
    call.talk = m_scenario.talkSeconds.sample(random);
    call.wrap = m_scenario.wrapSeconds.sample(random);
    call.message = m_scenario.messageSeconds.sample(random);
    call.pressesOne = m_scenario.press1Rate && random.uniform() < *m_scenario.press1Rate;
    m_calls.push_back(call);
    m_recentDialTicks.push_back(tickIndex);
    m_peakChannels = std::max(m_peakChannels, ++m_channels);
    m_pacer.callDialed(id, now);
    switch (call.outcome) {
    case Outcome::Busy:
    case Outcome::Congestion:
        schedule(now + kFailSeconds, EventType::CallProgress, id);
        break;
    case Outcome::NoAnswer:
        schedule(now + m_scenario.noAnswerTimeoutSeconds, EventType::CallProgress, id);
        break;
    case Outcome::Human:
    case Outcome::Machine:
        schedule(now + call.ring, EventType::CallProgress, id);
        break;
    }
}

// --- a call's life ---

void PaceSimulator::progress(qint64 callId, double now)
{
    Call &c = m_calls[std::size_t(callId)];
    switch (c.stage) {
    case Stage::Dialled:
        if (c.outcome == Outcome::Busy)
            return endCall(callId, int(End::Busy), now);
        if (c.outcome == Outcome::Congestion)
            return endCall(callId, int(End::Congestion), now);
        if (c.outcome == Outcome::NoAnswer)
            return endCall(callId, int(End::NoAnswer), now);
        c.stage = Stage::Answered;
        m_pacer.callAnswered(callId, now);
        if (m_scenario.amdSeconds > 0)
            return schedule(now + m_scenario.amdSeconds, EventType::CallProgress, callId);
        return classify(callId, now);
    case Stage::Answered:
        return classify(callId, now);
    case Stage::Message:
        if (c.pressesOne)
            return needAgent(callId, now);
        return endCall(callId, int(End::Declined), now);
    case Stage::Waiting:
    case Stage::Talking:
    case Stage::Done:
        return;
    }
}

void PaceSimulator::classify(qint64 callId, double now)
{
    Call &c = m_calls[std::size_t(callId)];
    if (c.outcome == Outcome::Machine) {
        m_pacer.machineAnswered(callId, now);
        return endCall(callId, int(End::Machine), now);
    }
    ++m_humans;
    m_pacer.humanAnswered(callId, now);
    if (m_scenario.press1Rate) {
        c.stage = Stage::Message;
        return schedule(now + c.message, EventType::CallProgress, callId);
    }
    needAgent(callId, now);
}

void PaceSimulator::needAgent(qint64 callId, double now)
{
    ++m_needing;
    m_calls[std::size_t(callId)].stage = Stage::Waiting;
    m_pacer.humanNeedsAgent(callId, now);
    if (m_agents.hasFree())
        return connect(callId, now);
    m_waiting.push_back(callId);
    schedule(now + m_scenario.abandonAfterSeconds, EventType::AbandonDeadline, callId);
}

void PaceSimulator::connect(qint64 callId, double now)
{
    Call &c = m_calls[std::size_t(callId)];
    c.agent = m_agents.connect(now);
    c.stage = Stage::Talking;
    m_pacer.callConnected(callId, c.agent, now);
    schedule(now + c.talk, EventType::TalkEnd, callId);
}

void PaceSimulator::endCall(qint64 callId, int end, double now)
{
    m_calls[std::size_t(callId)].stage = Stage::Done;
    --m_channels;
    m_pacer.callEnded(callId, End(end), now);
}

void PaceSimulator::talkEnded(qint64 callId, double now)
{
    const int agent = m_calls[std::size_t(callId)].agent;
    endCall(callId, int(End::Completed), now);
    m_agents.startWrap(agent, now);
    schedule(now + m_calls[std::size_t(callId)].wrap, EventType::WrapEnd, agent);
}

void PaceSimulator::wrapEnded(int agentId, double now)
{
    if (m_agents.finishWrap(agentId, now)) {
        m_pacer.agentFreed(agentId, now);
        serveWaiting(now);
    } else {
        m_pacer.agentLoggedOut(agentId, now);
    }
}

void PaceSimulator::serveWaiting(double now)
{
    while (!m_waiting.empty() && m_agents.hasFree()) {
        const qint64 callId = m_waiting.front();
        m_waiting.pop_front();
        connect(callId, now);
    }
}

void PaceSimulator::abandonDeadline(qint64 callId, double now)
{
    if (m_calls[std::size_t(callId)].stage != Stage::Waiting)
        return;
    m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), callId));
    ++m_abandoned;
    m_pacer.callAbandoned(callId, now);
    endCall(callId, int(End::Abandoned), now);
}

void PaceSimulator::agentStep(std::size_t step, double now)
{
    const SimAgentPool::Change change = m_agents.setCount(m_scenario.agents[step].count, now);
    for (int id : change.loggedOut)
        m_pacer.agentLoggedOut(id, now);
    for (int id : change.loggedIn)
        m_pacer.agentLoggedIn(id, now);
    serveWaiting(now);
}

// --- figures ---

PaceResult PaceSimulator::result() const
{
    PaceResult r;
    r.scenario = m_scenario.name;
    r.seed = m_scenario.seed;
    r.pacer = m_pacer.name();
    r.abandonCap = m_scenario.abandonCap;
    r.occupancy = m_agents.loggedInSeconds() > 0 ? m_agents.busySeconds() / m_agents.loggedInSeconds() : 0.0;
    r.abandonRate = m_needing > 0 ? double(m_abandoned) / double(m_needing) : 0.0;
    std::vector<double> waits = m_agents.waits();
    if (!waits.empty()) {
        double sum = 0;
        for (double w : waits)
            sum += w;
        r.meanWaitSeconds = sum / double(waits.size());
        std::sort(waits.begin(), waits.end());
        const std::size_t rank = std::size_t(std::ceil(0.95 * double(waits.size())));
        r.p95WaitSeconds = waits[std::max<std::size_t>(rank, 1) - 1];
    }
    r.dialed = qint64(m_calls.size());
    r.humanAnswered = m_humans;
    r.humansNeedingAgent = m_needing;
    r.abandoned = m_abandoned;
    r.peakCps = m_peakCps;
    r.peakChannels = m_peakChannels;
    return r;
}
