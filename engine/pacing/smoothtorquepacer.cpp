#include "engine/pacing/smoothtorquepacer.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kSampleSeconds = 1.0;
constexpr double kAverageSeconds = 30.0;  // the "Average" busy figure
constexpr double kWeightSeconds = 20.0;
constexpr double kGain = 2.0;             // correction per unit of busy error
constexpr double kWeightGain = 0.5;       // correction per unit of busy trend (per minute)
constexpr double kCadSeconds = 300.0;     // CAD forgets over five minutes
constexpr double kCadGain = 0.5;          // correction per minute of excess speed
constexpr double kRateMemory = 200.0;     // dials in the connect-rate average
constexpr double kHandleMemory = 50.0;    // calls in the talk and wrap-up averages
constexpr double kMinSpeed = 0.02;

double ewStep(double seconds, double tau)
{
    return 1.0 - std::exp(-seconds / tau);
}

} // namespace

SmoothTorquePacer::SmoothTorquePacer(const PacerSettings &settings)
    : Pacer(settings)
    , m_connectRate(settings.expectedRate)
{
}

QString SmoothTorquePacer::name() const
{
    return QStringLiteral("smoothtorque");
}

// From drive_min with one agent towards drive_max as the team grows: 8
// agents give ~59%, as on the manual's status line.
double SmoothTorquePacer::targetBusyPercent() const
{
    const double agents = std::max(1, state().loggedInAgents());
    const PacerSettings &s = settings();
    return s.driveMax - (s.driveMax - s.driveMin) / agents;
}

double SmoothTorquePacer::idealSpeed() const
{
    const double agents = state().loggedInAgents();
    const double handle = std::max(1.0, m_talkSeconds + m_wrapSeconds);
    return targetBusyPercent() / 100.0 * agents / (handle * std::max(1e-4, m_connectRate));
}

double SmoothTorquePacer::speedLimit() const
{
    return settings().maxCps > 0 ? settings().maxCps : 1000.0;
}

double SmoothTorquePacer::callsPerSecond() const
{
    return std::clamp(m_speed * (1.0 + m_boost / 100.0), kMinSpeed, speedLimit());
}

void SmoothTorquePacer::onCallDialed(double)
{
    m_connectRate += (0.0 - m_connectRate) / kRateMemory;
}

void SmoothTorquePacer::onHumanNeedsAgent(const PacingState::Call &, double)
{
    m_connectRate += 1.0 / kRateMemory;
}

void SmoothTorquePacer::onCallEnded(const PacingState::Call &call, PacingState::CallEnd end, double now)
{
    if (end == PacingState::CallEnd::Completed && call.stage == PacingState::CallStage::Connected)
        m_talkSeconds += (now - call.stageSince - m_talkSeconds) / kHandleMemory;
}

// The wrap-up is part of the handling time.
void SmoothTorquePacer::onAgentFreed(const PacingState::Agent &agent, double now)
{
    if (agent.state == PacingState::AgentState::WrapUp)
        m_wrapSeconds += (now - agent.since - m_wrapSeconds) / kHandleMemory;
}

// Reversals of the correction's direction mean oscillation: damp it, then
// let it grow back to full size over about two minutes.
void SmoothTorquePacer::updateElasticity(double step)
{
    if (step * m_lastStep < 0 && std::abs(step - m_lastStep) > 0.05)
        m_elasticity = std::max(0.2, m_elasticity * 0.8);
    else
        m_elasticity = std::min(1.0, m_elasticity + 0.01);
    m_lastStep = step;
}

// Busy agents well under target while the trunk has room: run over speed
// for a while to build a base of calls; otherwise let the boost fade.
void SmoothTorquePacer::updateBoost()
{
    const bool lagging = m_avgBusy < targetBusyPercent() - 5.0;
    const bool room = callsPerSecond() < 0.9 * speedLimit();
    if (lagging && room)
        m_boost = std::min(50.0, m_boost + 1.0);
    else
        m_boost = std::max(0.0, m_boost * 0.9 - 0.5);
}

// The ideal speed (the target busy agents over the handling time and the
// connect rate seen lately) times a correction from the busy error, less the
// trend (Weight) and the recent excess of speed over ideal (CAD), damped by
// the elasticity.
void SmoothTorquePacer::sample(double)
{
    const PacingState &s = state();
    const double agents = s.loggedInAgents();
    const double busy = agents > 0 ? 100.0 * (agents - s.freeAgents()) / agents : 0.0;
    if (!m_seeded) {
        m_avgBusy = busy;
        m_lastBusy = busy;
        m_seeded = true;
    }
    m_avgBusy += (busy - m_avgBusy) * ewStep(kSampleSeconds, kAverageSeconds);
    m_weight += ((busy - m_lastBusy) * 60.0 - m_weight) * ewStep(kSampleSeconds, kWeightSeconds);
    m_lastBusy = busy;

    const double ideal = std::max(kMinSpeed, idealSpeed());
    m_cad += (callsPerSecond() - ideal) * kSampleSeconds - m_cad * ewStep(kSampleSeconds, kCadSeconds);
    const double error = (targetBusyPercent() - m_avgBusy) / 100.0;
    double correction = kGain * error - kWeightGain * m_weight / 100.0 - kCadGain * m_cad / (60.0 * ideal);
    correction = std::clamp(correction, -0.8, 1.0) * m_elasticity;
    updateElasticity(correction);
    m_speed = std::clamp(ideal * (1.0 + correction), kMinSpeed, speedLimit());
    updateBoost();
}

int SmoothTorquePacer::decide(double now)
{
    if (m_nextSample < 0)
        m_nextSample = now;
    while (m_nextSample <= now) {
        sample(m_nextSample);
        m_nextSample += kSampleSeconds;
    }
    if (state().loggedInAgents() == 0) {
        m_nextDialAt = -1;
        return 0;
    }
    const double interval = 1.0 / callsPerSecond();
    if (m_nextDialAt < 0 || m_nextDialAt < now - 1.0)
        m_nextDialAt = now;
    int calls = 0;
    while (m_nextDialAt <= now) {
        ++calls;
        m_nextDialAt += interval;
    }
    return calls;
}

PacerFigures SmoothTorquePacer::figures() const
{
    PacerFigures f = baseFigures();
    const PacingState &s = state();
    f.mode = QStringLiteral("time-between-calls");
    f.targetBusyPercent = targetBusyPercent();
    f.busyPercent = s.loggedInAgents() > 0 ? 100.0 * (s.loggedInAgents() - s.freeAgents()) / s.loggedInAgents() : 0.0;
    f.averageBusyPercent = m_avgBusy;
    f.weight = m_weight;
    f.cad = m_cad;
    f.elasticityPercent = 100.0 * m_elasticity;
    f.boostPercent = m_boost;
    f.msBetweenCalls = 1000.0 / callsPerSecond();
    return f;
}
