#pragma once

#include "common/errorcode.h"
#include "common/protocolmessage.h"
#include "engine/api/sessionuser.h"

#include <deque>
#include <QObject>
#include <QSet>

#include <optional>

class QWebSocket;

// One console connection: frames in and out, size and error limits, and the
// session state (hello done, who is logged in, subscribed topics).
class ClientSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSession)

public:
    struct Limits {
        qint64 maxFrameBytes = 1024 * 1024;
        int maxErrorsPerMinute = 60;
    };

    ClientSession(QWebSocket *socket, Limits limits, QObject *parent = nullptr);
    ~ClientSession() override;

    void sendReply(qint64 id, const QJsonObject &data = {});
    void sendError(std::optional<qint64> id, ErrorCode code, const QString &message,
                   const QString &field = {});
    void sendEvent(const QString &name, const QJsonObject &data);
    void close();

    QString peerAddress() const { return m_peerAddress; }
    bool helloDone() const { return m_helloDone; }
    void setHelloDone() { m_helloDone = true; }
    const std::optional<SessionUser> &user() const { return m_user; }
    void setUser(const SessionUser &user) { m_user = user; }
    void clearUser();
    void setPasswordChanged();

    const QSet<QString> &topics() const { return m_topics; }
    void subscribe(const QString &topic) { m_topics.insert(topic); }
    void unsubscribe(const QString &topic) { m_topics.remove(topic); }

    // Slow work (password checks) in flight for this session.
    bool hasPendingWork() const { return m_pendingWork; }
    void setPendingWork(bool pending) { m_pendingWork = pending; }

signals:
    void requestReceived(ClientSession *session, const ProtocolMessage &request);
    void disconnected(ClientSession *session);

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void onSocketDisconnected();
    void countError();
    void send(const ProtocolMessage &message);

    QWebSocket *m_socket;
    Limits m_limits;
    QString m_peerAddress;
    bool m_helloDone = false;
    bool m_pendingWork = false;
    std::optional<SessionUser> m_user;
    QSet<QString> m_topics;
    std::deque<qint64> m_errorTimes;
};
