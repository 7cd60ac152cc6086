#include "engine/sim/simchannel.h"

#include <QStringBuilder>

namespace {

void line(QByteArray &out, QByteArrayView prefix, QByteArrayView key, QByteArrayView value)
{
    out.append(prefix);
    out.append(key);
    out.append(": ", 2);
    out.append(value);
    out.append("\r\n", 2);
}

QByteArrayView orUnknown(const QByteArray &value)
{
    return value.isEmpty() ? QByteArrayView("<unknown>") : QByteArrayView(value);
}

} // namespace

QByteArrayView SimChannel::stateDesc(State state)
{
    switch (state) {
    case State::Down: return "Down";
    case State::Ring: return "Ring";
    case State::Ringing: return "Ringing";
    case State::Up: return "Up";
    case State::Busy: return "Busy";
    }
    return "Unknown";
}

void SimChannel::appendSnapshot(QByteArray &out, QByteArrayView prefix) const
{
    line(out, prefix, "Channel", name);
    line(out, prefix, "ChannelState", QByteArray::number(int(state)));
    line(out, prefix, "ChannelStateDesc", stateDesc(state));
    line(out, prefix, "CallerIDNum", orUnknown(callerIdNum));
    line(out, prefix, "CallerIDName", orUnknown(callerIdName));
    line(out, prefix, "ConnectedLineNum", orUnknown(connectedNum));
    line(out, prefix, "ConnectedLineName", orUnknown(connectedName));
    line(out, prefix, "Language", "en");
    line(out, prefix, "AccountCode", "");
    line(out, prefix, "Context", context);
    line(out, prefix, "Exten", exten);
    line(out, prefix, "Priority", QByteArray::number(priority));
    line(out, prefix, "Uniqueid", uniqueId);
    line(out, prefix, "Linkedid", linkedId);
}

QByteArray SimChannel::cdrCallerId() const
{
    return QByteArray(1, '"') + callerIdName + "\" <" + callerIdNum + '>';
}
