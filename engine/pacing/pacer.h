#pragma once

#include "engine/pacing/abandonmeter.h"
#include "engine/pacing/pacerfigures.h"
#include "engine/pacing/pacersettings.h"
#include "engine/pacing/pacingstate.h"

#include <QString>

// A pacing algorithm. The engine (or torque-pacesim) tells it what happens to
// agents and calls, then asks it on every tick how many calls to dial now;
// the caller applies the trunk's CPS and channel limits and reports the calls
// it really dialled through callDialed(). Plain C++ with the time passed in
// (seconds on any monotonic clock), so it runs in virtual time.
//
// The event methods keep PacingState (the read-only view every pacer shares)
// and the AbandonMeter up to date, then call the matching hook with the record
// as it was before the event. The sequence for one call: callDialed, then
// either callEnded (Busy, Congestion, NoAnswer, Failed) or callAnswered (may be
// skipped without AMD), then machineAnswered + callEnded(Machine), or
// humanAnswered followed - at once, or after the press-1 message - by
// humanNeedsAgent or callEnded(Declined); then callConnected ... callEnded
// (Completed, the agent goes to wrap-up until agentFreed), or callAbandoned +
// callEnded(Abandoned). An agent that leaves after wrap-up gets agentLoggedOut
// instead of agentFreed.
class Pacer
{
public:
    explicit Pacer(const PacerSettings &settings);
    virtual ~Pacer();
    Pacer(const Pacer &) = delete;
    Pacer &operator=(const Pacer &) = delete;

    virtual QString name() const = 0;

    void agentLoggedIn(int agentId, double now);
    void agentLoggedOut(int agentId, double now);
    void agentFreed(int agentId, double now);             // after wrap-up
    void callDialed(qint64 callId, double now);
    void callAnswered(qint64 callId, double now);         // picked up; AMD starts
    void humanAnswered(qint64 callId, double now);        // AMD: a person
    void machineAnswered(qint64 callId, double now);      // AMD: a machine (hung up next)
    void humanNeedsAgent(qint64 callId, double now);      // queued for an agent (pressed 1)
    void callConnected(qint64 callId, int agentId, double now);
    void callAbandoned(qint64 callId, double now);        // no agent in time
    void callEnded(qint64 callId, PacingState::CallEnd end, double now);

    // How many calls to dial now (>= 0).
    int callsToLaunch(double now);
    virtual PacerFigures figures() const;

    const PacingState &state() const { return m_state; }
    const AbandonMeter &abandonMeter() const { return m_meter; }
    const PacerSettings &settings() const { return m_settings; }
    double now() const { return m_now; }

protected:
    virtual int decide(double now) = 0;

    virtual void onAgentLoggedIn(const PacingState::Agent &, double) { }
    virtual void onAgentLoggedOut(const PacingState::Agent &, double) { }
    virtual void onAgentFreed(const PacingState::Agent &, double) { }
    virtual void onCallDialed(double) { }
    virtual void onCallAnswered(const PacingState::Call &, double) { }
    virtual void onHumanAnswered(const PacingState::Call &, double) { }
    virtual void onMachineAnswered(const PacingState::Call &, double) { }
    virtual void onHumanNeedsAgent(const PacingState::Call &, double) { }
    virtual void onCallConnected(const PacingState::Call &, double) { }
    virtual void onCallAbandoned(const PacingState::Call &, double) { }
    virtual void onCallEnded(const PacingState::Call &, PacingState::CallEnd, double) { }

    // Calls that would give every free agent one call of its own.
    int progressiveCalls() const;
    PacerFigures baseFigures() const;

private:
    void advance(double now);
    template <typename Apply, typename Hook>
    void callEvent(qint64 callId, double now, Apply apply, Hook hook);

    PacerSettings m_settings;
    PacingState m_state;
    AbandonMeter m_meter;
    double m_now = 0;
};
