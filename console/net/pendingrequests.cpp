#include "console/net/pendingrequests.h"

#include <algorithm>
#include <utility>

void PendingRequests::Request::answer(const ProtocolMessage &reply) const
{
    if (hasContext && !context)
        return;
    if (handler)
        handler(reply);
}

void PendingRequests::add(Request request)
{
    const qint64 id = request.id;
    m_requests.insert(id, std::move(request));
}

std::optional<PendingRequests::Request> PendingRequests::take(qint64 id)
{
    const auto it = m_requests.find(id);
    if (it == m_requests.end())
        return std::nullopt;
    Request request = std::move(*it);
    m_requests.erase(it);
    return request;
}

QList<PendingRequests::Request> PendingRequests::takeAll()
{
    QList<Request> all;
    all.reserve(m_requests.size());
    for (auto &request : m_requests)
        all.append(std::move(request));
    m_requests.clear();
    // In the order they were sent, so failures reach the user in that order.
    std::sort(all.begin(), all.end(), [](const Request &a, const Request &b) { return a.id < b.id; });
    return all;
}

QList<PendingRequests::Request> PendingRequests::takeExpired()
{
    QList<Request> expired;
    for (auto it = m_requests.begin(); it != m_requests.end();) {
        if (it->deadline.hasExpired()) {
            expired.append(std::move(*it));
            it = m_requests.erase(it);
        } else {
            ++it;
        }
    }
    std::sort(expired.begin(), expired.end(),
              [](const Request &a, const Request &b) { return a.id < b.id; });
    return expired;
}
