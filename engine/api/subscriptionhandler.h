#pragma once

#include "common/role.h"

#include <QHash>
#include <QList>
#include <QString>

class ClientSession;
class ProtocolMessage;
class RequestRouter;

// subscribe / unsubscribe, and which roles may follow which topic.
class SubscriptionHandler final
{
public:
    SubscriptionHandler();

    void registerRoutes(RequestRouter &router);
    bool mayFollow(const QString &topic, Role role) const;

private:
    void onSubscribe(ClientSession &session, const ProtocolMessage &request);
    void onUnsubscribe(ClientSession &session, const ProtocolMessage &request);

    QHash<QString, QList<Role>> m_readers;
};
