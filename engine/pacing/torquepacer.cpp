#include "engine/pacing/torquepacer.h"

#include "engine/pacing/pacinglogging.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double kBudgetScale = 2.0;        // abandons ahead (behind) for e times the limit, at least
constexpr double kBudgetScaleSeconds = 60.0;
// The limit with the budget at zero. Large campaigns soon settle wherever
// it starts; small ones, whose humans come a few an hour, would spend most
// of the shift getting there from lower.
constexpr double kStartingLimitOfTarget = 3.0;
constexpr double kMaxLimit = 0.25;
constexpr double kReserveDeviations = 1.0;  // the reserve, in standard deviations of the final abandons
constexpr double kDispersionPower = 0.5;    // how much bursty abandons widen it
constexpr double kHumanRateSeconds = 600.0; // humans a second, smoothed over ten minutes
constexpr double kUnknownShiftAheadSeconds = 3600.0;
constexpr double kMinLimitOfTarget = 0.05;
constexpr int kMinBins = 8;                 // horizon, in bins
constexpr int kMaxBins = 90;
constexpr double kMaxBinSeconds = 1.0;      // real calls: one-second bins
constexpr double kMinBinSeconds = 0.1;      // the fastest campaigns
constexpr double kBinsPerReaction = 4.0;    // bins in a median ring + AMD
constexpr double kRingingBucket = 0.5;      // seconds of age sharing one curve (at most)
constexpr double kScreeningBucket = 0.25;
constexpr int kExactMaxAgents = 8;          // the forecast is exact up to this team...
constexpr int kExactMaxCalls = 40;          // ...and calls up
constexpr double kRefreshReactions = 20.0;  // models rebuilt every this many median ring + AMD times...
constexpr double kMaxRefreshSeconds = 30.0; // ...at most this long apart
constexpr int kLearningDials = 500;         // models rebuilt every second until this many dials resolved...
constexpr int kLearningRings = 200;         // ...and this many ring times learnt
constexpr double kWaitSlackSeconds = 0.05;  // an abandon this close to the abandon time is the rule's
// Agents in a state for about the same time (a sixtieth of its median, at
// least a quarter of a bin, at most five seconds) share one curve.
constexpr double kAgentBucketShare = 1.0 / 60.0;
constexpr double kMaxAgentBucket = 5.0;
// The kinds of AgeGroups this pacer counts.
enum GroupKind { kTalking, kWrapping, kRinging, kScreening, kListening, kGroupKinds };

} // namespace

TorquePacer::TorquePacer(const PacerSettings &settings)
    : Pacer(settings)
    , m_estimates(settings.dialTimeoutSeconds)
    , m_groups(kGroupKinds)
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

void TorquePacer::onCallDialed(double now)
{
    m_estimates.dialed(now);
}

void TorquePacer::onCallAnswered(const PacingState::Call &call, double now)
{
    m_estimates.answered(call.dialedAt, now);
}

// Without AMD the answer and the verdict come together.
void TorquePacer::classify(const PacingState::Call &call, bool human, double now)
{
    if (call.stage == PacingState::CallStage::Ringing) {
        m_estimates.answered(call.dialedAt, now);
        m_estimates.classified(human, 0.0, call.dialedAt, now);
    } else {
        m_estimates.classified(human, now - call.answeredAt, call.dialedAt, now);
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

void TorquePacer::onCallConnected(const PacingState::Call &call, double now)
{
    if (call.stage == PacingState::CallStage::Waiting)
        m_estimates.waitedPatiently(now - call.stageSince);
}

// A human who hung up before the abandon time tells how patient callers are.
void TorquePacer::onCallAbandoned(const PacingState::Call &call, double now)
{
    if (call.stage == PacingState::CallStage::Waiting) {
        const double waited = now - call.stageSince;
        if (waited < settings().abandonAfterSeconds - kWaitSlackSeconds)
            m_estimates.waitedThenHungUp(waited);
        else
            m_estimates.waitedPatiently(waited);
    }
    m_recent.abandon(now);
    m_dispersion.abandon(now);
    steer(-1.0, now);
}

void TorquePacer::onHumanNeedsAgent(const PacingState::Call &call, double now)
{
    m_humanRate = humanRate(now) + 1.0 / kHumanRateSeconds;
    m_humanRateAt = now;
    steer(targetRate(now), now);
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
            m_estimates.failed(call.dialedAt, now);
        break;
    case End::NoAnswer:
        m_estimates.unanswered(call.dialedAt, now);
        break;
    case End::Declined:
        if (call.stage == PacingState::CallStage::Message)
            m_estimates.pressOneDecided(false, now - call.stageSince);
        break;
    case End::Completed:
        if (call.stage == PacingState::CallStage::Connected)
            m_estimates.talked(now - call.stageSince, now);
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

// Humans expected to need an agent by the end of the shift (or, with no
// end known, an hour ahead): the count the final rate will be over.
double TorquePacer::projectedHumans(double now) const
{
    const double end = settings().shiftEndSeconds;
    const double ahead = end > now ? end - now : kUnknownShiftAheadSeconds;
    return double(abandonMeter().windowHumans(now)) + humanRate(now) * ahead;
}

double TorquePacer::humanRate(double now) const
{
    return m_humanRate * std::exp(-std::max(0.0, now - m_humanRateAt) / kHumanRateSeconds);
}

// The rate to aim at: the cap less a reserve for chance, about one standard
// deviation of the final count of abandons, widened by how bursty they have
// been (so small campaigns, where one abandon moves the rate most, keep the
// largest share), at least safetyAbandons and the safetyMargin share of the
// allowance.
double TorquePacer::targetRate(double now) const
{
    const double cap = settings().abandonCap;
    const double humans = std::max(1.0, projectedHumans(now));
    const double allowance = cap * humans;
    const double spread = std::sqrt(std::pow(m_dispersion.index(now), kDispersionPower) * allowance);
    const double reserve = std::max({settings().safetyAbandons, settings().safetyMargin * allowance,
                                     kReserveDeviations * spread});
    return std::max(0.0, (allowance - reserve) / humans);
}

// Abandons still allowed at the target rate (whole run and rolling window),
// less those the calls already up are expected to bring.
double TorquePacer::abandonBudget(double now) const
{
    return abandonMeter().budget(now, targetRate(now)) - m_expectedAbandons;
}

// How many abandons ahead (or behind) move the limit by a factor e: two in
// a small campaign; in a large one a minute's worth of the abandons it may
// make, so the limit moves at a pace its own effect can be seen at.
double TorquePacer::budgetScale(double now) const
{
    return std::max(kBudgetScale, humanRate(now) * targetRate(now) * kBudgetScaleSeconds);
}

// The integral of the abandon error, per human (+target) and per abandon
// (-1), kept within the range where it moves the limit: saved up while the
// limit is at its top it would let a burst of abandons go on for long.
void TorquePacer::steer(double change, double now)
{
    const double target = targetRate(now);
    const double top = target > 0 ? std::log(kMaxLimit / (kStartingLimitOfTarget * target)) : 0.0;
    m_steer = std::clamp(m_steer + change / budgetScale(now), std::log(kMinLimitOfTarget / kStartingLimitOfTarget),
                         std::max(0.0, top));
}

// In proportion to the target rate (none at all when the campaign is too
// small to afford a single abandon), times e to the steering integral, or
// to the budget (whole run and rolling window, less the abandons on their
// way) where that is lower: behind overall, the limit stays low.
double TorquePacer::marginalAbandonLimit(double now) const
{
    const double target = targetRate(now);
    const double exponent = std::min(m_steer, abandonBudget(now) / budgetScale(now));
    const double limit = kStartingLimitOfTarget * target * std::exp(std::clamp(exponent, -30.0, 30.0));
    return std::clamp(limit, target * kMinLimitOfTarget, kMaxLimit);
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
    censorInProgress(now);
    m_estimates.rebuild();
    m_binSeconds = binSecondsFor();
    m_bins = horizonBins();
    const double maxElapsed = std::max(m_estimates.noAnswerSeconds(), m_estimates.ring().quantile(0.999)) + 2.0;
    m_arrivals.rebuild(m_estimates.ring(), m_estimates.amdSeconds(),
                       settings().pressOne ? &m_estimates.message() : nullptr, m_bins, maxElapsed, m_binSeconds);
    m_scratch.assign(std::size_t(m_bins) + 1, 0.0);
    const auto bucket = [&](const DurationModel &d) {
        return std::clamp(d.quantile(0.5) * kAgentBucketShare, m_binSeconds / 4.0, kMaxAgentBucket);
    };
    m_talkBucket = bucket(m_estimates.talk());
    m_wrapBucket = bucket(m_estimates.wrap());
    // While learning the models move fast: a fast campaign (short rings)
    // must not dial for seconds on the priors.
    // Twice a minute for real calls; far more often when a call's whole life
    // is a second or two (a time-compressed simulation).
    const double reaction = m_estimates.ring().quantile(0.5) + m_estimates.amdSeconds();
    const bool learning = m_estimates.outcomes().resolved() < kLearningDials || m_estimates.ring().count() < kLearningRings;
    m_nextRefresh = now + (learning ? 1.0 : std::clamp(kRefreshReactions * reaction, 1.0, kMaxRefreshSeconds));
}

// Talks, wrap-ups and messages still running count as lasting at least as
// long as they have so far.
void TorquePacer::censorInProgress(double now)
{
    std::vector<double> talking, wrapping, listening;
    for (const PacingState::Agent &a : state().agents()) {
        if (a.state == PacingState::AgentState::Talking)
            talking.push_back(now - a.since);
        else if (a.state == PacingState::AgentState::WrapUp)
            wrapping.push_back(now - a.since);
    }
    for (const PacingState::Call &c : state().calls()) {
        if (c.stage == PacingState::CallStage::Message)
            listening.push_back(now - c.stageSince);
    }
    m_estimates.setInProgress(talking, wrapping, listening, now);
}

// Agents free by the start of each bin plus the abandon time: a human
// arriving anywhere in the bin waits at least that long, so the count never
// includes an agent who would come too late for it (mid-bin would, and with
// short calls and many agents that is a crowd).
void TorquePacer::addAgentSupply(double now)
{
    const double stay = 1.0 - m_estimates.leaveChance();
    const double patience = m_estimates.effectivePatience(settings().abandonAfterSeconds);
    const double wrapMean = m_estimates.wrap().mean();
    m_forecast.addFreeAgents(state().freeAgents());
    m_groups.clear();
    m_groups.setBucketSeconds(kTalking, m_talkBucket);
    m_groups.setBucketSeconds(kWrapping, m_wrapBucket);
    for (const PacingState::Agent &a : state().agents()) {
        if (a.state == PacingState::AgentState::Talking)
            m_groups.add(kTalking, now - a.since);
        else if (a.state == PacingState::AgentState::WrapUp)
            m_groups.add(kWrapping, now - a.since);
    }
    m_groups.forEach([&](int kind, double elapsed, int agents) {
        if (kind == kTalking)
            m_estimates.talk().conditionalCdfs(elapsed, patience - wrapMean, m_binSeconds, m_bins, &m_scratch[1]);
        else
            m_estimates.wrap().conditionalCdfs(elapsed, patience, m_binSeconds, m_bins, &m_scratch[1]);
        for (int k = 1; k <= m_bins; ++k)
            m_scratch[std::size_t(k)] *= stay;
        m_forecast.addBusyAgents(m_scratch.data(), agents);
    });
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
    m_groups.clear();
    m_groups.setBucketSeconds(kRinging, std::min(kRingingBucket, m_binSeconds / 2.0));
    m_groups.setBucketSeconds(kScreening, std::min(kScreeningBucket, m_binSeconds / 4.0));
    m_groups.setBucketSeconds(kListening, std::min(kRingingBucket, m_binSeconds / 2.0));
    for (const PacingState::Call &c : state().calls()) {
        switch (c.stage) {
        case PacingState::CallStage::Waiting:
            m_forecast.addWaitingHuman();
            break;
        case PacingState::CallStage::Ringing:
            m_groups.add(kRinging, now - c.dialedAt);
            break;
        case PacingState::CallStage::Screening:
            m_groups.add(kScreening, now - c.answeredAt);
            break;
        case PacingState::CallStage::Message:
            m_groups.add(kListening, now - c.stageSince);
            break;
        case PacingState::CallStage::Connected:
            break;
        }
    }
    m_groups.forEach([&](int kind, double age, int calls) {
        const auto stage = kind == kRinging ? PacingState::CallStage::Ringing
            : kind == kScreening            ? PacingState::CallStage::Screening
                                            : PacingState::CallStage::Message;
        needCurve(stage, age, m_scratch.data());
        m_forecast.addCall(m_scratch.data(), calls);
    });
    const double fresh = m_estimates.humanShare() * pressOneFactor();
    for (int k = 0; k <= m_bins; ++k)
        m_scratch[std::size_t(k)] = fresh * m_arrivals.fresh(k);
    m_forecast.setNewCall(m_scratch.data());
}

void TorquePacer::buildForecast(double now)
{
    // Small teams with few calls up: exact distributions, cheap at that size.
    const bool exact = state().loggedInAgents() <= kExactMaxAgents && state().callsInProgress() <= kExactMaxCalls;
    m_forecast.reset(m_bins, exact);
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
    m_estimates.update(now);
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
    if (!m_predicting || state().loggedInAgents() == 0) {
        m_expectedAbandons = 0;
        return progressive;
    }
    m_limit = marginalAbandonLimit(now);
    // Abandons far above the cap in the last minute: the forecast is wrong
    // (timings or rates it has not learnt yet). Dial only for free agents
    // until they leave the window.
    m_recovering = m_recent.alarmed(now, settings().abandonCap);
    if (m_recovering) {
        m_expectedAbandons = 0;
        return progressive;
    }
    // Nothing happened since the last forecast, moments ago: the same
    // answer (small teams see an event a few times a minute).
    const Signature signature = stateSignature();
    if (signature == m_lastSignature && now - m_lastForecastAt < m_binSeconds / 2.0)
        return std::max(progressive, m_lastCalls);
    buildForecast(now);
    const int calls = m_forecast.callsWithin(m_limit, maxCallsNow());
    m_expectedAbandons = m_forecast.expectedAbandons(calls);
    m_lastSignature = signature;
    m_lastForecastAt = now;
    m_lastCalls = calls;
    return std::max(progressive, calls);
}

// What the forecast is built from, counted: agents by state, calls by stage,
// dials and resolved outcomes.
TorquePacer::Signature TorquePacer::stateSignature() const
{
    using S = PacingState;
    const S &st = state();
    return {st.agentsIn(S::AgentState::Free), st.agentsIn(S::AgentState::Talking), st.agentsIn(S::AgentState::WrapUp),
            st.callsIn(S::CallStage::Ringing), st.callsIn(S::CallStage::Screening), st.callsIn(S::CallStage::Message),
            st.callsIn(S::CallStage::Waiting), st.callsIn(S::CallStage::Connected), st.dialed(),
            m_estimates.outcomes().resolved(), abandonMeter().abandons()};
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
