#include "common/calloutcome.h"

#include <array>
#include <utility>

namespace {

constexpr std::array kNames = {
    std::pair{CallOutcome::HumanAnswer, "human"},
    std::pair{CallOutcome::AnsweringMachine, "machine"},
    std::pair{CallOutcome::Busy, "busy"},
    std::pair{CallOutcome::NoAnswer, "noAnswer"},
    std::pair{CallOutcome::Congestion, "congestion"},
    std::pair{CallOutcome::Failed, "failed"},
    std::pair{CallOutcome::Pressed1, "pressed1"},
    std::pair{CallOutcome::Pressed2, "pressed2"},
    std::pair{CallOutcome::NodeLost, "nodeLost"},
};

} // namespace

QString callOutcomeName(CallOutcome outcome)
{
    for (const auto &[value, name] : kNames) {
        if (value == outcome)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("failed");
}

std::optional<CallOutcome> callOutcomeFromName(const QString &name)
{
    for (const auto &[value, text] : kNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isAnswered(CallOutcome outcome)
{
    return outcome == CallOutcome::HumanAnswer || outcome == CallOutcome::AnsweringMachine
        || outcome == CallOutcome::Pressed1 || outcome == CallOutcome::Pressed2;
}
