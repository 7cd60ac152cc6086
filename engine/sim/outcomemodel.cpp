#include "engine/sim/outcomemodel.h"

#include "engine/sim/originateaction.h"

#include <cmath>

namespace {

// How long app_amd listens before it decides, and what it says: from the captures.
constexpr qint64 kAmdHumanMs = 2300;
constexpr qint64 kAmdMachineMs = 2000;
constexpr qint64 kAmdNotSureMs = 4900;

double secondsOr(const QByteArray &value, double fallback)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    return ok && v >= 0 ? v : fallback;
}

} // namespace

OutcomeModel::OutcomeModel(const VoiceSimConfig &config, quint64 seed)
    : m_config(config)
    , m_seed(seed)
    , m_rng(seed)
{
}

double OutcomeModel::uniform()
{
    // 53 random bits: the same doubles on every platform, unlike
    // std::uniform_real_distribution.
    return double(m_rng() >> 11) * (1.0 / 9007199254740992.0);
}

qint64 OutcomeModel::toMs(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

std::optional<CallOutcome> OutcomeModel::outcomeFromName(QByteArrayView name)
{
    QByteArray n = name.trimmed().toByteArray().toLower();
    n.replace("-", "").replace("_", "").replace(" ", "");
    if (n == "human" || n == "answer" || n == "answered" || n == "humananswer")
        return CallOutcome::HumanAnswer;
    if (n == "machine" || n == "answeringmachine" || n == "amd")
        return CallOutcome::AnsweringMachine;
    if (n == "busy")
        return CallOutcome::Busy;
    if (n == "noanswer")
        return CallOutcome::NoAnswer;
    if (n == "congestion" || n == "congested")
        return CallOutcome::Congestion;
    if (n == "failed" || n == "unallocated" || n == "invalid")
        return CallOutcome::Failed;
    if (n == "pressed1" || n == "press1")
        return CallOutcome::Pressed1;
    if (n == "pressed2" || n == "press2")
        return CallOutcome::Pressed2;
    return std::nullopt;
}

// The fractional part of u * scale: further numbers in [0, 1) from one draw.
double OutcomeModel::spread(double u, double scale)
{
    const double x = u * scale;
    return x - std::floor(x);
}

// Only unanswered calls end this way, and they never use the press delay's
// draw: the order comes from it, so every call still makes six draws and a
// seeded run gives the same calls as before.
QList<CallPlan::FailedStep> OutcomeModel::failedOrder(const OriginateAction &request, double u) const
{
    using Step = CallPlan::FailedStep;
    const QByteArray forced = request.variable("SIM_EVENT_ORDER").trimmed().toLower();
    if (forced == "capture")
        return {};
    if (!forced.isEmpty()) {
        if (const auto order = parseOrder(forced))
            return *order;
    }
    if (m_config.failedOrder == VoiceSimConfig::EventOrder::Capture)
        return {};
    // A real Asterisk 20 (55 failed Local calls): the response before both
    // Hangups 67%, between them 26%, after both 7%; the ;1 leg first in half;
    // DialEnd after a response that came first in about two thirds.
    constexpr double kDialEndLateRate = 0.68;
    const bool dialerFirst = spread(u, 1000.0) < m_config.dialerLegFirstRate;
    QList<Step> order = dialerFirst ? QList<Step>{Step::DialerLeg, Step::FarLeg} : QList<Step>{Step::FarLeg, Step::DialerLeg};
    const bool responseFirst = u < m_config.responseFirstRate;
    const bool responseLast = !responseFirst && u >= 1.0 - m_config.responseLastRate;
    const qsizetype at = responseFirst ? 0 : responseLast ? 2 : 1;
    order.insert(at, Step::Response);
    const bool dialEndLate = responseFirst && spread(u, 1000000.0) < kDialEndLateRate;
    order.insert(dialEndLate ? at + 1 : at, Step::DialEnd);
    // The dialer leg's Dial ends before that leg hangs up.
    if (order.indexOf(Step::DialEnd) > order.indexOf(Step::DialerLeg)) {
        order.removeOne(Step::DialEnd);
        order.insert(order.indexOf(Step::DialerLeg), Step::DialEnd);
    }
    return order;
}

// "response>dialend>far>dialer": each of the four once, DialEnd before the
// dialer leg. Not commas: an Originate's Variable header splits on them.
std::optional<QList<CallPlan::FailedStep>> OutcomeModel::parseOrder(const QByteArray &text)
{
    using Step = CallPlan::FailedStep;
    QList<Step> order;
    for (const QByteArray &token : text.split('>')) {
        const QByteArray t = token.trimmed();
        const std::optional<Step> step = t == "dialend"    ? std::optional(Step::DialEnd)
                                         : t == "response" ? std::optional(Step::Response)
                                         : t == "far"      ? std::optional(Step::FarLeg)
                                         : t == "dialer"   ? std::optional(Step::DialerLeg)
                                                           : std::nullopt;
        if (!step || order.contains(*step))
            return std::nullopt;
        order.append(*step);
    }
    if (order.size() != 4 || order.indexOf(Step::DialEnd) > order.indexOf(Step::DialerLeg))
        return std::nullopt;
    return order;
}

CallPlan OutcomeModel::draw(const OriginateAction &request)
{
    const VoiceSimConfig &c = m_config;
    // Six draws per call, always, in this order.
    const double uOutcome = uniform();
    const double uRing = uniform();
    const double uTalk = uniform();
    const double uPress = uniform();
    const double uPressDelay = uniform();
    const double uAgentRing = uniform();

    CallPlan plan;
    plan.simR = std::min(100, int(uOutcome * 100) + 1);
    double edge = c.humanRate;
    if (uOutcome < edge)
        plan.outcome = CallOutcome::HumanAnswer;
    else if (uOutcome < (edge += c.machineRate))
        plan.outcome = CallOutcome::AnsweringMachine;
    else if (uOutcome < (edge += c.busyRate))
        plan.outcome = CallOutcome::Busy;
    else if (uOutcome < (edge += c.noAnswerRate))
        plan.outcome = CallOutcome::NoAnswer;
    else if (uOutcome < (edge += c.congestionRate))
        plan.outcome = CallOutcome::Congestion;
    else
        plan.outcome = CallOutcome::Failed;

    if (uPress < c.press1Rate)
        plan.digit = 1;
    else if (uPress < c.press1Rate + c.press2Rate)
        plan.digit = 2;
    bool forcedPress = false;
    if (const auto forced = outcomeFromName(request.variable("SIM_OUTCOME"))) {
        plan.outcome = *forced;
        if (*forced == CallOutcome::Pressed1 || *forced == CallOutcome::Pressed2) {
            plan.digit = *forced == CallOutcome::Pressed1 ? 1 : 2;
            plan.outcome = CallOutcome::HumanAnswer;
            forcedPress = true;
        }
    }
    const QByteArray press = request.variable("SIM_PRESS").trimmed().toLower();
    if (press == "1" || press == "2") {
        plan.digit = press.toInt();
        forcedPress = true;
    } else if (press == "none" || press == "0") {
        plan.digit = 0;
        forcedPress = true;
    }

    const double ringMin = secondsOr(request.variable("SIM_RING_MIN"), c.ringMinSeconds);
    const double ringMax = std::max(ringMin, secondsOr(request.variable("SIM_RING_MAX"), c.ringMaxSeconds));
    plan.ringMs = toMs(ringMin + uRing * (ringMax - ringMin));

    const double talkMin = secondsOr(request.variable("SIM_TALK_MIN"), c.talkMinSeconds);
    const double talkMax = std::max(talkMin, secondsOr(request.variable("SIM_TALK_MAX"), c.talkMaxSeconds));
    double talk = talkMin + uTalk * (talkMax - talkMin);
    if (c.talkDistribution == VoiceSimConfig::TalkDistribution::Exponential) {
        // Shifted exponential with the configured mean, cut at the maximum.
        const double excess = std::max(0.0, std::min(c.talkMean(), talkMax) - talkMin);
        talk = std::min(talkMax, talkMin - std::log(1.0 - uTalk) * excess);
    }
    plan.talkMs = toMs(talk);

    const double ivrWindow = std::max(0.1, c.ivrTimeoutSeconds);
    plan.pressDelayMs = toMs(std::min(ivrWindow * 0.9, 1.0 + uPressDelay * std::max(0.0, ivrWindow - 1.5)));
    plan.agentRingMs = toMs(c.agentRingMinSeconds + uAgentRing * (c.agentRingMaxSeconds - c.agentRingMinSeconds));

    const bool answered = plan.outcome == CallOutcome::HumanAnswer || plan.outcome == CallOutcome::AnsweringMachine;
    if (answered) {
        QByteArray amd = request.variable("SIM_AMD").trimmed().toUpper();
        if (amd != "HUMAN" && amd != "MACHINE" && amd != "NOTSURE")
            amd = plan.outcome == CallOutcome::AnsweringMachine ? "MACHINE" : "HUMAN";
        plan.amdStatus = amd;
        if (amd == "MACHINE") {
            plan.amdCause = QByteArrayLiteral("LONGGREETING-1500-1500");
            plan.amdMs = kAmdMachineMs;
        } else if (amd == "NOTSURE") {
            plan.amdCause = QByteArrayLiteral("TOOLONG-4900");
            plan.amdMs = kAmdNotSureMs;
        } else {
            plan.amdCause = QByteArrayLiteral("HUMAN-800-800");
            plan.amdMs = kAmdHumanMs;
        }
    }
    const QByteArray mode = request.variable("DIALER_MODE").trimmed().toLower();
    if (mode == "press1")
        plan.ivr = true;
    else if (mode.isEmpty())
        plan.ivr = forcedPress || c.press1Rate + c.press2Rate > 0;
    if (!plan.ivr)
        plan.digit = 0;
    plan.failedOrder = failedOrder(request, uPressDelay);
    return plan;
}
