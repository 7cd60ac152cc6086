#pragma once

#include "engine/api/route.h"

#include <QHash>

// Checks each request against its Route (hello first, login, pending password
// change, role) and hands it to the handler.
class RequestRouter final
{
public:
    void add(Route route);
    void dispatch(ClientSession &session, const ProtocolMessage &request) const;
    bool hasRoute(const QString &type) const { return m_routes.contains(type); }

private:
    bool mayPass(ClientSession &session, const Route &route, const ProtocolMessage &request) const;

    QHash<QString, Route> m_routes;
};
