#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

class AmiEventWriter;
struct SimChannel;

// The node's agent queue (app_queue with static members Local/600N@agents/n,
// strategy leastrecent): who waits, which agents are free, and the figures
// QueueStatus reports. The calls drive it; it never schedules anything.
class SimQueue final
{
public:
    struct Member {
        QByteArray name;          // Agent 6001
        QByteArray interface;     // Local/6001@agents/n
        QByteArray extension;     // 6001
        int callsTaken = 0;
        qint64 lastCallSec = 0;   // epoch seconds
        qint64 lastCallMs = 0;    // simulated clock, for leastrecent
        bool busy = false;        // ringing or talking
        bool inCall = false;
        qint64 availableAtMs = 0; // end of wrap-up
    };
    struct Entry {
        quint64 callId = 0;
        const SimChannel *channel = nullptr;
        qint64 joinedMs = 0;
        int originalPosition = 0;
        int member = -1;          // the agent being rung, if any
    };

    SimQueue(QByteArray name, int agents, qint64 wrapupMs, qint64 loginSec);

    const QByteArray &name() const { return m_name; }
    const Member &member(int index) const { return m_members.at(index); }
    qsizetype waiting() const { return m_entries.size(); }

    // Returns the caller's position (1-based).
    int join(quint64 callId, const SimChannel *channel, qint64 nowMs);
    // Removes the caller; returns the position it had (0 = not queued).
    int leave(quint64 callId);
    const Entry *entry(quint64 callId) const;

    // The first caller not yet offered to an agent, paired with the free
    // agent idle longest; nullopt when either is missing.
    std::optional<std::pair<quint64, int>> nextMatch(qint64 nowMs);
    void memberConnected(int index);
    // The agent's call ended (or its ringing stopped: answered = false).
    void memberReleased(int index, bool answered, qint64 nowMs, qint64 nowSec);
    // Earliest end of a wrap-up still running after nowMs.
    std::optional<qint64> nextWrapupEndMs(qint64 nowMs) const;

    void recordCompleted(qint64 holdSec, qint64 talkSec);
    void recordAbandoned(qint64 holdSec);

    // Event: QueueMemberStatus (app_queue queue_member_blob_create).
    void writeMemberStatus(AmiEventWriter &writer, int index) const;
    // The QueueParams/QueueMember/QueueEntry events of QueueStatus; adds to items.
    void appendStatus(QByteArray &out, const QByteArray &actionIdLine, const QByteArray &memberFilter,
                      qint64 nowMs, int &items) const;

private:
    static int deviceStatus(const Member &m);

    QByteArray m_name;
    qint64 m_wrapupMs;
    qint64 m_loginSec;
    QList<Member> m_members;
    QList<Entry> m_entries;
    int m_completed = 0;
    int m_abandoned = 0;
    int m_completedInServiceLevel = 0;
    int m_abandonedInServiceLevel = 0;
    qint64 m_holdtime = 0;  // app_queue's running averages
    qint64 m_talktime = 0;
};
