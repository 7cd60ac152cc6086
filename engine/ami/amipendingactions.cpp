#include "engine/ami/amipendingactions.h"

AmiPendingActions::AmiPendingActions(int maxListEvents)
    : m_maxListEvents(maxListEvents)
{
}

void AmiPendingActions::add(const QByteArray &actionId, qint64 deadlineMs, Callback onDone)
{
    Entry entry;
    entry.onDone = std::move(onDone);
    entry.result.actionId = actionId;
    entry.deadlineMs = deadlineMs;
    m_entries.insert(actionId, std::move(entry));
    m_deadlines.emplace(deadlineMs, actionId);
}

AmiPendingActions::Completion AmiPendingActions::finish(QHash<QByteArray, Entry>::iterator it)
{
    if (it->listOpen)
        --m_openLists;
    Completion done{std::move(it->onDone), std::move(it->result)};
    m_entries.erase(it);
    return done;
}

bool AmiPendingActions::takeResponse(const AmiMessage &response, std::optional<Completion> &done)
{
    const auto it = m_entries.find(response.actionId());
    if (it == m_entries.end() || it->listOpen)
        return false;
    it->result.response = response;
    const bool answered = response.isType("Success") || response.isType("Follows")
            || response.isType("Goodbye");
    if (!answered) {
        it->result.outcome = AmiResult::Outcome::Error;
        it->result.reason = QString::fromUtf8(response.value("Message"));
        if (it->result.reason.isEmpty())
            it->result.reason = QStringLiteral("Response: %1").arg(QString::fromUtf8(response.type()));
        done = finish(it);
        return true;
    }
    it->result.outcome = AmiResult::Outcome::Success;
    if (AmiMessage::keyEquals(response.value("EventList"), "start")) {
        it->listOpen = true;
        ++m_openLists;
        return true;
    }
    done = finish(it);
    return true;
}

bool AmiPendingActions::takeListEvent(const AmiMessage &event, std::optional<Completion> &done)
{
    if (m_openLists == 0)
        return false;
    const auto it = m_entries.find(event.actionId());
    if (it == m_entries.end() || !it->listOpen)
        return false;
    if (AmiMessage::keyEquals(event.value("EventList"), "Complete")) {
        it->result.listEnd = event;
        done = finish(it);
        return true;
    }
    if (it->result.events.size() >= m_maxListEvents) {
        it->result.outcome = AmiResult::Outcome::Error;
        it->result.reason = QStringLiteral("list longer than %1 events").arg(m_maxListEvents);
        done = finish(it);
        return true;
    }
    it->result.events.append(event);
    return true;
}

QList<AmiPendingActions::Completion> AmiPendingActions::takeExpired(qint64 nowMs)
{
    QList<Completion> expired;
    while (!m_deadlines.empty() && m_deadlines.top().first <= nowMs) {
        const Deadline top = m_deadlines.top();
        m_deadlines.pop();
        const auto it = m_entries.find(top.second);
        if (it == m_entries.end() || it->deadlineMs != top.first)
            continue; // answered already
        it->result.outcome = AmiResult::Outcome::TimedOut;
        it->result.reason = it->listOpen ? QStringLiteral("list not complete in time")
                                         : QStringLiteral("no response in time");
        expired.append(finish(it));
    }
    return expired;
}

QList<AmiPendingActions::Completion> AmiPendingActions::takeAll(const QString &reason)
{
    QList<Completion> all;
    all.reserve(m_entries.size());
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        // Every pending action was written to the socket: it may have arrived.
        it->result.outcome = AmiResult::Outcome::Unconfirmed;
        it->result.reason = reason;
        all.append(Completion{std::move(it->onDone), std::move(it->result)});
    }
    m_entries.clear();
    m_deadlines = {};
    m_openLists = 0;
    return all;
}

std::optional<qint64> AmiPendingActions::nextDeadline()
{
    // Drop stale tops so the timer is not armed for answered actions.
    while (!m_deadlines.empty()) {
        const Deadline &top = m_deadlines.top();
        const auto it = m_entries.constFind(top.second);
        if (it != m_entries.cend() && it->deadlineMs == top.first)
            return top.first;
        m_deadlines.pop();
    }
    return std::nullopt;
}
