#pragma once

#include "engine/ami/amiresult.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <queue>
#include <utility>
#include <vector>

// Actions sent on one AMI connection and not yet answered, by ActionID.
//
// A plain Response completes its action. A Response carrying
// "EventList: start" (CoreShowChannels, Status, QueueStatus, ...) opens a list:
// events with the same ActionID are collected until the one with
// "EventList: Complete". Events that carry an ActionID but belong to no open
// list (OriginateResponse comes long after its "Response: Success") are not
// claimed here.
//
// Deadlines sit in a min-heap; completed entries leave stale heap items that
// are skipped when they surface.
class AmiPendingActions final
{
public:
    using Callback = std::function<void(const AmiResult &)>;
    struct Completion {
        Callback onDone;
        AmiResult result;
    };

    explicit AmiPendingActions(int maxListEvents = 100'000);

    void add(const QByteArray &actionId, qint64 deadlineMs, Callback onDone);
    // True when the response was for a pending action; `done` is set once it
    // is complete (a list stays open).
    bool takeResponse(const AmiMessage &response, std::optional<Completion> &done);
    // True when the event belonged to an open list.
    bool takeListEvent(const AmiMessage &event, std::optional<Completion> &done);
    bool hasOpenLists() const { return m_openLists > 0; }
    QList<Completion> takeExpired(qint64 nowMs);
    QList<Completion> takeAll(const QString &reason);
    std::optional<qint64> nextDeadline();
    int size() const { return int(m_entries.size()); }

private:
    struct Entry {
        Callback onDone;
        AmiResult result;
        qint64 deadlineMs = 0;
        bool listOpen = false;
    };
    using Deadline = std::pair<qint64, QByteArray>;

    Completion finish(QHash<QByteArray, Entry>::iterator it);

    int m_maxListEvents;
    int m_openLists = 0;
    QHash<QByteArray, Entry> m_entries;
    std::priority_queue<Deadline, std::vector<Deadline>, std::greater<Deadline>> m_deadlines;
};
