#pragma once

#include "engine/sim/callplan.h"
#include "engine/sim/channeldialplan.h"
#include "engine/sim/dialedlegs.h"
#include "engine/sim/originateaction.h"
#include "engine/sim/queuedcaller.h"
#include "engine/sim/simchannel.h"

#include <QByteArray>
#include <QList>

class CallEvents;
class CallSwitch;

// One Originate's life on the simulated node, from its Newchannel events to
// its last Cdr, in the orders of the real Asterisk 20 captures. DialedLegs
// does the dialled channels and the simulated network up to the answer or the
// failure; this class adds the timers and, once answered, the dialer-out
// dialplan of docs/voicesim.md: AMD and the DialerAMD UserEvent, then a
// machine message, a press-1 prompt (DialerDTMF), the agents' queue, a hold
// until either side hangs up (hold mode), or an immediate hang-up in bench
// mode, and the hang-up in either direction. An AMI Redirect of the answered
// channel cuts whatever it is in short and runs the new context
// (ChannelDialplan: the safe-harbour message, or a hang-up).
//
// Two timer slots: the network side (ring end, Originate timeout, the far
// end's greeting and hang-up) and the dialplan side (AMD, playback, prompt,
// queue, agent ringing).
class SimulatedCall final
{
    Q_DISABLE_COPY_MOVE(SimulatedCall)

public:
    SimulatedCall(CallSwitch &node, quint64 id, OriginateAction request, const CallPlan &plan);

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_stage == Stage::Done; }
    const OriginateAction &request() const { return m_request; }
    const CallPlan &plan() const { return m_plan; }

    void start();
    void onTimer(quint32 tag);
    // AMI Hangup of one of this call's channels.
    void hangupChannel(const QByteArray &nameOrUniqueId, int cause);
    // AMI Redirect; false when the channel is not the answered dialer side
    // (still ringing, the far end, an agent's leg).
    bool redirect(const QByteArray &nameOrUniqueId, const QByteArray &context, const QByteArray &exten,
                  int priority);
    // AMI Setvar on one of this call's channels.
    void setVariable(const QByteArray &nameOrUniqueId, const QByteArray &name, const QByteArray &value);
    // The queue found a free agent for this caller.
    // False when the call is no longer waiting for one.
    bool connectAgent(int member);
    void appendChannels(QList<const SimChannel *> &out) const;
    bool ownsChannel(const QByteArray &nameOrUniqueId) const;

private:
    enum class Stage { Ringing, Amd, Playback, Ivr, Queued, AgentRinging, Bridged, Hold, Application, Redirected, Done };
    enum Slot : quint32 { Network = 0, Dialplan = 1 };
    enum class Step : quint8 {
        None, RingEnd, NoAnswerTimeout, GreetingEnd, CalleeHangup,
        AmdDone, PlaybackDone, ReadDone, QueueTimeout, AgentAnswer, HoldEnd, RedirectPlaybackDone
    };
    enum class Side { Callee, Dialer };

    void schedule(Slot slot, Step step, qint64 delayMs);
    void cancel(Slot slot);

    void onRingEnd();
    void answer();
    void finishOriginate(bool success, int reason);

    void onGreetingEnd();
    void onAmdDone();
    void onReadDone();
    void enterQueue();
    void onQueueTimeout();
    // What the application the channel is in does when a Redirect cuts it short.
    void interruptDialplan();
    const SimChannel *channel(const QByteArray &nameOrUniqueId) const;
    void endAnswered(Side side, int cause, int dialplanPriority);
    void finish();

    CallSwitch &m_node;
    CallEvents &m_ev;
    quint64 m_id;
    OriginateAction m_request;
    CallPlan m_plan;
    DialedLegs m_legs;
    SimChannel &m_a;  // the legs' channels, named as everywhere else
    SimChannel &m_b;
    const bool m_local;
    Stage m_stage = Stage::Ringing;
    QueuedCaller m_queue;
    ChannelDialplan m_dialplan;
    quint32 m_generation[2] = {0, 0};
    Step m_step[2] = {Step::None, Step::None};
};
