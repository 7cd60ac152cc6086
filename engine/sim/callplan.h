#pragma once

#include "common/calloutcome.h"

#include <QByteArray>
#include <QList>

// Everything random about one call, drawn when its Originate is accepted so
// that a seed and a sequence of Originates always give the same calls, however
// the timers interleave. Durations are simulated milliseconds.
struct CallPlan final
{
    // HumanAnswer, AnsweringMachine, Busy, NoAnswer, Congestion or Failed;
    // a press is `digit` on a HumanAnswer.
    CallOutcome outcome = CallOutcome::Failed;
    QByteArray amdStatus;   // HUMAN, MACHINE or NOTSURE (answered calls)
    QByteArray amdCause;    // HUMAN-800-800, LONGGREETING-1500-1500, TOOLONG-4900
    qint64 amdMs = 0;       // how long AMD() listens
    bool ivr = false;       // the human hears the press-1 prompt
    int digit = 0;          // 0 = presses nothing, 1 or 2
    qint64 ringMs = 0;
    qint64 talkMs = 0;      // after the greeting, until the far end hangs up
    qint64 pressDelayMs = 0;
    qint64 agentRingMs = 0;
    int simR = 1;           // the dialplan's SIM_R, 1..100
    // How a failed Local call ends, step by step: the order in which its
    // DialEnd, OriginateResponse and the two legs' Hangups go out. Empty:
    // the order of the recorded captures (a different one per outcome).
    enum class FailedStep { DialEnd, Response, FarLeg, DialerLeg };
    QList<FailedStep> failedOrder;
};
