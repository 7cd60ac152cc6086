#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>

#include <optional>

class CallEvents;
struct CallPlan;
struct OriginateAction;
struct SimChannel;
struct VoiceSimConfig;

// The dialplan the answered (dialer-side) channel runs, step by step, and
// where it is: the Originate's [dialer-out] (docs/voicesim.md; the press-1
// variant; hold mode) or Application, or the context an AMI Redirect sent it
// to. Variables are the Originate's and those set later with AMI Setvar,
// which the dialplan's ${...} read. SimulatedCall keeps the timers and says
// when each step is over; this class writes the steps' Newexten, VarSet and
// UserEvent events.
//
// Redirect targets voicesim knows (resources/asterisk/extensions-torque.conf):
//   [<safe-harbour context>] exten s: NoOp, default the message, Answer if
//       needed, Playback(${SAFE_HARBOUR_MESSAGE}), Hangup(16); h: NoOp
//   anything else: Hangup(16) at once, no h extension.
class ChannelDialplan final
{
public:
    enum class Kind { Application, DialerOut, SafeHarbour, Unknown };
    // Where [dialer-out] goes once AMD has decided.
    enum class Next { Playback, Bye, Hold, Queue, Prompt };
    // [dialer-out] priorities SimulatedCall needs (they move in the press-1 variant).
    enum class Label { Queue, Bye, MachineHangup, PromptHangup, HoldHangup };

    static constexpr qint64 HoldMs = 3600 * 1000; // hold mode's Wait(3600)

    ChannelDialplan(const OriginateAction &request, const CallPlan &plan, const VoiceSimConfig &config,
                    const QHash<QByteArray, QByteArray> &globals);

    Kind kind() const { return m_kind; }
    int priority(Label label) const;
    // Setvar's value first, then the Originate's, then a global one; leading
    // underscores ignored.
    QByteArray variable(QByteArrayView name) const;
    void setVariable(const QByteArray &name, const QByteArray &value);

    // The answer: [dialer-out] up to AMD(), or the Originate's Application.
    void start(CallEvents &ev, SimChannel &channel);
    // AMD decided: DialerAMD, the checks, and the next step's Newexten.
    Next afterAmd(CallEvents &ev, SimChannel &channel);
    // The press-1 prompt is over: DialerDTMF; true when 1 sends it to the queue.
    bool afterPrompt(CallEvents &ev, SimChannel &channel);

    // The Redirect lands: runs the new context up to its first wait. Returns
    // how long its Playback lasts, or nullopt when the context hangs up now
    // (then hangupPriority() is where its Hangup(16) is).
    std::optional<qint64> enter(CallEvents &ev, SimChannel &channel, const QByteArray &context,
                                const QByteArray &exten, int priority);
    int hangupPriority() const { return m_hangupPriority; }
    // The h extension as the channel hangs up; false when the context has none.
    bool runHangupExten(CallEvents &ev, SimChannel &channel, int cause, const QByteArray &amdStatus) const;

private:
    std::optional<qint64> runSafeHarbour(CallEvents &ev, SimChannel &channel, int priority);
    int shifted(int priority) const;

    const OriginateAction &m_request;
    const CallPlan &m_plan;
    const VoiceSimConfig &m_config;
    const QHash<QByteArray, QByteArray> &m_globals;
    Kind m_kind;
    QByteArray m_mode;
    int m_hangupPriority = 1;
    QHash<QByteArray, QByteArray> m_set; // by name without leading underscores, upper case
};
