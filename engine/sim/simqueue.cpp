#include "engine/sim/simqueue.h"

#include "engine/sim/amieventwriter.h"
#include "engine/sim/simchannel.h"

#include <utility>

namespace {

// ast_device_state values app_queue reports as a member's Status.
constexpr int kDeviceNotInUse = 1;
constexpr int kDeviceInUse = 2;

void line(QByteArray &out, QByteArrayView key, QByteArrayView value)
{
    out.append(key);
    out.append(": ", 2);
    out.append(value);
    out.append("\r\n", 2);
}

void line(QByteArray &out, QByteArrayView key, qint64 value)
{
    line(out, key, QByteArray::number(value));
}

QByteArrayView orUnknown(const QByteArray &v)
{
    return v.isEmpty() ? QByteArrayView("unknown") : QByteArrayView(v);
}

} // namespace

SimQueue::SimQueue(QByteArray name, int agents, qint64 wrapupMs, qint64 loginSec)
    : m_name(std::move(name))
    , m_wrapupMs(wrapupMs)
    , m_loginSec(loginSec)
{
    m_members.reserve(agents);
    for (int i = 0; i < agents; ++i) {
        Member m;
        m.extension = QByteArray::number(6001 + i);
        m.name = "Agent " + m.extension;
        m.interface = "Local/" + m.extension + "@agents/n";
        m_members.append(m);
    }
}

int SimQueue::join(quint64 callId, const SimChannel *channel, qint64 nowMs)
{
    Entry e;
    e.callId = callId;
    e.channel = channel;
    e.joinedMs = nowMs;
    e.originalPosition = int(m_entries.size()) + 1;
    m_entries.append(e);
    return e.originalPosition;
}

int SimQueue::leave(quint64 callId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).callId == callId) {
            m_entries.removeAt(i);
            return int(i) + 1;
        }
    }
    return 0;
}

const SimQueue::Entry *SimQueue::entry(quint64 callId) const
{
    for (const Entry &e : m_entries) {
        if (e.callId == callId)
            return &e;
    }
    return nullptr;
}

std::optional<std::pair<quint64, int>> SimQueue::nextMatch(qint64 nowMs)
{
    Entry *caller = nullptr;
    for (Entry &e : m_entries) {
        if (e.member < 0) {
            caller = &e;
            break;
        }
    }
    if (!caller)
        return std::nullopt;
    int best = -1;
    for (int i = 0; i < m_members.size(); ++i) {
        const Member &m = m_members.at(i);
        if (m.busy || m.availableAtMs > nowMs)
            continue;
        if (best < 0 || m.lastCallMs < m_members.at(best).lastCallMs)
            best = i;
    }
    if (best < 0)
        return std::nullopt;
    caller->member = best;
    m_members[best].busy = true;
    return std::pair{caller->callId, best};
}

void SimQueue::memberConnected(int index)
{
    m_members[index].inCall = true;
}

void SimQueue::memberReleased(int index, bool answered, qint64 nowMs, qint64 nowSec)
{
    Member &m = m_members[index];
    m.busy = false;
    m.inCall = false;
    if (answered) {
        ++m.callsTaken;
        m.lastCallSec = nowSec;
        m.lastCallMs = nowMs;
        m.availableAtMs = nowMs + m_wrapupMs;
    }
}

std::optional<qint64> SimQueue::nextWrapupEndMs(qint64 nowMs) const
{
    std::optional<qint64> next;
    for (const Member &m : m_members) {
        if (!m.busy && m.availableAtMs > nowMs && (!next || m.availableAtMs < *next))
            next = m.availableAtMs;
    }
    return next;
}

void SimQueue::recordCompleted(qint64 holdSec, qint64 talkSec)
{
    ++m_completed;
    // Service level 0: only calls answered without waiting count as in it.
    if (holdSec <= 0)
        ++m_completedInServiceLevel;
    // app_queue recalc_holdtime(): weighted towards the past.
    m_holdtime = (m_holdtime * 3 + holdSec) / 4;
    m_talktime = (m_talktime * 3 + talkSec) / 4;
}

void SimQueue::recordAbandoned(qint64 holdSec)
{
    ++m_abandoned;
    if (holdSec <= 0)
        ++m_abandonedInServiceLevel;
}

int SimQueue::deviceStatus(const Member &m)
{
    return m.busy ? kDeviceInUse : kDeviceNotInUse;
}

void SimQueue::writeMemberStatus(AmiEventWriter &writer, int index) const
{
    const Member &m = m_members.at(index);
    if (!writer.begin("QueueMemberStatus", EventMask::Agent))
        return;
    writer.field("Queue", m_name);
    writer.field("MemberName", m.name);
    writer.field("Interface", m.interface);
    writer.field("StateInterface", m.interface);
    writer.field("Membership", "static");
    writer.field("Penalty", 0);
    writer.field("CallsTaken", m.callsTaken);
    writer.field("LastCall", m.lastCallSec);
    writer.field("LastPause", 0);
    writer.field("LoginTime", m_loginSec);
    writer.field("InCall", m.inCall ? 1 : 0);
    writer.field("Status", deviceStatus(m));
    writer.field("Paused", 0);
    writer.field("PausedReason", "");
    writer.field("Ringinuse", 0);
    writer.field("Wrapuptime", m_wrapupMs / 1000);
    writer.end();
}

void SimQueue::appendStatus(QByteArray &out, const QByteArray &actionIdLine, const QByteArray &memberFilter,
                            qint64 nowMs, int &items) const
{
    // app_queue.c manager_queues_status(), field for field.
    const int total = m_completed + m_abandoned;
    line(out, "Event", "QueueParams");
    line(out, "Queue", m_name);
    line(out, "Max", 0);
    line(out, "Strategy", "leastrecent");
    line(out, "Calls", m_entries.size());
    line(out, "Holdtime", m_holdtime);
    line(out, "TalkTime", m_talktime);
    line(out, "Completed", m_completed);
    line(out, "Abandoned", m_abandoned);
    line(out, "ServiceLevel", 0);
    const double perf = m_completed > 0 ? 100.0 * m_completedInServiceLevel / m_completed : 0.0;
    const double perf2 = total > 0 ? 100.0 * (m_completedInServiceLevel + m_abandonedInServiceLevel) / total : 0.0;
    line(out, "ServicelevelPerf", QByteArray::number(perf, 'f', 1));
    line(out, "ServicelevelPerf2", QByteArray::number(perf2, 'f', 1));
    line(out, "Weight", 0);
    out.append(actionIdLine);
    out.append("\r\n", 2);
    ++items;
    for (const Member &m : m_members) {
        if (!memberFilter.isEmpty() && memberFilter != m.interface && memberFilter != m.name)
            continue;
        line(out, "Event", "QueueMember");
        line(out, "Queue", m_name);
        line(out, "Name", m.name);
        line(out, "Location", m.interface);
        line(out, "StateInterface", m.interface);
        line(out, "Membership", "static");
        line(out, "Penalty", 0);
        line(out, "CallsTaken", m.callsTaken);
        line(out, "LastCall", m.lastCallSec);
        line(out, "LastPause", 0);
        line(out, "LoginTime", m_loginSec);
        line(out, "InCall", m.inCall ? 1 : 0);
        line(out, "Status", deviceStatus(m));
        line(out, "Paused", 0);
        line(out, "PausedReason", "");
        line(out, "Wrapuptime", m_wrapupMs / 1000);
        out.append(actionIdLine);
        out.append("\r\n", 2);
        ++items;
    }
    int position = 1;
    for (const Entry &e : m_entries) {
        line(out, "Event", "QueueEntry");
        line(out, "Queue", m_name);
        line(out, "Position", position++);
        line(out, "Channel", e.channel->name);
        line(out, "Uniqueid", e.channel->uniqueId);
        line(out, "CallerIDNum", orUnknown(e.channel->callerIdNum));
        line(out, "CallerIDName", orUnknown(e.channel->callerIdName));
        line(out, "ConnectedLineNum", orUnknown(e.channel->connectedNum));
        line(out, "ConnectedLineName", orUnknown(e.channel->connectedName));
        line(out, "Wait", (nowMs - e.joinedMs) / 1000);
        line(out, "Priority", 0);
        out.append(actionIdLine);
        out.append("\r\n", 2);
        ++items;
    }
}
