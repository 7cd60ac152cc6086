#pragma once

#include "engine/ami/amiparser.h"
#include "engine/sim/channelactions.h"
#include "engine/sim/simevent.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class AmiMessage;
class CallSwitch;
class QTcpSocket;
class QTimer;
struct VoiceSimConfig;

// One AMI client of the simulated node, answering as Asterisk 20's manager.c
// does: the banner, Login (plain or MD5 challenge), Logoff, Ping, Events,
// Originate (sync and Async), Hangup, Redirect, Setvar, Status,
// CoreShowChannels and QueueStatus, with their exact Response/EventList shapes. Actions are handled
// one at a time in order; a synchronous Originate holds the ones behind it
// until its call is answered or fails, as Asterisk's session thread does.
// A client that sends something that is not AMI is dropped, alone.
class VoiceSimSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceSimSession)

public:
    VoiceSimSession(QTcpSocket *socket, const VoiceSimConfig &config, CallSwitch &node, QObject *parent = nullptr);
    ~VoiceSimSession() override;

    bool isAuthenticated() const { return m_authenticated; }
    // The event classes this client receives (0 until it has logged in).
    quint32 eventMask() const { return m_authenticated ? m_eventMask : 0; }
    QByteArray peerName() const { return m_peer; }

    void deliver(const SimEventList &events);
    // Event: SuccessfulAuth for this session's login, for every session.
    SimEvent successfulAuthEvent() const;
    void close();

signals:
    void loggedIn();
    void eventMaskChanged();
    void closed();

private:
    void onReadyRead();
    void onDisconnected();
    void onSyncOriginateFinished(quint64 callId, bool answered);
    void processBacklog();
    void handle(const AmiMessage &action);
    void handleLogin(const AmiMessage &action);
    void handleChallenge(const AmiMessage &action);
    void handleEvents(const AmiMessage &action);
    void handlePing(const AmiMessage &action);
    void handleOriginate(const AmiMessage &action);
    // Hangup, Redirect, Setvar: the Response, then the events they caused.
    void handleChannelAction(const AmiMessage &action, const ChannelActions::Answer &answer);
    void handleStatus(const AmiMessage &action);
    void handleCoreShowChannels(const AmiMessage &action);
    void handleQueueStatus(const AmiMessage &action);
    void respond(const AmiMessage &action, const char *response, const QByteArray &message);
    void write(const QByteArray &bytes);
    void drop(const QString &why);

    QTcpSocket *m_socket;
    const VoiceSimConfig &m_config;
    CallSwitch &m_node;
    ChannelActions m_channelActions;
    AmiParser m_parser;
    QTimer *m_authTimer;
    QList<AmiMessage> m_backlog;
    QByteArray m_peer;
    QByteArray m_challenge;
    QByteArray m_blockedActionId;
    quint64 m_blockedOnCall = 0;
    quint32 m_eventMask;
    bool m_authenticated = false;
    bool m_closing = false;
    bool m_closedEmitted = false;
    qint64 m_loginUs = 0;
};
