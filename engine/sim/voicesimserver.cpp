#include "engine/sim/voicesimserver.h"

#include "engine/sim/callswitch.h"
#include "engine/sim/voicesimlogging.h"
#include "engine/sim/voicesimsession.h"

#include <QTcpServer>
#include <QTcpSocket>

VoiceSimServer::VoiceSimServer(const VoiceSimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server(new QTcpServer(this))
    , m_node(new CallSwitch(m_config, this))
{
    connect(m_server, &QTcpServer::newConnection, this, &VoiceSimServer::onNewConnection);
    connect(m_node, &CallSwitch::eventsRaised, this, &VoiceSimServer::onEventsRaised);
    // Until someone logs in, nobody wants anything: build no events.
    m_node->setWantedEvents(0);
}

VoiceSimServer::~VoiceSimServer()
{
    close();
}

Result<Done> VoiceSimServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server->listen(address, port))
        return Result<Done>::failure(ErrorCode::Internal,
                                     QStringLiteral("cannot listen on %1:%2: %3")
                                         .arg(address.toString())
                                         .arg(port)
                                         .arg(m_server->errorString()));
    qCInfo(lcVoiceSim) << "AMI on" << m_server->serverAddress().toString() << m_server->serverPort() << "seed"
                       << m_node->seed();
    return Result<Done>::success({});
}

void VoiceSimServer::close()
{
    m_server->close();
    const QList<VoiceSimSession *> sessions = m_sessions;
    m_sessions.clear();
    for (VoiceSimSession *session : sessions) {
        disconnect(session, nullptr, this, nullptr);
        session->close();
        session->deleteLater();
    }
    updateWantedEvents();
}

quint16 VoiceSimServer::port() const
{
    return m_server->serverPort();
}

QHostAddress VoiceSimServer::address() const
{
    return m_server->serverAddress();
}

void VoiceSimServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *session = new VoiceSimSession(socket, m_config, *m_node, this);
        m_sessions.append(session);
        connect(session, &VoiceSimSession::closed, this, [this, session] { onSessionClosed(session); });
        connect(session, &VoiceSimSession::eventMaskChanged, this, &VoiceSimServer::updateWantedEvents);
        connect(session, &VoiceSimSession::loggedIn, this, [this, session] { onSessionLoggedIn(session); });
        emit sessionOpened();
    }
}

void VoiceSimServer::onSessionClosed(VoiceSimSession *session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
    updateWantedEvents();
    emit sessionClosed();
}

void VoiceSimServer::onSessionLoggedIn(VoiceSimSession *session)
{
    // Asterisk reports a login to every session that follows security events,
    // the new one included (capture: FullyBooted, then SuccessfulAuth).
    const SimEventList events{session->successfulAuthEvent()};
    // A copy: a session that cannot keep up is dropped (and unlisted) while we deliver.
    const QList<VoiceSimSession *> sessions = m_sessions;
    for (VoiceSimSession *s : sessions)
        s->deliver(events);
}

void VoiceSimServer::onEventsRaised(const SimEventList &events)
{
    // A copy: a session that cannot keep up is dropped (and unlisted) while we deliver.
    const QList<VoiceSimSession *> sessions = m_sessions;
    for (VoiceSimSession *session : sessions)
        session->deliver(events);
}

void VoiceSimServer::updateWantedEvents()
{
    quint32 mask = 0;
    for (const VoiceSimSession *session : std::as_const(m_sessions))
        mask |= session->eventMask();
    m_node->setWantedEvents(mask);
}
