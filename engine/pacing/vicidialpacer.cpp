#include "engine/pacing/vicidialpacer.h"

#include "engine/pacing/pacinglogging.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kSampleSeconds = 1.0;
constexpr std::size_t kSamples = 15;
constexpr double kLevelSeconds = 15.0;
constexpr double kDropSeconds = 60.0;
constexpr double kDialLoopSeconds = 2.5;

} // namespace

VicidialPacer::VicidialPacer(const PacerSettings &settings, Tally tally)
    : Pacer(settings)
    , m_tally(tally)
    , m_level(std::clamp(settings.dialLevel, 1.0, std::max(1.0, settings.adaptiveMaximumLevel)))
{
}

QString VicidialPacer::name() const
{
    return m_tally == Tally::ReadyOnly ? QStringLiteral("vicidial-ready") : QStringLiteral("vicidial");
}

void VicidialPacer::onCallDialed(double now)
{
    m_dialTimes.push_back(now);
}

void VicidialPacer::onCallAbandoned(const PacingState::Call &, double now)
{
    m_dropTimes.push_back(now);
}

// count_agents_lines: READY agents, LIVE calls (waiting for an agent), all
// logged-in agents (paused and in wrap-up included).
void VicidialPacer::takeSample()
{
    m_samples.push_back(Sample{state().freeAgents(), state().humansWaiting(), state().loggedInAgents()});
    while (m_samples.size() > kSamples)
        m_samples.pop_front();
}

// calculate_drops: counts as of now, used until the next refresh.
void VicidialPacer::refreshDropStats(double now)
{
    while (!m_dialTimes.empty() && m_dialTimes.front() <= now - 60.0)
        m_dialTimes.pop_front();
    while (!m_dropTimes.empty() && m_dropTimes.front() <= now - 60.0)
        m_dropTimes.pop_front();
    m_callsOneMinute = qint64(m_dialTimes.size());
    m_dropsOneMinute = qint64(m_dropTimes.size());
    m_callsToday = state().dialed();
    m_answersToday = state().humansNeedingAgent();
    m_dropsToday = state().abandoned();
}

double VicidialPacer::applyDropGuards(double level, double now) const
{
    if (m_callsOneMinute > 20 && 100.0 * double(m_dropsOneMinute) / double(m_callsOneMinute) > 50.0)
        level /= 2.0;
    const double answers = double(std::max<qint64>(1, m_answersToday));
    const double dropPct = m_dropsToday > 0 ? 100.0 * double(m_dropsToday) / answers : 0.0;
    if (m_callsToday <= 50 || dropPct <= settings().adaptiveDroppedPercentage)
        return level;
    switch (settings().dropMode) {
    case PacerSettings::DropMode::HardLimit:
        return 1.0;
    case PacerSettings::DropMode::Average:
        return level / 2.0;
    case PacerSettings::DropMode::Tapered: {
        // Hours left to the latest calling time; over ten hours: no taper.
        const double end = settings().shiftEndSeconds;
        if (end <= 0)
            return level;
        const double hoursLeft = (end - now) / 3600.0;
        if (hoursLeft < 0)
            return 1.0;
        return level * std::min(1.0, hoursLeft / 10.0);
    }
    }
    return level;
}

// calculate_dial_level
void VicidialPacer::recomputeLevel(double now)
{
    if (m_samples.empty())
        return;
    double ready = 0, waiting = 0, total = 0;
    for (const Sample &s : m_samples) {
        ready += s.ready;
        waiting += s.waiting;
        total += s.total;
    }
    const double n = double(m_samples.size());
    const double agentsAverage = total / n;
    if (agentsAverage <= 0)
        return; // AST_VDadapt only adapts with agents logged in
    const double differentialTarget = ready / n - waiting / n + settings().adaptiveDiffTarget;
    const double pctRaw = 100.0 * differentialTarget / agentsAverage;
    const double intensityMul = settings().adaptiveIntensity / 100.0;
    const double intensityDiff = pctRaw < 0 ? pctRaw * std::abs(intensityMul - 1.0) : pctRaw * (intensityMul + 1.0);
    double level = m_level * (intensityDiff / 100.0 + 1.0);
    level = std::min(level, settings().adaptiveMaximumLevel);
    level = std::max(level, 1.0);
    const double guarded = applyDropGuards(level, now);
    if ((guarded < level) != m_guardActive) {
        m_guardActive = guarded < level;
        qCDebug(lcPacing) << name() << (m_guardActive ? "drop guard on, level" : "drop guard off, level") << guarded;
    }
    m_level = std::max(guarded, 1.0);
}

// AST_VDauto_dial: goal = round(level x agents) (+ calls with agents in Y
// mode) minus the calls up (ringing, live, with agents).
int VicidialPacer::dialLoop() const
{
    const PacingState &s = state();
    const int talking = s.agentsIn(PacingState::AgentState::Talking);
    const double agents = m_tally == Tally::ReadyOnly ? s.freeAgents() : s.freeAgents() + talking;
    const double counted = std::max(0.0, agents + settings().adaptiveDiffTarget);
    double goal = std::round(m_level * counted);
    if (m_tally == Tally::ReadyOnly)
        goal += s.callsIn(PacingState::CallStage::Connected);
    if (s.loggedInAgents() == 0)
        goal = 0;
    return int(goal) - s.callsInProgress();
}

int VicidialPacer::decide(double now)
{
    if (m_nextSample < 0) {
        m_nextSample = now;
        m_nextLevel = now + kLevelSeconds;
        m_nextDrops = now;
        m_nextDial = now;
    }
    while (m_nextSample <= now) {
        takeSample();
        m_nextSample += kSampleSeconds;
    }
    if (m_nextDrops <= now) {
        refreshDropStats(now);
        m_nextDrops = now + kDropSeconds;
    }
    if (m_nextLevel <= now) {
        recomputeLevel(now);
        m_nextLevel = now + kLevelSeconds;
    }
    if (m_nextDial > now)
        return 0;
    m_nextDial += kDialLoopSeconds;
    if (m_nextDial <= now)
        m_nextDial = now + kDialLoopSeconds;
    return dialLoop();
}

PacerFigures VicidialPacer::figures() const
{
    PacerFigures f = baseFigures();
    f.mode = m_guardActive ? QStringLiteral("drop-guard") : QStringLiteral("adaptive");
    f.dialLevel = m_level;
    f.abandonBudget = abandonMeter().budget(now(), settings().adaptiveDroppedPercentage / 100.0);
    return f;
}
