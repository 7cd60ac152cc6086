#pragma once

#include "common/result.h"
#include "engine/api/clientsession.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QWebSocketServer;
class RequestRouter;

// The engine's WebSocket endpoint: accepts consoles, routes their requests and
// pushes events to the sessions subscribed to a topic.
class ApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiServer)

public:
    struct Options {
        ClientSession::Limits limits;
        int maxConnections = 256;
        QString tlsCertificate; // PEM files; both set = wss://
        QString tlsKey;
    };

    ApiServer(const RequestRouter &router, Options options, QObject *parent = nullptr);
    ~ApiServer() override;

    Result<Done> listen(const QHostAddress &address, quint16 port);
    void close();
    QUrl url() const;
    quint16 port() const;
    int sessionCount() const { return int(m_sessions.size()); }

    void publish(const QString &topic, const QString &event, const QJsonObject &data);
    // Each follower of the topic gets what dataFor makes for it; nothing
    // when it returns no value (a customer's view of other customers' data).
    using SessionData = std::function<std::optional<QJsonObject>(const ClientSession &)>;
    void publishEach(const QString &topic, const QString &event, const SessionData &dataFor);

private:
    Result<Done> configureTls(QWebSocketServer &server) const;
    void onNewConnection();
    void onSessionDisconnected(ClientSession *session);

    const RequestRouter &m_router;
    Options m_options;
    QWebSocketServer *m_server = nullptr;
    QList<ClientSession *> m_sessions;
};
