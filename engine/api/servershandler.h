#pragma once

#include "common/voiceserver.h"

#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QTimer>

class ApiServer;
class ClientSession;
class ProtocolMessage;
class RequestRouter;
class VoiceFunnel;
class VoiceServerStore;

// servers.list / add / update / remove / start / stop (manual, "Servers",
// the Asterisk part). Every change is applied to the voice funnel at once;
// followers of the "servers" topic hear of changes and of live state
// (connection state, channels) at most once a second.
class ServersHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersHandler)

public:
    ServersHandler(VoiceServerStore &servers, VoiceFunnel &funnel, ApiServer &api,
                   QObject *parent = nullptr);

    void registerRoutes(RequestRouter &router);
    // Loads the stored servers into the funnel (engine start).
    bool applyStoredServers();

private:
    void onList(ClientSession &session, const ProtocolMessage &request);
    void onAdd(ClientSession &session, const ProtocolMessage &request);
    void onUpdate(ClientSession &session, const ProtocolMessage &request);
    void onRemove(ClientSession &session, const ProtocolMessage &request);
    void onStart(ClientSession &session, const ProtocolMessage &request);
    void onStop(ClientSession &session, const ProtocolMessage &request);
    void setEnabled(ClientSession &session, const ProtocolMessage &request, bool enabled);
    void changed(const ClientSession &session, const QString &what);
    void onLiveStateChanged();
    void publish();
    QJsonArray withLiveState(const QList<VoiceServer> &servers) const;

    VoiceServerStore &m_servers;
    VoiceFunnel &m_funnel;
    ApiServer &m_api;
    QList<VoiceServer> m_applied; // what the funnel runs: live pushes read no database
    QTimer m_publishTimer;        // coalesces live-state pushes to 1 Hz
};
