#include "engine/sim/dialedlegs.h"

#include "engine/sim/callevents.h"
#include "engine/sim/callplan.h"
#include "engine/sim/originateaction.h"

#include <QCryptographicHash>

#include <utility>

namespace {

// [simnet-call] priorities (tests/data/ami/simnet-extensions.conf).
constexpr int kNetFirstCheck = 4;       // GotoIf human, machine, busy, congest, invalid
constexpr int kNetWaitForever = 9;
constexpr int kNetHumanAnswer = 11;
constexpr int kNetMachineAnswer = 17;
constexpr int kNetHumanHangup = 16;
constexpr int kNetMachineHangup = 22;
constexpr int kNetBusy = 23;
constexpr int kNetCongestion = 24;
constexpr int kNetUnallocated = 25;
constexpr qint64 kHumanGreetingMs = 1000;    // Playtones(!440/700), Wait(1)
constexpr qint64 kMachineGreetingMs = 4000;  // Playtones(!440/4000), Wait(4)

constexpr int kNormalClearing = 16;

// OriginateResponse Reason values (AST_CONTROL_*).
constexpr int kReasonFailed = 0;
constexpr int kReasonHangup = 1;
constexpr int kReasonNoAnswer = 3;
constexpr int kReasonAnswered = 4;
constexpr int kReasonBusy = 5;
constexpr int kReasonCongestion = 8;

} // namespace

DialedLegs::DialedLegs(CallEvents &ev, const OriginateAction &request, const CallPlan &plan, Report report)
    : m_ev(ev)
    , m_request(request)
    , m_plan(plan)
    , m_report(std::move(report))
    , m_local(request.isLocal())
{
}

QByteArray DialedLegs::seconds(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'g', 6);
}

bool DialedLegs::machine() const
{
    return m_plan.outcome == CallOutcome::AnsweringMachine;
}

QByteArray DialedLegs::device() const
{
    return "Local/" + m_request.number() + '@' + m_request.dialContext();
}

void DialedLegs::setUp(const QByteArray &suffix, const QByteArray &uniqueA, const QByteArray &uniqueB,
                       const QByteArray &sipContext)
{
    m_a.uniqueId = uniqueA;
    m_a.linkedId = uniqueA;
    m_a.createdMs = m_ev.nowMs();
    m_a.state = SimChannel::State::Down;
    const auto &vars = m_request.variables;
    const bool callerId = !m_request.callerIdNum.isEmpty() || !m_request.callerIdName.isEmpty();
    if (!m_local) {
        m_a.type = m_request.tech;
        m_a.name = m_request.tech + '/' + m_request.peer() + '-' + suffix;
        m_a.context = sipContext;
        m_a.exten = QByteArrayLiteral("s");
        m_ev.newchannel(m_a);
        if (m_request.tech.compare("SIP", Qt::CaseInsensitive) == 0) {
            const QByteArray callId =
                QCryptographicHash::hash(QByteArray(m_a.uniqueId + m_a.name), QCryptographicHash::Md5).toHex();
            m_ev.varSet(m_a, "SIPCALLID", callId + "@127.0.0.1:5060");
        }
        // chan_sip clears the extension once the channel is dialled (capture 2001).
        m_a.exten.clear();
        m_ev.newexten(m_a, 1, "AppDial2", "(Outgoing Line)");
        for (qsizetype i = vars.size() - 1; i >= 0; --i)
            m_ev.varSet(m_a, vars.at(i).first, vars.at(i).second);
        if (callerId) {
            m_a.callerIdNum = m_request.callerIdNum;
            m_a.callerIdName = m_request.callerIdName;
            m_ev.newCallerid(m_a);
            m_a.connectedNum = m_request.callerIdNum;
            m_a.connectedName = m_request.callerIdName;
            m_ev.newConnectedLine(m_a);
        }
        m_ev.dialBegin(nullptr, m_a, m_request.data);
        m_ev.newstate(m_a, SimChannel::State::Ringing);
        m_ev.dialState(nullptr, m_a, "RINGING");
        return;
    }

    const QByteArray number = m_request.number();
    const QByteArray context = m_request.dialContext();
    const QByteArray base = "Local/" + number + '@' + context + '-' + suffix;
    m_a.name = base + ";1";
    m_b.name = base + ";2";
    m_b.uniqueId = uniqueB;
    m_b.linkedId = uniqueA;
    m_b.createdMs = m_a.createdMs;
    m_b.state = SimChannel::State::Ring;
    for (SimChannel *leg : {&m_a, &m_b}) {
        leg->type = QByteArrayLiteral("Local");
        leg->context = context;
        leg->exten = number;
    }
    m_ev.newchannel(m_a);
    m_ev.newchannel(m_b);
    m_ev.newexten(m_a, 1, "AppDial2", "(Outgoing Line)");
    // ;1 lists the Originate's variables last first, ;2 first first (captures).
    for (qsizetype i = vars.size() - 1; i >= 0; --i)
        m_ev.varSet(m_a, vars.at(i).first, vars.at(i).second);
    if (callerId) {
        m_a.callerIdNum = m_request.callerIdNum;
        m_a.callerIdName = m_request.callerIdName;
        m_ev.newCallerid(m_a);
        m_a.connectedNum = m_request.callerIdNum;
        m_a.connectedName = m_request.callerIdName;
        m_ev.newConnectedLine(m_a);
    }
    for (const auto &[name, value] : vars)
        m_ev.varSet(m_b, name, value);
    if (callerId) {
        m_b.callerIdNum = m_b.connectedNum = m_request.callerIdNum;
        m_b.callerIdName = m_b.connectedName = m_request.callerIdName;
        m_ev.newCallerid(m_b);
        m_ev.newConnectedLine(m_b);
    }
    m_ev.localBridge(m_a, m_b, !m_request.data.endsWith("/n"));
    m_ev.dialBegin(nullptr, m_a, m_request.data);

    // The simulated network: [simnet] then [simnet-call].
    const QByteArray r = QByteArray::number(m_plan.simR);
    m_ev.newexten(m_b, 1, "Set", "SIM_R=" + r);
    m_ev.varSet(m_b, "SIM_R", r);
    m_ev.newexten(m_b, 2, "Goto", "simnet-call,s,1");
    m_b.context = QByteArrayLiteral("simnet-call");
    m_b.exten = QByteArrayLiteral("s");
    m_ev.newexten(m_b, 1, "NoOp", "SIMNET " + m_b.name + " R=" + r);
    m_ev.newexten(m_b, 2, "Ringing", "");
    m_ev.newstate(m_a, SimChannel::State::Ringing);
    m_ev.dialState(nullptr, m_a, "RINGING");
    m_ev.newexten(m_b, 3, "Wait", seconds(m_plan.ringMs));
    m_ev.deviceStateChange(device(), "INUSE");
}

void DialedLegs::networkChecks(int matched)
{
    static const char *const labels[] = {"human", "machine", "busy", "congest", "invalid"};
    for (int i = 0; i < 5; ++i) {
        const bool hit = i == matched;
        m_ev.newexten(m_b, kNetFirstCheck + i, "GotoIf", QByteArray(hit ? "1?" : "0?") + labels[i]);
        if (hit)
            return;
    }
}

void DialedLegs::answer()
{
    if (m_local) {
        networkChecks(machine() ? 1 : 0);
        m_ev.newexten(m_b, machine() ? kNetMachineAnswer : kNetHumanAnswer, "Answer", "");
        m_ev.newstate(m_b, SimChannel::State::Up);
    } else {
        m_report(true, kReasonAnswered);
    }
    m_ev.newstate(m_a, SimChannel::State::Up);
    m_ev.dialEnd(nullptr, m_a, "ANSWER");
}

void DialedLegs::reportAnswer()
{
    if (m_local)
        m_report(true, kReasonAnswered);
}

void DialedLegs::startGreeting()
{
    if (!m_local)
        return;
    const int base = machine() ? kNetMachineAnswer : kNetHumanAnswer;
    m_ev.newexten(m_b, base + 1, "PlayTones", machine() ? "!440/4000" : "!440/700");
    m_ev.newexten(m_b, base + 2, "Wait", machine() ? "4" : "1");
}

void DialedLegs::endGreeting(qint64 talkMs)
{
    if (!m_local)
        return;
    const int base = machine() ? kNetMachineAnswer : kNetHumanAnswer;
    m_ev.newexten(m_b, base + 3, "StopPlayTones", "");
    m_ev.newexten(m_b, base + 4, "Wait", seconds(talkMs));
}

qint64 DialedLegs::greetingMs() const
{
    return machine() ? kMachineGreetingMs : kHumanGreetingMs;
}

int DialedLegs::hangupPriority() const
{
    return machine() ? kNetMachineHangup : kNetHumanHangup;
}

void DialedLegs::failBusy()
{
    if (!m_local) {
        m_ev.dialEnd(nullptr, m_a, "BUSY");
        m_ev.hangup(m_a, 17);
        m_ev.cdr(m_a, "BUSY");
        m_report(false, kReasonBusy);
        return;
    }
    networkChecks(2);
    m_ev.newexten(m_b, kNetBusy, "Busy", "2");
    m_ev.newstate(m_b, SimChannel::State::Busy);
    if (!m_plan.failedOrder.isEmpty()) {
        endFailed({"BUSY", kReasonBusy, 0, 17, 0, "BUSY", "BUSY"});
        return;
    }
    m_ev.dialEnd(nullptr, m_a, "BUSY");
    m_ev.hangupRequest(m_b, 0);
    m_ev.softHangupRequest(m_b, kNormalClearing);
    m_ev.hangup(m_b, 17);
    m_ev.cdr(m_b, "BUSY");
    m_report(false, kReasonBusy);
    m_ev.hangup(m_a, 0);
    m_ev.cdr(m_a, "BUSY");
}

void DialedLegs::failCongestion()
{
    if (!m_local) {
        m_ev.dialEnd(nullptr, m_a, "CONGESTION");
        m_ev.hangup(m_a, 34);
        m_ev.cdr(m_a, "FAILED");
        m_report(false, kReasonCongestion);
        return;
    }
    networkChecks(3);
    m_ev.newexten(m_b, kNetCongestion, "Congestion", "2");
    m_ev.newstate(m_b, SimChannel::State::Busy);
    if (!m_plan.failedOrder.isEmpty()) {
        endFailed({"CONGESTION", kReasonCongestion, 0, 34, 0, "FAILED", "FAILED"});
        return;
    }
    m_ev.cdr(m_b, "FAILED");
    m_ev.dialEnd(nullptr, m_a, "CONGESTION");
    m_ev.hangupRequest(m_b, 0);
    m_ev.softHangupRequest(m_b, kNormalClearing);
    m_ev.hangup(m_b, 34);
    m_ev.hangup(m_a, 0);
    m_report(false, kReasonCongestion);
    m_ev.cdr(m_a, "FAILED");
}

void DialedLegs::failUnallocated()
{
    if (!m_local) {
        m_ev.dialEnd(nullptr, m_a, "CHANUNAVAIL");
        m_ev.hangup(m_a, 1);
        m_ev.cdr(m_a, "FAILED");
        m_report(false, kReasonFailed);
        return;
    }
    networkChecks(4);
    m_ev.newexten(m_b, kNetUnallocated, "Hangup", "1");
    m_ev.softHangupRequest(m_b, kNormalClearing);
    m_ev.hangupRequest(m_a, 1);
    if (!m_plan.failedOrder.isEmpty()) {
        endFailed({"NOANSWER", kReasonFailed, 1, 1, -1, "NO ANSWER", "NO ANSWER"});
        return;
    }
    m_ev.hangup(m_b, 1);
    m_ev.dialEnd(nullptr, m_a, "NOANSWER");
    m_ev.hangup(m_a, 1);
    m_report(false, kReasonFailed);
    m_ev.cdr(m_b, "NO ANSWER");
    m_ev.cdr(m_a, "NO ANSWER");
}

void DialedLegs::waitForever()
{
    if (m_local) {
        networkChecks(-1);
        m_ev.newexten(m_b, kNetWaitForever, "Wait", "300");
    }
}

void DialedLegs::noAnswer()
{
    if (!m_local) {
        m_report(false, kReasonNoAnswer);
        m_ev.hangup(m_a, 19);
        m_ev.cdr(m_a, "NO ANSWER");
        return;
    }
    if (!m_plan.failedOrder.isEmpty()) {
        endFailed({QByteArray(), kReasonNoAnswer, 19, 19, 19, "NO ANSWER", "NO ANSWER"});
        return;
    }
    m_ev.hangupRequest(m_b, 19);
    m_ev.softHangupRequest(m_b, kNormalClearing);
    m_ev.hangup(m_b, 19);
    m_report(false, kReasonNoAnswer);
    m_ev.hangup(m_a, 19);
    m_ev.cdr(m_b, "NO ANSWER");
    m_ev.cdr(m_a, "NO ANSWER");
}

// A failed Local call's last steps in the order its plan drew.
void DialedLegs::endFailed(const FailedEnd &end)
{
    using Step = CallPlan::FailedStep;
    for (const Step step : m_plan.failedOrder) {
        switch (step) {
        case Step::DialEnd:
            if (!end.dialStatus.isEmpty())
                m_ev.dialEnd(nullptr, m_a, end.dialStatus);
            break;
        case Step::Response:
            m_report(false, end.reason);
            break;
        case Step::FarLeg:
            if (end.farRequestCause >= 0) {
                m_ev.hangupRequest(m_b, end.farRequestCause);
                m_ev.softHangupRequest(m_b, kNormalClearing);
            }
            m_ev.hangup(m_b, end.causeB);
            m_ev.cdr(m_b, end.cdrB);
            break;
        case Step::DialerLeg:
            m_ev.hangup(m_a, end.causeA);
            m_ev.cdr(m_a, end.cdrA);
            break;
        }
    }
}

void DialedLegs::cancelRinging(int cause)
{
    m_ev.softHangupRequest(m_a, cause);
    if (m_local) {
        m_ev.hangupRequest(m_b, cause);
        m_ev.hangup(m_b, cause);
        m_ev.cdr(m_b, "NO ANSWER");
    }
    m_ev.dialEnd(nullptr, m_a, "CANCEL");
    m_ev.hangup(m_a, cause);
    m_report(false, kReasonHangup);
    m_ev.cdr(m_a, "NO ANSWER");
}
