#include "engine/sim/eventmask.h"

#include <QList>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<const char *, quint32>, 19> kNames = {{
    {"system", EventMask::System},   {"call", EventMask::Call},           {"log", EventMask::Log},
    {"verbose", EventMask::Verbose}, {"command", EventMask::Command},     {"agent", EventMask::Agent},
    {"user", EventMask::User},       {"config", EventMask::Config},       {"dtmf", EventMask::Dtmf},
    {"reporting", EventMask::Reporting}, {"cdr", EventMask::Cdr},         {"dialplan", EventMask::Dialplan},
    {"originate", EventMask::Originate}, {"agi", EventMask::Agi},         {"cc", EventMask::Cc},
    {"aoc", EventMask::Aoc},         {"test", EventMask::Test},           {"security", EventMask::Security},
    {"message", EventMask::Message},
}};

bool equalsIgnoringCase(QByteArrayView a, const char *b)
{
    return a.compare(QByteArrayView(b), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<quint32> EventMask::parse(QByteArrayView text)
{
    const QByteArrayView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    for (const char *word : {"on", "yes", "true", "y", "t", "1"}) {
        if (equalsIgnoringCase(trimmed, word))
            return All;
    }
    for (const char *word : {"off", "no", "false", "n", "f", "0"}) {
        if (equalsIgnoringCase(trimmed, word))
            return 0u;
    }
    quint32 mask = 0;
    bool known = false;
    for (const QByteArray &part : trimmed.toByteArray().split(',')) {
        const QByteArrayView name = QByteArrayView(part).trimmed();
        if (equalsIgnoringCase(name, "all")) {
            mask = All;
            known = true;
            continue;
        }
        for (const auto &[label, bit] : kNames) {
            if (equalsIgnoringCase(name, label)) {
                mask |= bit;
                known = true;
            }
        }
    }
    return known ? std::optional<quint32>(mask) : std::nullopt;
}

QByteArrayView EventMask::privilege(quint32 eventClass)
{
    switch (eventClass) {
    case System: return "system,all";
    case Call: return "call,all";
    case Agent: return "agent,all";
    case User: return "user,all";
    case Cdr: return "cdr,all";
    case Dialplan: return "dialplan,all";
    case Security: return "security,all";
    default: return "all";
    }
}
