#pragma once

#include "common/protocolmessage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QWebSocketServer>

#include <functional>

class QWebSocket;

// A scripted stand-in for the engine's WebSocket side, for the EngineClient
// tests that need what a real engine will not do on demand: drop the
// connection, stay silent, answer out of order, send garbage, speak another
// protocol version, disappear and come back on the same port.
class FakeEngineServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeEngineServer)

public:
    // Request types the fake understands besides the session ones.
    static constexpr QLatin1String EchoType{"test.echo"};     // replies with its data
    static constexpr QLatin1String SilentType{"test.silent"}; // never replies
    static constexpr QLatin1String LaterType{"test.later"};   // replies on flushLater()

    explicit FakeEngineServer(QObject *parent = nullptr);
    ~FakeEngineServer() override;

    bool listen(const QSslConfiguration &tls = {});
    // Stops listening and drops every client, as a crashed engine would.
    void stop();
    // Listens again on the same port.
    bool restart();
    QUrl url() const;

    void setHelloProtocol(int protocol) { m_helloProtocol = protocol; }
    void setHelloError(ErrorCode code) { m_helloError = code; }
    void setPassword(const QString &password) { m_password = password; }

    // Every request received, in order, over all connections.
    const QList<ProtocolMessage> &requests() const { return m_requests; }
    QStringList requestTypes() const;
    void clearRequests() { m_requests.clear(); }
    int connectionCount() const { return m_connectionCount; }
    int openClients() const { return int(m_clients.size()); }

    // Answers requests of this type with what script returns (a reply or an
    // error reply to the request's id), for the pages' tests.
    using Script = std::function<ProtocolMessage(const ProtocolMessage &request)>;
    void setScript(const QString &type, Script script) { m_scripts.insert(type, std::move(script)); }
    void sendEvent(const QString &name, const QJsonObject &data);

    void sendText(const QString &text);
    // Answers the held test.later requests, newest first.
    void flushLater();
    void dropClients();

private:
    void onNewConnection();
    void onText(QWebSocket *socket, const QString &text);
    void reply(QWebSocket *socket, const ProtocolMessage &message);

    QWebSocketServer *m_server = nullptr;
    QSslConfiguration m_tls;
    bool m_secure = false;
    quint16 m_port = 0;
    QList<QWebSocket *> m_clients;
    QList<ProtocolMessage> m_requests;
    QList<QPair<QWebSocket *, ProtocolMessage>> m_later;
    QHash<QString, Script> m_scripts;
    int m_connectionCount = 0;
    int m_helloProtocol = 1;
    ErrorCode m_helloError = ErrorCode::None;
    QString m_password = QStringLiteral("secret123");
};
