#pragma once

#include "engine/sim/amieventwriter.h"
#include "engine/sim/callevents.h"
#include "engine/sim/outcomemodel.h"
#include "engine/sim/simevent.h"
#include "engine/sim/simqueue.h"
#include "engine/sim/voicesimconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

#include <array>
#include <map>
#include <memory>
#include <random>

class CallScheduler;
class SimulatedCall;
struct OriginateAction;
struct SimChannel;

// The simulated voice node behind the AMI sessions: admits Originates
// (capacity, accept rate), owns the live calls, their timers and the agents'
// queue, and hands every event it produces to the sessions in bursts
// (eventsRaised), one per action or timer wake-up.
class CallSwitch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallSwitch)

public:
    struct Admission {
        enum class Kind { Queued, Pending, Error };
        Kind kind = Kind::Error;
        QByteArray message;   // for Error: the Response's Message
        quint64 callId = 0;   // for Pending: syncOriginateFinished carries it
    };
    struct Stats {
        qint64 originates = 0;
        qint64 rejected = 0;         // Response: Error (accept rate)
        qint64 overCapacity = 0;     // accepted, then failed with Reason 0
        std::array<qint64, 8> outcomes{}; // by CallOutcome
    };

    explicit CallSwitch(const VoiceSimConfig &config, QObject *parent = nullptr);
    ~CallSwitch() override;

    // The caller writes the Response, then calls flushEvents(): Asterisk
    // answers an Originate before any of its events.
    Admission originate(const OriginateAction &request);
    // AMI Hangup by channel name or Uniqueid; false = no such channel.
    bool hangup(const QByteArray &nameOrUniqueId, int cause);
    enum class RedirectResult { Redirected, NoChannel, Failed };
    // AMI Redirect of a call's answered channel (name or Uniqueid, as
    // ast_channel_get_by_name() finds it) to context/exten/priority.
    RedirectResult redirect(const QByteArray &nameOrUniqueId, const QByteArray &context, const QByteArray &exten,
                            int priority);
    // AMI Setvar: on a channel (false = no such channel), or a global one.
    bool setVariable(const QByteArray &nameOrUniqueId, const QByteArray &name, const QByteArray &value);
    void flushEvents();
    // Union of what the sessions want: events nobody wants are not built.
    void setWantedEvents(quint32 mask);

    QList<const SimChannel *> channels() const;
    const SimChannel *findChannel(const QByteArray &nameOrUniqueId) const;
    const SimQueue &queue() const { return m_queue; }
    int activeCalls() const { return m_active; }
    const Stats &stats() const { return m_stats; }
    quint64 seed() const { return m_model.seed(); }
    qint64 nowMs() const;
    qint64 epochSeconds() const;
    // Simulated wall clock in µs since the epoch (event Timestamps).
    qint64 wallUs() const;

    // For SimulatedCall.
    CallEvents &events() { return m_events; }
    // Global variables by name without leading underscores, upper case.
    const QHash<QByteArray, QByteArray> &globals() const { return m_globals; }
    SimQueue &queue() { return m_queue; }
    const VoiceSimConfig &config() const { return m_config; }
    void scheduleCall(quint64 callId, qint64 delayMs, quint32 tag);
    QByteArray nextChannelSuffix();
    QByteArray nextUniqueId();
    QByteArray newBridgeId();
    void registerChannel(const SimChannel &channel, quint64 callId);
    void unregisterChannel(const SimChannel &channel);
    void syncOriginateDone(quint64 callId, bool answered);
    // Pairs waiting callers with free agents.
    void dispatchQueue();
    void callFinished(quint64 callId);

signals:
    void eventsRaised(const SimEventList &events);
    void syncOriginateFinished(quint64 callId, bool answered);

private:
    void onTimerFired(quint64 key, quint32 tag);
    void beginBurst();
    SimulatedCall *callOwning(const QByteArray &nameOrUniqueId) const;

    VoiceSimConfig m_config;
    AmiEventWriter m_writer;
    CallEvents m_events;
    CallScheduler *m_scheduler;
    OutcomeModel m_model;
    std::mt19937_64 m_admissionRng;
    SimQueue m_queue;
    std::map<quint64, std::unique_ptr<SimulatedCall>> m_calls; // ordered: CoreShowChannels lists oldest first
    QHash<QByteArray, quint64> m_channelOwners;                // name and Uniqueid -> call
    QHash<QByteArray, QByteArray> m_globals;                   // Setvar without a channel
    QList<quint64> m_finished;
    Stats m_stats;
    qint64 m_epochUs;
    quint64 m_nextCallId = 1;
    quint32 m_channelSeq = 0;
    quint64 m_uniqueSeq = 0;
    quint64 m_bridgeSeq = 0;
    qint64 m_wrapupWakeMs = -1;
    int m_active = 0;
    bool m_dispatching = false;
    bool m_queueDirty = false;
};
