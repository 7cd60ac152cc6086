#pragma once

#include "common/protocolmessage.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

// The requests sent to the engine and not answered yet, by id, each with its
// deadline, so replies find their handler and silence becomes a timeout.
class PendingRequests final
{
public:
    using ReplyHandler = std::function<void(const ProtocolMessage &reply)>;

    struct Request
    {
        qint64 id = 0;
        QString type;
        ReplyHandler handler;
        QPointer<QObject> context;
        bool hasContext = false;
        bool internal = false; // the client's own hello/login/subscribe while restoring
        QDeadlineTimer deadline;

        // Calls the handler, unless the object it belongs to is gone (a
        // dialog closed before the engine answered).
        void answer(const ProtocolMessage &reply) const;
    };

    void add(Request request);
    std::optional<Request> take(qint64 id);
    // Empties the table; the caller fails what it gets back.
    QList<Request> takeAll();
    QList<Request> takeExpired();
    bool isEmpty() const { return m_requests.isEmpty(); }
    void clear() { m_requests.clear(); }

private:
    QHash<qint64, Request> m_requests;
};
