#pragma once

#include "common/result.h"
#include "engine/sim/simevent.h"
#include "engine/sim/voicesimconfig.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

class CallSwitch;
class QTcpServer;
class VoiceSimSession;

// torque-voicesim's listener: accepts AMI clients on one TCP port, gives each
// a VoiceSimSession, and fans the node's events out to every logged-in
// session that wants them. All sessions share one CallSwitch (one node).
class VoiceSimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceSimServer)

public:
    explicit VoiceSimServer(const VoiceSimConfig &config, QObject *parent = nullptr);
    ~VoiceSimServer() override;

    Result<Done> listen(const QHostAddress &address, quint16 port);
    // Stops accepting and disconnects every client; live calls are dropped.
    void close();
    quint16 port() const;
    QHostAddress address() const;
    int sessionCount() const { return int(m_sessions.size()); }
    CallSwitch &node() { return *m_node; }
    const VoiceSimConfig &config() const { return m_config; }

signals:
    void sessionOpened();
    void sessionClosed();

private:
    void onNewConnection();
    void onSessionClosed(VoiceSimSession *session);
    void onEventsRaised(const SimEventList &events);
    void onSessionLoggedIn(VoiceSimSession *session);
    void updateWantedEvents();

    VoiceSimConfig m_config;
    QTcpServer *m_server;
    CallSwitch *m_node;
    QList<VoiceSimSession *> m_sessions;
};
