#include "console/net/engineclient.h"

#include "common/protocol.h"
#include "console/logging.h"
#include "console/net/errortext.h"

#include <QJsonArray>
#include <QWebSocket>

#include <utility>

using namespace Protocol;

namespace {

// The engine sends whole lists (trunks, later campaigns); be generous, but
// not unbounded.
constexpr qsizetype kMaxIncomingBytes = 64 * 1024 * 1024;
constexpr std::chrono::milliseconds kSweepInterval{250};
constexpr std::chrono::milliseconds kCloseGrace{3000};

QString clientName()
{
    return QStringLiteral("torque-console " TORQUE_VERSION);
}

QJsonArray topicArray(const QStringList &topics)
{
    return QJsonArray::fromStringList(topics);
}

} // namespace

EngineClient::EngineClient(QObject *parent)
    : QObject(parent)
{
    m_sweepTimer.setInterval(kSweepInterval);
    connect(&m_sweepTimer, &QTimer::timeout, this, &EngineClient::onSweepTimeout);
    connect(&m_backoff, &ReconnectBackoff::elapsed, this, &EngineClient::onBackoffElapsed);
    connect(&m_backoff, &ReconnectBackoff::countdownChanged, this,
            &EngineClient::reconnectCountdownChanged);
}

EngineClient::~EngineClient()
{
    // Whoever asked is being torn down with us: no callbacks from a destructor.
    m_pending.clear();
    detachSocket(true);
}

void EngineClient::connectTo(const QUrl &url)
{
    m_backoff.reset();
    detachSocket(true);
    failPending(tr("The connection was replaced by a new one."));
    forgetSession();
    m_url = url;
    m_sessionEstablished = false;
    setState(State::Connecting);
    openSocket();
}

void EngineClient::disconnectFromEngine()
{
    m_backoff.reset();
    detachSocket(true);
    failPending(tr("Disconnected from the engine."));
    forgetSession();
    m_sessionEstablished = false;
    setState(State::Disconnected);
}

qint64 EngineClient::request(const QString &type, const QJsonObject &data, ReplyHandler onReply)
{
    return send(type, data, nullptr, std::move(onReply), false);
}

qint64 EngineClient::request(const QString &type, const QJsonObject &data, QObject *context,
                             ReplyHandler onReply)
{
    return send(type, data, context, std::move(onReply), false);
}

void EngineClient::login(const QString &user, const QString &password, QObject *context,
                         ReplyHandler onReply)
{
    // The wrapper always runs (no context) so the session is remembered even
    // if the dialog that asked has gone; only the caller's part is guarded.
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QJsonObject data{{Key::User, user}, {Key::Password, password}};
    send(Type::Login, data, nullptr,
         [this, user, password, guard, hasContext, onReply](const ProtocolMessage &reply) {
             ProtocolMessage result = reply;
             if (reply.isOk()) {
                 const auto role = roleFromName(reply.data().value(Key::Role).toString());
                 if (role) {
                     const QString confirmed = reply.data().value(Key::User).toString();
                     m_user = confirmed.isEmpty() ? user : confirmed;
                     m_password = password;
                     m_role = role;
                     m_mustChangePassword = reply.data().value(Key::MustChangePassword).toBool();
                     qCInfo(lcConsoleNet) << "logged in as" << m_user << "role" << roleName(*role);
                 } else {
                     result = localError(reply.id(),
                                         tr("The engine reported an unknown role \"%1\".")
                                             .arg(reply.data().value(Key::Role).toString()));
                 }
             }
             if ((!hasContext || guard) && onReply)
                 onReply(result);
         },
         false);
}

void EngineClient::changePassword(const QString &oldPassword, const QString &newPassword,
                                  QObject *context, ReplyHandler onReply)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const QJsonObject data{{Key::OldPassword, oldPassword}, {Key::NewPassword, newPassword}};
    send(Type::ChangePassword, data, nullptr,
         [this, newPassword, guard, hasContext, onReply](const ProtocolMessage &reply) {
             if (reply.isOk() && m_role) {
                 m_password = newPassword;
                 m_mustChangePassword = false;
             }
             if ((!hasContext || guard) && onReply)
                 onReply(reply);
         },
         false);
}

void EngineClient::logout()
{
    if (m_state == State::Connected && m_role)
        send(Type::Logout, {}, nullptr, {}, false);
    forgetSession();
}

void EngineClient::subscribe(const QString &topic, QObject *context, ReplyHandler onReply)
{
    if (!m_topics.contains(topic))
        m_topics.append(topic);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    send(Type::Subscribe, {{Key::Topics, topicArray({topic})}}, nullptr,
         [this, topic, guard, hasContext, onReply](const ProtocolMessage &reply) {
             // A refusal is final; a lost connection is not (the restore
             // after reconnecting subscribes again).
             const ErrorCode e = reply.error();
             if (e == ErrorCode::Forbidden || e == ErrorCode::InvalidField
                 || e == ErrorCode::UnknownType || e == ErrorCode::NotAuthenticated)
                 m_topics.removeAll(topic);
             if ((!hasContext || guard) && onReply)
                 onReply(reply);
         },
         false);
}

void EngineClient::unsubscribe(const QString &topic)
{
    if (!m_topics.removeAll(topic))
        return;
    if (m_state == State::Connected && m_role)
        send(Type::Unsubscribe, {{Key::Topics, topicArray({topic})}}, nullptr, {}, false);
}

qint64 EngineClient::send(const QString &type, const QJsonObject &data, QObject *context,
                          ReplyHandler onReply, bool internal)
{
    const qint64 id = m_nextId++;
    PendingRequests::Request pending;
    pending.id = id;
    pending.type = type;
    pending.handler = std::move(onReply);
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.internal = internal;
    pending.deadline = QDeadlineTimer(m_requestTimeout);

    const bool usable = m_socket && (internal || m_state == State::Connected);
    if (!usable) {
        // Answer later, never from inside request(): callers may not expect
        // their handler to run before request() has returned.
        m_pending.add(std::move(pending));
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                if (const auto request = m_pending.take(id))
                    request->answer(localError(id, tr("Not connected to the engine.")));
            },
            Qt::QueuedConnection);
        return id;
    }

    m_pending.add(std::move(pending));
    if (!m_sweepTimer.isActive())
        m_sweepTimer.start();
    qCDebug(lcConsoleNet) << "->" << type << "id" << id;
    m_socket->sendTextMessage(QString::fromUtf8(ProtocolMessage::request(id, type, data).toJson()));
    return id;
}

void EngineClient::openSocket()
{
    m_helloDone = false;
    m_lastSocketError.clear();
    m_sslErrorText.clear();
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(kMaxIncomingBytes);
    connect(m_socket, &QWebSocket::connected, this, &EngineClient::onSocketConnected);
    connect(m_socket, &QWebSocket::disconnected, this, &EngineClient::onSocketDisconnected);
    // Qt 6.4 names the signal error(); errorOccurred() only arrives in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &EngineClient::onSocketError);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &EngineClient::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &EngineClient::onBinaryMessage);
#ifndef QT_NO_SSL
    connect(m_socket, &QWebSocket::sslErrors, this, &EngineClient::onSslErrors);
#endif
    qCInfo(lcConsoleNet) << "connecting to" << m_url.toDisplayString();
    m_socket->open(m_url);
}

void EngineClient::detachSocket(bool graceful)
{
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    m_helloDone = false;
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close frame (and a logout queued before it) reach the engine.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kCloseGrace, socket, &QObject::deleteLater);
        socket->close();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void EngineClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcConsoleNet) << "state" << state;
    Q_EMIT stateChanged(state);
}

void EngineClient::sendHello()
{
    const QJsonObject data{{Key::Protocol, Protocol::Version}, {Key::Client, clientName()}};
    send(Type::Hello, data, nullptr,
         [this](const ProtocolMessage &reply) { onHelloReply(reply); }, true);
}

void EngineClient::onHelloReply(const ProtocolMessage &reply)
{
    const QString where = m_url.toDisplayString();
    if (!reply.isOk()) {
        if (reply.error() == ErrorCode::UnsupportedVersion) {
            failTerminally(tr("Protocol mismatch: the engine at %1 does not speak protocol "
                              "version %2, which this console uses. Update the console or the "
                              "engine. (%3)")
                               .arg(where).arg(Protocol::Version).arg(reply.errorMessage()));
        } else {
            failTerminally(tr("The engine at %1 refused the connection: %2")
                               .arg(where, ErrorText::forReply(reply)));
        }
        return;
    }
    const int protocol = reply.data().value(Key::Protocol).toInt(-1);
    if (protocol != Protocol::Version) {
        failTerminally(tr("Protocol mismatch: the engine at %1 speaks protocol version %2, this "
                          "console speaks version %3. Update the console or the engine.")
                           .arg(where).arg(protocol).arg(Protocol::Version));
        return;
    }
    m_engineVersion = reply.data().value(Key::EngineVersion).toString();
    m_helloDone = true;
    const bool restoring = m_state == State::Reconnecting;
    m_sessionEstablished = true;
    qCInfo(lcConsoleNet) << "engine" << m_engineVersion << "answered hello at" << where;
    if (restoring && m_role) {
        restoreSession();
        return;
    }
    m_backoff.reset();
    setState(State::Connected);
    Q_EMIT connected();
    if (restoring)
        Q_EMIT sessionRestored();
}

void EngineClient::restoreSession()
{
    const QJsonObject data{{Key::User, m_user}, {Key::Password, m_password}};
    send(Type::Login, data, nullptr,
         [this](const ProtocolMessage &reply) {
             const auto role = reply.isOk()
                 ? roleFromName(reply.data().value(Key::Role).toString())
                 : std::nullopt;
             if (!role) {
                 failTerminally(tr("Could not log in again after reconnecting: %1")
                                    .arg(ErrorText::forReply(reply)));
                 return;
             }
             m_role = role;
             m_mustChangePassword = reply.data().value(Key::MustChangePassword).toBool();
             resubscribe();
         },
         true);
}

void EngineClient::resubscribe()
{
    if (m_topics.isEmpty()) {
        finishRestore();
        return;
    }
    send(Type::Subscribe, {{Key::Topics, topicArray(m_topics)}}, nullptr,
         [this](const ProtocolMessage &reply) {
             if (!reply.isOk()) {
                 // The pages reload on sessionRestored(), so they are current
                 // even without live events; say why the events stopped.
                 qCWarning(lcConsoleNet) << "subscribing again after reconnecting failed:"
                                         << errorCodeName(reply.error()) << reply.errorMessage();
             }
             finishRestore();
         },
         true);
}

void EngineClient::finishRestore()
{
    m_backoff.reset();
    setState(State::Connected);
    Q_EMIT connected();
    Q_EMIT sessionRestored();
}

void EngineClient::handleConnectionLoss(const QString &reason)
{
    if (m_state == State::Disconnected)
        return;
    qCWarning(lcConsoleNet) << "connection to" << m_url.toDisplayString() << "lost:" << reason;
    detachSocket(false);
    failPending(tr("The connection to the engine was lost (%1).").arg(reason));
    if (!m_sessionEstablished) {
        // Never reached an engine at this URL: retrying would only hide a typo.
        setState(State::Disconnected);
        Q_EMIT errorOccurred(
            tr("Could not connect to %1: %2").arg(m_url.toDisplayString(), reason));
        return;
    }
    scheduleReconnect();
}

void EngineClient::failTerminally(const QString &text)
{
    qCWarning(lcConsoleNet) << "giving up on" << m_url.toDisplayString() << ":" << text;
    const bool wasLoggedIn = m_role.has_value();
    m_backoff.reset();
    detachSocket(true);
    failPending(text);
    forgetSession();
    m_sessionEstablished = false;
    setState(State::Disconnected);
    Q_EMIT errorOccurred(text);
    if (wasLoggedIn)
        Q_EMIT sessionLost(text);
}

void EngineClient::scheduleReconnect()
{
    qCInfo(lcConsoleNet) << "reconnecting in" << m_backoff.nextDelay().count() << "ms";
    m_backoff.schedule(); // sets the countdown the status bar reads on stateChanged
    setState(State::Reconnecting);
}

void EngineClient::failPending(const QString &text)
{
    m_sweepTimer.stop();
    // Handlers may send new requests; those go into the emptied table.
    const QList<PendingRequests::Request> pending = m_pending.takeAll();
    for (const PendingRequests::Request &request : pending) {
        // The client's own restore steps are simply abandoned: the next
        // reconnection starts them again.
        if (!request.internal)
            request.answer(localError(request.id, text));
    }
}

void EngineClient::forgetSession()
{
    m_user.clear();
    m_password.clear();
    m_role.reset();
    m_mustChangePassword = false;
    m_topics.clear();
}

ProtocolMessage EngineClient::localError(qint64 id, const QString &text) const
{
    return ProtocolMessage::errorReply(id, ErrorCode::Internal, text);
}

void EngineClient::onSocketConnected()
{
    qCInfo(lcConsoleNet) << "socket open to" << m_url.toDisplayString();
    sendHello();
}

void EngineClient::onSocketDisconnected()
{
    // A refused connection reports disconnected() before error(): wait one
    // turn of the event loop so the user is told the real reason.
    const QPointer<QWebSocket> socket = m_socket;
    QMetaObject::invokeMethod(
        this,
        [this, socket] {
            if (!socket || socket != m_socket)
                return; // already handled (error() came first) or replaced
            QString reason = !m_sslErrorText.isEmpty() ? m_sslErrorText : m_lastSocketError;
            if (reason.isEmpty() && !socket->closeReason().isEmpty())
                reason = tr("the engine closed the connection: %1").arg(socket->closeReason());
            if (reason.isEmpty())
                reason = tr("the engine closed the connection");
            handleConnectionLoss(reason);
        },
        Qt::QueuedConnection);
}

void EngineClient::onSocketError()
{
    if (!m_socket)
        return;
    m_lastSocketError = m_socket->errorString();
    qCWarning(lcConsoleNet) << "socket error:" << m_lastSocketError;
    // A failed connect may never report disconnected(); don't wait for it.
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        handleConnectionLoss(m_sslErrorText.isEmpty() ? m_lastSocketError : m_sslErrorText);
}

#ifndef QT_NO_SSL
void EngineClient::onSslErrors(const QList<QSslError> &errors)
{
    // Never ignored: a wss:// engine with an untrusted certificate is refused,
    // and the user is told exactly why.
    QStringList texts;
    for (const QSslError &error : errors)
        texts.append(error.errorString());
    m_sslErrorText = tr("the engine's TLS certificate is not trusted: %1")
                         .arg(texts.join(QStringLiteral("; ")));
    qCWarning(lcConsoleNet) << "TLS errors from" << m_url.toDisplayString() << texts;
}
#endif

void EngineClient::onTextMessage(const QString &message)
{
    const Result<ProtocolMessage> parsed = ProtocolMessage::parse(message.toUtf8(), kMaxIncomingBytes);
    if (!parsed) {
        qCWarning(lcConsoleNet) << "ignoring a malformed frame from the engine:"
                                << errorCodeName(parsed.error()) << parsed.detail();
        return;
    }
    const ProtocolMessage &frame = parsed.value();
    switch (frame.kind()) {
    case ProtocolMessage::Kind::Event:
        qCDebug(lcConsoleNet) << "<- event" << frame.type();
        Q_EMIT eventReceived(frame.type(), frame.data());
        return;
    case ProtocolMessage::Kind::Reply: {
        if (!frame.hasId()) {
            qCWarning(lcConsoleNet) << "the engine could not read one of our requests:"
                                    << errorCodeName(frame.error()) << frame.errorMessage();
            return;
        }
        const auto request = m_pending.take(frame.id());
        if (!request) {
            qCInfo(lcConsoleNet) << "ignoring a reply to unknown or timed-out request" << frame.id();
            return;
        }
        if (m_pending.isEmpty())
            m_sweepTimer.stop();
        qCDebug(lcConsoleNet) << "<- reply" << request->type << "id" << frame.id()
                              << (frame.isOk() ? "ok" : qPrintable(errorCodeName(frame.error())));
        request->answer(frame);
        return;
    }
    case ProtocolMessage::Kind::Request:
        qCWarning(lcConsoleNet) << "ignoring a request frame from the engine:" << frame.type();
        return;
    }
}

void EngineClient::onBinaryMessage(const QByteArray &message)
{
    qCWarning(lcConsoleNet) << "ignoring a binary frame of" << message.size()
                            << "bytes from the engine";
}

void EngineClient::onSweepTimeout()
{
    const QList<PendingRequests::Request> expired = m_pending.takeExpired();
    if (m_pending.isEmpty())
        m_sweepTimer.stop();
    const int seconds = int(m_requestTimeout.count() / 1000);
    bool internalExpired = false;
    for (const PendingRequests::Request &request : expired) {
        qCWarning(lcConsoleNet) << "request" << request.type << "id" << request.id << "timed out";
        if (request.internal)
            internalExpired = true;
        else
            request.answer(localError(request.id, tr("The engine did not answer within %1 seconds.")
                                                      .arg(seconds)));
    }
    // Without an answer to hello or to the restore, the connection is useless.
    if (internalExpired)
        handleConnectionLoss(tr("the engine did not answer within %1 seconds").arg(seconds));
}

void EngineClient::onBackoffElapsed()
{
    openSocket();
}
