#pragma once

#include "common/protocolmessage.h"
#include "common/role.h"
#include "console/net/pendingrequests.h"
#include "console/net/reconnectbackoff.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QWebSocket;

// The console's one connection to an engine: a WebSocket speaking the
// protocol of docs/protocol.md. It says hello by itself, matches replies to
// requests by id, times requests out, and after an unexpected drop reconnects
// with back-off and restores the session (hello, login with the credentials
// kept in memory, subscriptions) so the pages only see a short "Reconnecting".
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    using ReplyHandler = PendingRequests::ReplyHandler;

    static constexpr std::chrono::milliseconds DefaultRequestTimeout{15000};

    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override;

    // Opens a fresh connection (dropping any current one and its session).
    void connectTo(const QUrl &url);
    // The user's choice to leave: no reconnection, credentials and topics forgotten.
    void disconnectFromEngine();

    // Sends a request once connected; onReply gets the engine's reply, or a
    // local Internal error when the request times out, the connection drops
    // or there is no connection. Returns the request id.
    qint64 request(const QString &type, const QJsonObject &data, ReplyHandler onReply);
    // The same, but onReply is skipped once context has been destroyed, so a
    // closed dialog is never called back.
    qint64 request(const QString &type, const QJsonObject &data, QObject *context,
                   ReplyHandler onReply);

    // auth.login; on success the credentials are kept (in memory only) to log
    // in again after a reconnection.
    void login(const QString &user, const QString &password, QObject *context,
               ReplyHandler onReply);
    void changePassword(const QString &oldPassword, const QString &newPassword, QObject *context,
                        ReplyHandler onReply);
    // auth.logout; the connection stays open and anonymous.
    void logout();
    // Topics are remembered and subscribed again after a reconnection.
    void subscribe(const QString &topic, QObject *context, ReplyHandler onReply);
    void unsubscribe(const QString &topic);

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    bool isLoggedIn() const { return m_role.has_value(); }
    QString userName() const { return m_user; }
    std::optional<Role> role() const { return m_role; }
    bool mustChangePassword() const { return m_mustChangePassword; }
    QString engineVersion() const { return m_engineVersion; }
    int reconnectSecondsLeft() const { return m_backoff.secondsLeft(); }

    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }

Q_SIGNALS:
    void stateChanged(EngineClient::State state);
    // The engine answered hello (after connectTo, and after each reconnection).
    void connected();
    // After a reconnection: logged in again and subscribed again; pages
    // reload what they show because events may have been missed.
    void sessionRestored();
    // The session cannot be restored (password changed, protocol changed...).
    void sessionLost(const QString &reason);
    void reconnectCountdownChanged(int secondsLeft);
    // A connection-level failure, already translated for the user.
    void errorOccurred(const QString &text);
    void eventReceived(const QString &name, const QJsonObject &data);

private:
    qint64 send(const QString &type, const QJsonObject &data, QObject *context,
                ReplyHandler onReply, bool internal);
    void openSocket();
    void detachSocket(bool graceful);
    void setState(State state);
    void sendHello();
    void onHelloReply(const ProtocolMessage &reply);
    void restoreSession();
    void resubscribe();
    void finishRestore();
    void handleConnectionLoss(const QString &reason);
    void failTerminally(const QString &text);
    void scheduleReconnect();
    void failPending(const QString &text);
    void forgetSession();
    ProtocolMessage localError(qint64 id, const QString &text) const;

    void onSocketConnected();
    void onSocketDisconnected();
    void onSocketError();
#ifndef QT_NO_SSL
    void onSslErrors(const QList<QSslError> &errors);
#endif
    void onTextMessage(const QString &message);
    void onBinaryMessage(const QByteArray &message);
    void onSweepTimeout();
    void onBackoffElapsed();

    QWebSocket *m_socket = nullptr;
    QUrl m_url;
    State m_state = State::Disconnected;
    // True once hello has been answered on this URL: from then on a drop
    // means "reconnect", before it means "tell the user the URL is wrong".
    bool m_sessionEstablished = false;
    bool m_helloDone = false;
    QString m_lastSocketError;
    QString m_sslErrorText;

    qint64 m_nextId = 1;
    PendingRequests m_pending;
    std::chrono::milliseconds m_requestTimeout = DefaultRequestTimeout;
    QTimer m_sweepTimer;
    ReconnectBackoff m_backoff;

    QString m_user;
    QString m_password; // kept in memory only, to log in again after a drop
    std::optional<Role> m_role;
    bool m_mustChangePassword = false;
    QStringList m_topics;
    QString m_engineVersion;
};
