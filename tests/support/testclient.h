#pragma once

#include "common/protocolmessage.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

// A bare protocol client over a real WebSocket, for engine tests: sends
// requests (or raw frames) and waits for the matching reply.
class TestClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestClient)

public:
    explicit TestClient(QObject *parent = nullptr);

    bool connectTo(const QUrl &url);
    bool isConnected() const;
    // Sends a request and waits (up to 30 s) for its reply; an invalid reply
    // with ErrorCode::Internal and "timeout" when none came.
    ProtocolMessage request(const QString &type, const QJsonObject &data = {});
    // Sends any text and waits for the next reply frame (events are kept aside).
    ProtocolMessage sendRaw(const QString &text);
    ProtocolMessage sendBinary(const QByteArray &data);
    // hello + auth.login; the login reply.
    ProtocolMessage login(const QString &user, const QString &password);
    bool waitForDisconnect(int timeoutMs = 30000);

    const QList<ProtocolMessage> &events() const { return m_events; }
    void clearEvents() { m_events.clear(); }

private:
    ProtocolMessage waitForReply(std::optional<qint64> id);
    void onText(const QString &text);

    QWebSocket m_socket;
    qint64 m_nextId = 1;
    QList<ProtocolMessage> m_replies;
    QList<ProtocolMessage> m_events;
};
