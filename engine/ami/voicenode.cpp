#include "engine/ami/voicenode.h"

VoiceNode::VoiceNode(const VoiceServer &server, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_connection(new AmiConnection(connectionConfig(server), this))
{
}

AmiConnection::Config VoiceNode::connectionConfig(const VoiceServer &server)
{
    AmiConnection::Config config;
    config.host = server.host;
    config.port = quint16(server.amiPort);
    config.username = server.amiUser.toUtf8();
    config.secret = server.amiSecret.toUtf8();
    config.useMd5 = server.useMd5;
    // Only what the funnel follows: calls, user events (AMD, DTMF), CDRs stay off.
    config.events = QByteArrayLiteral("call,user");
    return config;
}

bool VoiceNode::needsReconnect(const VoiceServer &server) const
{
    return server.host != m_server.host || server.amiPort != m_server.amiPort
        || server.amiUser != m_server.amiUser || server.amiSecret != m_server.amiSecret
        || server.useMd5 != m_server.useMd5;
}

bool VoiceNode::canTakeCall() const
{
    return m_connection->state() == AmiConnection::State::Active && m_connection->isLoggedIn()
        && (m_server.maxChannels == 0 || m_channels < m_server.maxChannels);
}
