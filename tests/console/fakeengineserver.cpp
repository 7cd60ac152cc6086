#include "tests/console/fakeengineserver.h"

#include "common/protocol.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QWebSocket>

#include <algorithm>
#include <utility>

using namespace Protocol;

FakeEngineServer::FakeEngineServer(QObject *parent)
    : QObject(parent)
{
}

FakeEngineServer::~FakeEngineServer()
{
    stop();
}

bool FakeEngineServer::listen(const QSslConfiguration &tls)
{
    m_tls = tls;
    m_secure = !tls.isNull();
    return restart();
}

bool FakeEngineServer::restart()
{
    delete m_server;
    m_server = new QWebSocketServer(QStringLiteral("fake-engine"),
                                    m_secure ? QWebSocketServer::SecureMode
                                             : QWebSocketServer::NonSecureMode,
                                    this);
    if (m_secure)
        m_server->setSslConfiguration(m_tls);
    connect(m_server, &QWebSocketServer::newConnection, this, &FakeEngineServer::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, m_port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeEngineServer::stop()
{
    dropClients();
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
}

QUrl FakeEngineServer::url() const
{
    QUrl url;
    url.setScheme(m_secure ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QStringList FakeEngineServer::requestTypes() const
{
    QStringList types;
    for (const ProtocolMessage &m : m_requests)
        types << m.type();
    return types;
}

void FakeEngineServer::sendText(const QString &text)
{
    for (QWebSocket *socket : std::as_const(m_clients))
        socket->sendTextMessage(text);
}

void FakeEngineServer::sendEvent(const QString &name, const QJsonObject &data)
{
    sendText(QString::fromUtf8(ProtocolMessage::event(name, data).toJson()));
}

void FakeEngineServer::flushLater()
{
    const auto held = std::exchange(m_later, {});
    for (auto it = held.crbegin(); it != held.crend(); ++it)
        reply(it->first, ProtocolMessage::reply(it->second.id(), it->second.data()));
}

void FakeEngineServer::dropClients()
{
    const auto clients = std::exchange(m_clients, {});
    m_later.clear();
    for (QWebSocket *socket : clients) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void FakeEngineServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        m_clients.append(socket);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onText(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FakeEngineServer::reply(QWebSocket *socket, const ProtocolMessage &message)
{
    if (m_clients.contains(socket))
        socket->sendTextMessage(QString::fromUtf8(message.toJson()));
}

void FakeEngineServer::onText(QWebSocket *socket, const QString &text)
{
    const auto parsed = ProtocolMessage::parse(text.toUtf8(), DefaultMaxFrameBytes);
    if (!parsed) {
        reply(socket, ProtocolMessage::errorReply(ProtocolMessage::requestIdOf(text.toUtf8()),
                                                  parsed.error(), parsed.detail()));
        return;
    }
    const ProtocolMessage &request = parsed.value();
    m_requests.append(request);
    const qint64 id = request.id();
    const QString type = request.type();
    if (type == Type::Hello) {
        if (m_helloError != ErrorCode::None) {
            reply(socket, ProtocolMessage::errorReply(id, m_helloError,
                                                      QStringLiteral("scripted refusal")));
            return;
        }
        reply(socket, ProtocolMessage::reply(id, {{Key::Protocol, m_helloProtocol},
                                                  {Key::Engine, QStringLiteral("torque-engine")},
                                                  {Key::EngineVersion, QStringLiteral("fake")}}));
    } else if (type == Type::Login) {
        if (request.data().value(Key::Password).toString() != m_password) {
            reply(socket, ProtocolMessage::errorReply(id, ErrorCode::AuthFailed,
                                                      QStringLiteral("wrong user or password")));
            return;
        }
        reply(socket, ProtocolMessage::reply(id, {{Key::User, request.data().value(Key::User)},
                                                  {Key::Role, QStringLiteral("admin")},
                                                  {Key::MustChangePassword, false}}));
    } else if (m_scripts.contains(type)) {
        reply(socket, m_scripts.value(type)(request));
    } else if (type == Type::Subscribe || type == Type::Unsubscribe) {
        reply(socket, ProtocolMessage::reply(id, {{Key::Topics, request.data().value(Key::Topics)}}));
    } else if (type == Type::Logout) {
        reply(socket, ProtocolMessage::reply(id));
    } else if (type == EchoType) {
        reply(socket, ProtocolMessage::reply(id, request.data()));
    } else if (type == SilentType) {
        // never answers
    } else if (type == LaterType) {
        m_later.append({socket, request});
    } else {
        reply(socket, ProtocolMessage::errorReply(id, ErrorCode::UnknownType, type));
    }
}
