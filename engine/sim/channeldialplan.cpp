#include "engine/sim/channeldialplan.h"

#include "engine/sim/callevents.h"
#include "engine/sim/callplan.h"
#include "engine/sim/originateaction.h"
#include "engine/sim/simchannel.h"
#include "engine/sim/voicesimconfig.h"

namespace {

// [dialer-out] priorities (docs/voicesim.md). Calls without the press-1
// prompt run exactly the captures' dialplan; press-1 calls run the variant
// with Read() where the queue was; hold mode's steps follow the machine's.
constexpr int kOutNoOp = 1;
constexpr int kOutAmd = 2;
constexpr int kOutAmdEvent = 3;
constexpr int kOutIfMachine = 4;
constexpr int kOutIfBench = 5;
constexpr int kOutQueue = 6;          // press-1 variant: 10
constexpr int kOutBye = 7;            // press-1 variant: 11
constexpr int kOutPlayback = 8;       // press-1 variant: 12
constexpr int kOutMachineHangup = 9;  // press-1 variant: 13
constexpr int kOutRead = 6;
constexpr int kOutDtmfEvent = 7;
constexpr int kOutIfPressed1 = 8;
constexpr int kOutPromptHangup = 9;
constexpr int kOutHold = 10;
constexpr int kOutHoldHangup = 11;
constexpr int kIvrShift = 4;

// [torque-safe-harbour] priorities (resources/asterisk/extensions-torque.conf).
constexpr int kHarbourNoOp = 1;
constexpr int kHarbourDefault = 2;
constexpr int kHarbourAnswer = 3;
constexpr int kHarbourPlayback = 4;
constexpr int kHarbourHangup = 5;

const QByteArray kDefaultMessage = QByteArrayLiteral("custom/safe-harbour");

QByteArray key(QByteArrayView name)
{
    return OriginateAction::stripInheritance(name).toUpper();
}

} // namespace

ChannelDialplan::ChannelDialplan(const OriginateAction &request, const CallPlan &plan, const VoiceSimConfig &config,
                                 const QHash<QByteArray, QByteArray> &globals)
    : m_request(request)
    , m_plan(plan)
    , m_config(config)
    , m_globals(globals)
    , m_kind(request.application.isEmpty() ? Kind::DialerOut : Kind::Application)
    , m_mode(request.variable("DIALER_MODE"))
{
}

int ChannelDialplan::shifted(int priority) const
{
    return m_plan.ivr ? priority + kIvrShift : priority;
}

int ChannelDialplan::priority(Label label) const
{
    switch (label) {
    case Label::Queue: return shifted(kOutQueue);
    case Label::Bye: return shifted(kOutBye);
    case Label::MachineHangup: return shifted(kOutMachineHangup);
    case Label::PromptHangup: return kOutPromptHangup;
    case Label::HoldHangup: return kOutHoldHangup;
    }
    return 1;
}

QByteArray ChannelDialplan::variable(QByteArrayView name) const
{
    const QByteArray k = key(name);
    if (const auto it = m_set.constFind(k); it != m_set.constEnd())
        return *it;
    const QByteArray value = m_request.variable(name);
    return value.isEmpty() ? m_globals.value(k) : value;
}

void ChannelDialplan::setVariable(const QByteArray &name, const QByteArray &value)
{
    m_set.insert(key(name), value);
}

void ChannelDialplan::start(CallEvents &ev, SimChannel &channel)
{
    if (m_kind == Kind::Application) {
        ev.newexten(channel, 1, m_request.application, m_request.appData);
        return;
    }
    channel.context = m_request.context;
    channel.exten = m_request.exten;
    ev.newexten(channel, kOutNoOp, "NoOp",
                "ANSWERED lead=" + variable("LEAD_ID") + " campaign=" + variable("CAMPAIGN") + " mode=" + m_mode);
    ev.newexten(channel, kOutAmd, "AMD", "");
}

ChannelDialplan::Next ChannelDialplan::afterAmd(CallEvents &ev, SimChannel &channel)
{
    const QByteArray &status = m_plan.amdStatus;
    const QByteArray &cause = m_plan.amdCause;
    const QByteArray lead = variable("LEAD_ID");
    const QByteArray campaign = variable("CAMPAIGN");
    ev.varSet(channel, "AMDSTATUS", status);
    ev.varSet(channel, "AMDCAUSE", cause);
    ev.newexten(channel, kOutAmdEvent, "UserEvent",
                "DialerAMD,LeadID: " + lead + ",Campaign: " + campaign + ",AMDStatus: " + status +
                    ",AMDCause: " + cause);
    ev.userEvent(channel, "DialerAMD",
                 {{"LeadID", lead}, {"Campaign", campaign}, {"AMDStatus", status}, {"AMDCause", cause}});
    if (status == "MACHINE") {
        ev.newexten(channel, kOutIfMachine, "GotoIf", "1?machine");
        ev.newexten(channel, shifted(kOutPlayback), "Playback", "custom/dialer-msg");
        return Next::Playback;
    }
    ev.newexten(channel, kOutIfMachine, "GotoIf", "0?machine");
    const bool bench = m_mode.compare("bench", Qt::CaseInsensitive) == 0;
    const bool hold = !bench && m_mode.compare("hold", Qt::CaseInsensitive) == 0;
    // Hold mode's label is the check's false branch (extensions-torque.conf).
    ev.newexten(channel, kOutIfBench, "GotoIf", bench ? "1?bye" : (hold ? "0?bye:hold" : "0?bye"));
    if (bench)
        return Next::Bye;
    if (hold) {
        // The engine's own simulated agents have the caller: keep the line up.
        ev.newexten(channel, kOutHold, "Wait", QByteArray::number(HoldMs / 1000));
        return Next::Hold;
    }
    if (!m_plan.ivr)
        return Next::Queue;
    ev.newexten(channel, kOutRead, "Read",
                "DTMF,custom/dialer-press1,1,,1," + QByteArray::number(m_config.ivrTimeoutSeconds, 'g', 6));
    return Next::Prompt;
}

bool ChannelDialplan::afterPrompt(CallEvents &ev, SimChannel &channel)
{
    const QByteArray digit = m_plan.digit ? QByteArray::number(m_plan.digit) : QByteArray();
    const QByteArray status = digit.isEmpty() ? QByteArrayLiteral("TIMEOUT") : QByteArrayLiteral("OK");
    const QByteArray lead = variable("LEAD_ID");
    const QByteArray campaign = variable("CAMPAIGN");
    ev.varSet(channel, "DTMF", digit);
    ev.varSet(channel, "READSTATUS", status);
    ev.newexten(channel, kOutDtmfEvent, "UserEvent",
                "DialerDTMF,LeadID: " + lead + ",Campaign: " + campaign + ",Digit: " + digit +
                    ",ReadStatus: " + status);
    ev.userEvent(channel, "DialerDTMF",
                 {{"LeadID", lead}, {"Campaign", campaign}, {"Digit", digit}, {"ReadStatus", status}});
    const bool transfer = m_plan.digit == 1;
    ev.newexten(channel, kOutIfPressed1, "GotoIf", transfer ? "1?queue" : "0?queue");
    return transfer;
}

std::optional<qint64> ChannelDialplan::enter(CallEvents &ev, SimChannel &channel, const QByteArray &context,
                                             const QByteArray &exten, int priority)
{
    channel.context = context;
    channel.exten = exten;
    if (context == m_config.safeHarbourContext && exten == "s" && priority <= kHarbourPlayback) {
        m_kind = Kind::SafeHarbour;
        return runSafeHarbour(ev, channel, priority);
    }
    // voicesim has no other dialplan: the channel hangs up where it landed.
    m_kind = context == m_config.safeHarbourContext ? Kind::SafeHarbour : Kind::Unknown;
    m_hangupPriority = std::max(1, priority);
    return std::nullopt;
}

std::optional<qint64> ChannelDialplan::runSafeHarbour(CallEvents &ev, SimChannel &channel, int priority)
{
    m_hangupPriority = kHarbourHangup;
    if (priority <= kHarbourNoOp)
        ev.newexten(channel, kHarbourNoOp, "NoOp",
                    "SAFE HARBOUR lead=" + variable("LEAD_ID") + " campaign=" + variable("CAMPAIGN"));
    if (priority <= kHarbourDefault) {
        const bool unset = variable("SAFE_HARBOUR_MESSAGE").isEmpty();
        ev.newexten(channel, kHarbourDefault, "ExecIf",
                    QByteArray(unset ? "1" : "0") + "?Set(SAFE_HARBOUR_MESSAGE=" + kDefaultMessage + ')');
        if (unset) {
            setVariable(QByteArrayLiteral("SAFE_HARBOUR_MESSAGE"), kDefaultMessage);
            ev.varSet(channel, "SAFE_HARBOUR_MESSAGE", kDefaultMessage);
        }
    }
    // Only answered channels are redirected here: Answer() is skipped.
    if (priority <= kHarbourAnswer)
        ev.newexten(channel, kHarbourAnswer, "ExecIf", "0?Answer()");
    const QByteArray message = variable("SAFE_HARBOUR_MESSAGE");
    ev.newexten(channel, kHarbourPlayback, "Playback", message.isEmpty() ? kDefaultMessage : message);
    return qint64(m_config.safeHarbourSeconds * 1000.0);
}

bool ChannelDialplan::runHangupExten(CallEvents &ev, SimChannel &channel, int cause,
                                     const QByteArray &amdStatus) const
{
    QByteArray data;
    switch (m_kind) {
    case Kind::Application:
    case Kind::Unknown:
        return false;
    case Kind::DialerOut:
        data = "dialer-out hangup lead=" + variable("LEAD_ID") + " cause=" + QByteArray::number(cause) +
            " amd=" + amdStatus;
        break;
    case Kind::SafeHarbour:
        data = "safe-harbour hangup lead=" + variable("LEAD_ID") + " cause=" + QByteArray::number(cause);
        break;
    }
    channel.exten = QByteArrayLiteral("h");
    ev.newexten(channel, 1, "NoOp", data);
    return true;
}
