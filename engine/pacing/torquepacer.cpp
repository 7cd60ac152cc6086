#include "engine/pacing/torquepacer.h"

#include "engine/pacing/pacinglogging.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kBudgetScale = 2.0;        // abandons ahead (behind) for e times the limit
constexpr double kStartingLimitOfCap = 0.5; // the limit with the budget at zero
constexpr double kMaxLimit = 0.25;
constexpr double kMinLimitOfCap = 0.05;
constexpr int kMinBins = 8;                 // horizon, in bins
constexpr int kMaxBins = 90;
constexpr double kMaxBinSeconds = 1.0;      // real calls: one-second bins
constexpr double kMinBinSeconds = 0.1;      // the fastest campaigns
constexpr double kBinsPerReaction = 4.0;    // bins in a median ring + AMD
constexpr double kRingingBucket = 0.5;      // seconds of age sharing one curve (at most)
constexpr double kScreeningBucket = 0.25;

quint64 groupKey(PacingState::CallStage stage, double bucket)
{
    return (quint64(stage) << 32) | quint64(std::clamp(bucket, 0.0, 4e9));
}

} // namespace

TorquePacer::TorquePacer(const PacerSettings &settings)
    : Pacer(settings)
    , m_estimates(settings.dialTimeoutSeconds)
{
}

QString TorquePacer::name() const
{
    return QStringLiteral("torque");
}

// --- learning from events ---

void TorquePacer::onAgentLoggedOut(const PacingState::Agent &, double)
{
    m_estimates.agentLeft();
}

void TorquePacer::onAgentFreed(const PacingState::Agent &agent, double now)
{
    if (agent.state == PacingState::AgentState::WrapUp)
        m_estimates.wrappedUp(now - agent.since);
    m_estimates.agentStayed();
}

void TorquePacer::onCallAnswered(const PacingState::Call &call, double now)
{
    m_estimates.answered(now - call.dialedAt);
}

// Without AMD the answer and the verdict come together.
void TorquePacer::classify(const PacingState::Call &call, bool human, double now)
{
    if (call.stage == PacingState::CallStage::Ringing) {
        m_estimates.answered(now - call.dialedAt);
        m_estimates.classified(human, 0.0);
    } else {
        m_estimates.classified(human, now - call.answeredAt);
    }
}

void TorquePacer::onHumanAnswered(const PacingState::Call &call, double now)
{
    classify(call, true, now);
}

void TorquePacer::onMachineAnswered(const PacingState::Call &call, double now)
{
    classify(call, false, now);
}

void TorquePacer::onCallAbandoned(const PacingState::Call &, double now)
{
    m_recent.abandon(now);
}

void TorquePacer::onHumanNeedsAgent(const PacingState::Call &call, double now)
{
    m_recent.human(now);
    if (settings().pressOne && call.stage == PacingState::CallStage::Message)
        m_estimates.pressOneDecided(true, now - call.stageSince);
}

void TorquePacer::onCallEnded(const PacingState::Call &call, PacingState::CallEnd end, double now)
{
    using End = PacingState::CallEnd;
    switch (end) {
    case End::Busy:
    case End::Congestion:
    case End::Failed:
        if (call.stage == PacingState::CallStage::Ringing)
            m_estimates.failed(now - call.dialedAt);
        break;
    case End::NoAnswer:
        m_estimates.unanswered(now - call.dialedAt);
        break;
    case End::Declined:
        if (call.stage == PacingState::CallStage::Message)
            m_estimates.pressOneDecided(false, now - call.stageSince);
        break;
    case End::Completed:
        if (call.stage == PacingState::CallStage::Connected)
            m_estimates.talked(now - call.stageSince);
        break;
    case End::Machine:
    case End::Abandoned:
        break;
    }
}

// --- deciding ---

double TorquePacer::pressOneFactor() const
{
    return settings().pressOne ? m_estimates.pressOneRate() : 1.0;
}

// The abandons still allowed (cap x humans - abandons, whole run and rolling
// window) less a reserve kept in hand: the safety margin's share of the
// allowance, at least safetyAbandons, at most half. Small campaigns, where
// one abandon moves the rate most, keep the largest share.
double TorquePacer::abandonBudget(double now) const
{
    const AbandonMeter &meter = abandonMeter();
    const double allowance = settings().abandonCap * double(meter.windowHumans(now));
    const double reserve = std::min(std::max(settings().safetyMargin * allowance, settings().safetyAbandons),
                                    0.5 * allowance);
    return meter.budget(now) - std::max(0.0, reserve);
}

// Each abandon ahead multiplies the limit by e^(1/kBudgetScale), each one
// behind divides it. Starting at half the cap keeps the budget in
// equilibrium a little over one abandon ahead.
double TorquePacer::marginalAbandonLimit(double now) const
{
    const double cap = settings().abandonCap;
    const double budget = abandonBudget(now);
    const double limit = kStartingLimitOfCap * cap * std::exp(std::clamp(budget / kBudgetScale, -30.0, 30.0));
    return std::clamp(limit, cap * kMinLimitOfCap, kMaxLimit);
}

// One second suits real calls; a campaign whose humans come within a second
// or two of the dial (a fast simulation) needs finer bins, or whole crowds of
// agents and callers would share one.
double TorquePacer::binSecondsFor() const
{
    const double reaction = m_estimates.ring().quantile(0.5) + m_estimates.amdSeconds();
    return std::clamp(reaction / kBinsPerReaction, kMinBinSeconds, kMaxBinSeconds);
}

int TorquePacer::horizonBins() const
{
    double seconds = m_estimates.ring().quantile(0.995) + m_estimates.amdSeconds() + 2.0;
    if (settings().pressOne)
        seconds += m_estimates.message().quantile(0.995);
    return std::clamp(int(std::ceil(seconds / m_binSeconds)), kMinBins, kMaxBins);
}

// The tables behind the forecast change slowly: rebuilt
// every second while learning, then twice a minute.
void TorquePacer::refreshModels(double now)
{
    if (now < m_nextRefresh)
        return;
    m_estimates.rebuild();
    m_binSeconds = binSecondsFor();
    m_bins = horizonBins();
    const double maxElapsed = std::max(m_estimates.noAnswerSeconds(), m_estimates.ring().quantile(0.999)) + 2.0;
    m_arrivals.rebuild(m_estimates.ring(), m_estimates.amdSeconds(),
                       settings().pressOne ? &m_estimates.message() : nullptr, m_bins, maxElapsed, m_binSeconds);
    m_scratch.assign(std::size_t(m_bins) + 1, 0.0);
    // While learning the models move fast: a fast campaign (short rings)
    // must not dial for seconds on the priors.
    const bool learning = m_estimates.outcomes().resolved() < 500;
    m_nextRefresh = now + (learning ? 1.0 : 30.0);
}

// Agents free by the start of each bin plus the abandon time: a human
// arriving anywhere in the bin waits at least that long, so the count never
// includes an agent who would come too late for it (mid-bin would, and with
// short calls and many agents that is a crowd).
void TorquePacer::addAgentSupply(double now)
{
    const double stay = 1.0 - m_estimates.leaveChance();
    const double patience = settings().abandonAfterSeconds;
    const double wrapMean = m_estimates.wrap().mean();
    m_forecast.addFreeAgents(state().freeAgents());
    for (const PacingState::Agent &a : state().agents()) {
        const double elapsed = now - a.since;
        if (a.state == PacingState::AgentState::Talking)
            m_estimates.talk().conditionalCdfs(elapsed, patience - wrapMean, m_binSeconds, m_bins, &m_scratch[1]);
        else if (a.state == PacingState::AgentState::WrapUp)
            m_estimates.wrap().conditionalCdfs(elapsed, patience, m_binSeconds, m_bins, &m_scratch[1]);
        else
            continue;
        for (int k = 1; k <= m_bins; ++k)
            m_scratch[std::size_t(k)] *= stay;
        m_forecast.addBusyAgent(m_scratch.data());
    }
}

// P(a call still ringing after `elapsed` s is a human who will need an
// agent): its prior share against every outcome still possible by then.
double TorquePacer::ringingWeight(double elapsed) const
{
    const TorqueEstimates &e = m_estimates;
    const double ringing = e.ring().survival(elapsed);
    const double human = e.humanShare() * ringing;
    double z = (e.humanShare() + e.machineShare()) * ringing;
    if (elapsed < e.noAnswerSeconds())
        z += e.unansweredShare();
    if (elapsed < e.failSeconds())
        z += e.failedShare();
    return z > 1e-12 ? human / z * pressOneFactor() : 0.0;
}

void TorquePacer::needCurve(PacingState::CallStage stage, double age, double *out) const
{
    std::fill(out, out + m_bins + 1, 0.0);
    const double p1 = pressOneFactor();
    switch (stage) {
    case PacingState::CallStage::Ringing:
        m_arrivals.accumulate(age, ringingWeight(age), out);
        break;
    case PacingState::CallStage::Screening: {
        const TorqueEstimates &e = m_estimates;
        const double human = e.humanShare() / std::max(1e-9, e.humanShare() + e.machineShare());
        const double remaining = std::max(0.0, e.amdSeconds() - age);
        const double b = m_binSeconds;
        for (int k = 1; k <= m_bins; ++k)
            out[k] = settings().pressOne ? human * p1 * e.message().cdf(k * b - remaining)
                                         : human * std::clamp((k * b - remaining) / b + 0.5, 0.0, 1.0);
        break;
    }
    case PacingState::CallStage::Message:
        m_estimates.message().conditionalCdfs(age, 0.0, m_binSeconds, m_bins + 1, out);
        for (int k = 0; k <= m_bins; ++k)
            out[k] *= p1;
        break;
    case PacingState::CallStage::Waiting:
    case PacingState::CallStage::Connected:
        break;
    }
}

// Calls in the same stage and of the same age (to a quarter or half second)
// share one curve: a few dozen curves a tick however many calls are up.
void TorquePacer::addCallDemand(double now)
{
    const double ringingBucket = std::min(kRingingBucket, m_binSeconds / 2.0);
    const double screeningBucket = std::min(kScreeningBucket, m_binSeconds / 4.0);
    m_groups.clear();
    for (const PacingState::Call &c : state().calls()) {
        switch (c.stage) {
        case PacingState::CallStage::Waiting:
            m_forecast.addWaitingHuman();
            break;
        case PacingState::CallStage::Ringing:
            m_groups.push_back(groupKey(c.stage, (now - c.dialedAt) / ringingBucket));
            break;
        case PacingState::CallStage::Screening:
            m_groups.push_back(groupKey(c.stage, (now - c.answeredAt) / screeningBucket));
            break;
        case PacingState::CallStage::Message:
            m_groups.push_back(groupKey(c.stage, (now - c.stageSince) / ringingBucket));
            break;
        case PacingState::CallStage::Connected:
            break;
        }
    }
    std::sort(m_groups.begin(), m_groups.end());
    for (std::size_t i = 0; i < m_groups.size();) {
        std::size_t j = i;
        while (j < m_groups.size() && m_groups[j] == m_groups[i])
            ++j;
        const auto stage = PacingState::CallStage(m_groups[i] >> 32);
        const double bucket = stage == PacingState::CallStage::Screening ? screeningBucket : ringingBucket;
        const double age = (double(m_groups[i] & 0xffffffff) + 0.5) * bucket;
        needCurve(stage, age, m_scratch.data());
        m_forecast.addCall(m_scratch.data(), int(j - i));
        i = j;
    }
    const double fresh = m_estimates.humanShare() * pressOneFactor();
    for (int k = 0; k <= m_bins; ++k)
        m_scratch[std::size_t(k)] = fresh * m_arrivals.fresh(k);
    m_forecast.setNewCall(m_scratch.data());
}

void TorquePacer::buildForecast(double now)
{
    m_forecast.reset(m_bins);
    addAgentSupply(now);
    addCallDemand(now);
    double uncertainty = m_estimates.outcomes().humanRelativeVariance();
    if (settings().pressOne)
        uncertainty += m_estimates.pressOneRelativeVariance();
    m_forecast.setRateUncertainty(uncertainty);
}

int TorquePacer::maxCallsNow() const
{
    int calls = settings().maxCps > 0 ? int(std::ceil(settings().maxCps)) : 50;
    if (settings().maxChannels > 0)
        calls = std::min(calls, settings().maxChannels - state().callsInProgress());
    return std::max(0, calls);
}

int TorquePacer::decide(double now)
{
    if (m_lastDecide >= 0)
        m_estimates.timePassed(now - m_lastDecide);
    m_lastDecide = now;
    refreshModels(now);
    const int progressive = progressiveCalls();
    // Failures resolve in a moment, humans only after ring and AMD: until
    // most dials have resolved, the outcome shares undercount humans.
    const qint64 resolved = m_estimates.outcomes().resolved();
    const bool enough = state().loggedInAgents() >= settings().minPredictiveAgents
        && resolved >= settings().warmUpDials && resolved * 2 >= state().dialed();
    if (enough != m_predicting) {
        m_predicting = enough;
        // The first prediction uses what the warm-up taught, not the priors.
        m_nextRefresh = now;
        refreshModels(now);
        qCDebug(lcPacing) << "torque:" << (enough ? "predictive" : "progressive") << "with"
                          << state().loggedInAgents() << "agents";
    }
    if (!m_predicting || state().loggedInAgents() == 0)
        return progressive;
    m_limit = marginalAbandonLimit(now);
    // Abandons far above the cap in the last minute: the forecast is wrong
    // (timings or rates it has not learnt yet). Dial only for free agents
    // until they leave the window.
    m_recovering = m_recent.alarmed(now, settings().abandonCap);
    if (m_recovering)
        return progressive;
    buildForecast(now);
    const int calls = m_forecast.callsWithin(m_limit, maxCallsNow());
    m_expectedAbandons = m_forecast.expectedAbandons(calls);
    return std::max(progressive, calls);
}

PacerFigures TorquePacer::figures() const
{
    PacerFigures f = baseFigures();
    const TorqueEstimates &e = m_estimates;
    f.mode = !m_predicting ? QStringLiteral("progressive")
        : m_recovering   ? QStringLiteral("recovering")
                         : QStringLiteral("predictive");
    f.abandonBudget = abandonBudget(now());
    f.humanRateEstimate = e.humanShare();
    f.machineRateEstimate = e.machineShare();
    if (settings().pressOne)
        f.pressOneRateEstimate = e.pressOneRate();
    f.ringSecondsEstimate = e.ring().mean();
    f.talkSecondsEstimate = e.talk().mean();
    f.wrapSecondsEstimate = e.wrap().mean();
    f.agentLeaveEstimate = e.leaveChance();
    f.marginalAbandonLimit = marginalAbandonLimit(now());
    f.expectedAbandons = m_expectedAbandons;
    return f;
}
