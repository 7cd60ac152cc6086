#include "engine/api/apiserver.h"

#include "engine/api/requestrouter.h"
#include "engine/logging.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

ApiServer::ApiServer(const RequestRouter &router, Options options, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_options(std::move(options))
{
    const bool secure = !m_options.tlsCertificate.isEmpty();
    m_server = new QWebSocketServer(QStringLiteral("torque-engine"),
                                    secure ? QWebSocketServer::SecureMode
                                           : QWebSocketServer::NonSecureMode,
                                    this);
    m_server->setMaxPendingConnections(64);
    connect(m_server, &QWebSocketServer::newConnection, this, &ApiServer::onNewConnection);
    connect(m_server, &QWebSocketServer::acceptError, this, [](QAbstractSocket::SocketError error) {
        qCWarning(lcApi) << "accept failed:" << error;
    });
}

ApiServer::~ApiServer()
{
    close();
}

Result<Done> ApiServer::configureTls(QWebSocketServer &server) const
{
    QFile certFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Result<Done>::failure(ErrorCode::NotFound,
                                     QStringLiteral("cannot read TLS certificate %1 or key %2")
                                         .arg(m_options.tlsCertificate, m_options.tlsKey));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QSslKey usableKey = key;
    if (key.isNull()) {
        keyFile.seek(0);
        usableKey = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (certificate.isNull() || usableKey.isNull())
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("the TLS certificate or key is not valid PEM"));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate);
    tls.setPrivateKey(usableKey);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    server.setSslConfiguration(tls);
    return Result<Done>::success({});
}

Result<Done> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_server->secureMode() == QWebSocketServer::SecureMode) {
        if (const Result<Done> tls = configureTls(*m_server); !tls)
            return tls;
    }
    if (!m_server->listen(address, port)) {
        return Result<Done>::failure(ErrorCode::Internal,
                                     QStringLiteral("cannot listen on %1:%2: %3")
                                         .arg(address.toString()).arg(port)
                                         .arg(m_server->errorString()));
    }
    qCInfo(lcApi) << "listening on" << url().toString();
    return Result<Done>::success({});
}

void ApiServer::close()
{
    if (m_server->isListening())
        m_server->close();
    for (ClientSession *session : std::as_const(m_sessions))
        session->close();
}

QUrl ApiServer::url() const
{
    return m_server->serverUrl();
}

quint16 ApiServer::port() const
{
    return m_server->serverPort();
}

void ApiServer::onNewConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        if (m_sessions.size() >= m_options.maxConnections) {
            qCWarning(lcApi) << "refusing" << socket->peerAddress().toString()
                             << ": connection limit" << m_options.maxConnections << "reached";
            socket->close(QWebSocketProtocol::CloseCodeGoingAway,
                          QStringLiteral("too many connections"));
            socket->deleteLater();
            continue;
        }
        auto *session = new ClientSession(socket, m_options.limits, this);
        m_sessions.append(session);
        connect(session, &ClientSession::requestReceived, this,
                [this](ClientSession *s, const ProtocolMessage &request) { m_router.dispatch(*s, request); });
        connect(session, &ClientSession::disconnected, this, &ApiServer::onSessionDisconnected);
        qCInfo(lcApi) << "console connected from" << session->peerAddress();
    }
}

void ApiServer::onSessionDisconnected(ClientSession *session)
{
    qCInfo(lcApi) << "console disconnected:" << session->peerAddress();
    m_sessions.removeOne(session);
    session->deleteLater();
}

void ApiServer::publish(const QString &topic, const QString &event, const QJsonObject &data)
{
    for (ClientSession *session : std::as_const(m_sessions)) {
        if (session->topics().contains(topic))
            session->sendEvent(event, data);
    }
}

void ApiServer::publishEach(const QString &topic, const QString &event, const SessionData &dataFor)
{
    for (ClientSession *session : std::as_const(m_sessions)) {
        if (!session->topics().contains(topic) || !session->user())
            continue;
        if (const std::optional<QJsonObject> data = dataFor(*session))
            session->sendEvent(event, *data);
    }
}
