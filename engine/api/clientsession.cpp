#include "engine/api/clientsession.h"

#include "engine/logging.h"

#include <QDateTime>
#include <QWebSocket>

ClientSession::ClientSession(QWebSocket *socket, Limits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_peerAddress(socket->peerAddress().toString())
{
    m_socket->setParent(this);
    // The socket itself refuses absurd messages outright (memory guard); anything
    // between our limit and this is read and answered with frame_too_large.
    m_socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxFrameBytes) * 4);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &ClientSession::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &ClientSession::onBinaryMessage);
    connect(m_socket, &QWebSocket::disconnected, this, &ClientSession::onSocketDisconnected);
}

ClientSession::~ClientSession() = default;

void ClientSession::clearUser()
{
    m_user.reset();
    m_topics.clear();
}

void ClientSession::setPasswordChanged()
{
    if (m_user)
        m_user->mustChangePassword = false;
}

void ClientSession::onTextMessage(const QString &text)
{
    const QByteArray frame = text.toUtf8();
    Result<ProtocolMessage> parsed = ProtocolMessage::parse(frame, m_limits.maxFrameBytes);
    if (!parsed) {
        const auto id = parsed.error() == ErrorCode::FrameTooLarge
            ? std::nullopt : ProtocolMessage::requestIdOf(frame);
        qCInfo(lcApi) << "bad frame from" << m_peerAddress << errorCodeName(parsed.error())
                      << parsed.detail();
        sendError(id, parsed.error(), parsed.detail(), parsed.field());
        countError();
        return;
    }
    if (parsed.value().kind() != ProtocolMessage::Kind::Request) {
        sendError(std::nullopt, ErrorCode::BadEnvelope,
                  QStringLiteral("only requests may be sent to the engine"));
        countError();
        return;
    }
    emit requestReceived(this, parsed.value());
}

void ClientSession::onBinaryMessage(const QByteArray &)
{
    sendError(std::nullopt, ErrorCode::BinaryNotAccepted,
              QStringLiteral("binary frames are only accepted during an upload"));
    countError();
}

void ClientSession::countError()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_errorTimes.push_back(now);
    while (!m_errorTimes.empty() && m_errorTimes.front() < now - 60'000)
        m_errorTimes.pop_front();
    if (qsizetype(m_errorTimes.size()) > m_limits.maxErrorsPerMinute) {
        qCWarning(lcApi) << "closing" << m_peerAddress << "after" << m_errorTimes.size()
                         << "bad frames in a minute";
        m_socket->close(QWebSocketProtocol::CloseCodePolicyViolated,
                        QStringLiteral("too many bad frames"));
    }
}

void ClientSession::sendReply(qint64 id, const QJsonObject &data)
{
    send(ProtocolMessage::reply(id, data));
}

void ClientSession::sendError(std::optional<qint64> id, ErrorCode code, const QString &message,
                              const QString &field)
{
    send(ProtocolMessage::errorReply(id, code, message, field));
}

void ClientSession::sendEvent(const QString &name, const QJsonObject &data)
{
    send(ProtocolMessage::event(name, data));
}

void ClientSession::send(const ProtocolMessage &message)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->sendTextMessage(QString::fromUtf8(message.toJson()));
}

void ClientSession::close()
{
    m_socket->close();
}

void ClientSession::onSocketDisconnected()
{
    emit disconnected(this);
}
