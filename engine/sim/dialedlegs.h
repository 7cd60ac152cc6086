#pragma once

#include "engine/sim/simchannel.h"

#include <QByteArray>

#include <functional>

class CallEvents;
struct CallPlan;
struct OriginateAction;

// The channels an Originate dials and what the simulated network does with
// them until they are answered or fail:
//  - Local/<n>@<ctx>: a ;1 leg and a ;2 leg that runs [simnet]/[simnet-call]
//    of simnet-extensions.conf (the captures' far end),
//  - any other technology: one leg (capture-sip-channel.txt).
// A failed Local call ends in the order of the recorded captures, or in
// one its plan drew (CallPlan::failedOrder): a real Asterisk sends the
// Originate's result before, between or after the legs' Hangups, and hangs
// either leg up first. Busy and congested calls carry Cause 0 on ;1 and the
// real cause on ;2.
class DialedLegs final
{
public:
    // Called where Asterisk sends the Originate's result (OriginateResponse,
    // or the Response of a synchronous Originate).
    using Report = std::function<void(bool success, int reason)>;

    DialedLegs(CallEvents &ev, const OriginateAction &request, const CallPlan &plan, Report report);

    bool isLocal() const { return m_local; }
    SimChannel &first() { return m_a; }
    SimChannel &second() { return m_b; }
    const SimChannel &first() const { return m_a; }
    const SimChannel &second() const { return m_b; }
    // Local/<number>@<context>: the device of DeviceStateChange.
    QByteArray device() const;

    // Newchannel ... DialState RINGING: everything up to the ring.
    void setUp(const QByteArray &suffix, const QByteArray &uniqueA, const QByteArray &uniqueB,
               const QByteArray &sipContext);
    // Up to DialEnd ANSWER. A single leg reports first; a Local pair reports
    // later (reportAnswer()), once the answered leg has started its dialplan.
    void answer();
    void reportAnswer();
    // The far end's greeting: a short "hello" or a machine's long message.
    void startGreeting();
    void endGreeting(qint64 talkMs);
    qint64 greetingMs() const;
    // Priority of the far end's Hangup(16) in [simnet-call].
    int hangupPriority() const;

    void failBusy();
    void failCongestion();
    void failUnallocated();
    void waitForever();
    void noAnswer();
    // AMI Hangup before the answer.
    void cancelRinging(int cause);

    static QByteArray seconds(qint64 ms);

private:
    void networkChecks(int matched);
    // What a failed Local call sends at its end, whatever the order.
    struct FailedEnd final
    {
        QByteArray dialStatus;   // DialEnd's; empty: no DialEnd
        int reason = 0;          // the OriginateResponse's
        int causeA = 0;          // the ;1 leg's Hangup
        int causeB = 0;          // the ;2 leg's Hangup
        int farRequestCause = 0; // the ;2 leg's HangupRequest; -1: none
        QByteArray cdrA;
        QByteArray cdrB;
    };
    void endFailed(const FailedEnd &end);
    bool machine() const;

    CallEvents &m_ev;
    const OriginateAction &m_request;
    const CallPlan &m_plan;
    Report m_report;
    SimChannel m_a;
    SimChannel m_b;
    bool m_local;
};
