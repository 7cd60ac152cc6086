#pragma once

#include <QString>

class ApiServer;
class ClientSession;
class ProtocolMessage;
class RequestRouter;
class TrunkStore;

// trunks.list / add / update / remove / setDefault (manual, "Trunks").
// Everyone who follows the "trunks" topic hears of every change.
class TrunksHandler final
{
public:
    TrunksHandler(TrunkStore &trunks, ApiServer &server);

    void registerRoutes(RequestRouter &router);

private:
    void onList(ClientSession &session, const ProtocolMessage &request);
    void onAdd(ClientSession &session, const ProtocolMessage &request);
    void onUpdate(ClientSession &session, const ProtocolMessage &request);
    void onRemove(ClientSession &session, const ProtocolMessage &request);
    void onSetDefault(ClientSession &session, const ProtocolMessage &request);
    void publishChange(const ClientSession &session, const QString &what);

    TrunkStore &m_trunks;
    ApiServer &m_server;
};
