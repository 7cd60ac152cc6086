#pragma once

#include <QString>

#include <optional>

// How a dialled call ended, as the dialer's statistics and number statuses see it.
enum class CallOutcome {
    HumanAnswer,     // answered, AMD said human (or not sure)
    AnsweringMachine,
    Busy,
    NoAnswer,
    Congestion,
    Failed,          // unallocated number, channel unavailable, rejected
    Pressed1,        // a human answered and pressed 1
    Pressed2,        // a human answered and pressed 2
    NodeLost         // the voice server was lost (or never reported): not the callee's doing
};

QString callOutcomeName(CallOutcome outcome);
std::optional<CallOutcome> callOutcomeFromName(const QString &name);
bool isAnswered(CallOutcome outcome);
