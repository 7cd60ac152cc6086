#include "engine/ami/amiconnection.h"

#include "common/protocol.h"

#include "engine/ami/amiauth.h"
#include "engine/ami/amilogging.h"

#include <QRandomGenerator>
#include <QTcpSocket>

namespace {

// Qt stops reading from the kernel past this, so a flooding node meets TCP
// back-pressure instead of growing our memory.
constexpr qint64 kSocketReadBuffer = 1024 * 1024;
// How long a stopped session may take to flush its Logoff before it is cut.
constexpr int kGracefulCloseMs = 1000;

QByteArray randomPrefix()
{
    // Unique across engines sharing a node: Asterisk broadcasts
    // OriginateResponse (with our ActionID) to every manager session.
    const quint64 r = QRandomGenerator::global()->generate64();
    return QByteArrayLiteral("tq")
            .append(QByteArray::number(r % 2176782336ULL, 36).rightJustified(6, '0'))
            .append('-');
}

} // namespace

AmiConnection::AmiConnection(Config config, QObject *parent)
    : QObject(parent),
      m_config(std::move(config)),
      m_parser(AmiParser::Side::Client, m_config.limits),
      m_pending(m_config.maxListEvents),
      m_prefix(m_config.actionIdPrefix.isEmpty() ? randomPrefix() : m_config.actionIdPrefix),
      m_backoffMs(m_config.reconnectMinMs)
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    m_loginTimer.setSingleShot(true);
    m_deadlineTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_deadlineTimer.setTimerType(Qt::PreciseTimer);
    m_readBuffer.resize(qMax<qint64>(4096, qMin<qint64>(m_config.maxBytesPerRead, 256 * 1024)));

    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        drop(QStringLiteral("no connection within %1 ms").arg(m_config.connectTimeoutMs),
             State::Timeout);
    });
    connect(&m_loginTimer, &QTimer::timeout, this, [this] {
        drop(m_parser.banner().isEmpty()
                     ? QStringLiteral("no AMI banner within %1 ms").arg(m_config.loginTimeoutMs)
                     : QStringLiteral("no login answer within %1 ms").arg(m_config.loginTimeoutMs),
             State::Timeout);
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &AmiConnection::onPingTimer);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &AmiConnection::onDeadlineTimer);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &AmiConnection::connectNow);
}

AmiConnection::~AmiConnection()
{
    ++m_session;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString AmiConnection::stateName(State state)
{
    switch (state) {
    case State::Inactive: return Protocol::ServerState::Inactive;
    case State::Connecting: return Protocol::ServerState::Connecting;
    case State::Active: return Protocol::ServerState::Active;
    case State::Timeout: return Protocol::ServerState::Timeout;
    case State::LoginFailed: return Protocol::ServerState::LoginFailed;
    }
    return {};
}

void AmiConnection::start()
{
    if (m_state != State::Inactive)
        return;
    m_backoffMs = m_config.reconnectMinMs;
    m_lastDropReason.clear();
    setState(State::Connecting);
    connectNow();
}

void AmiConnection::stop()
{
    if (m_state == State::Inactive)
        return;
    ++m_session;
    const bool hadSocket = m_socket != nullptr;
    if (m_socket && m_phase == Phase::LoggedIn) {
        // Polite goodbye; nobody waits for the answer.
        AmiMessage logoff = AmiMessage::action(QByteArrayLiteral("Logoff"),
                                               m_prefix + QByteArrayLiteral("logoff"));
        m_socket->write(logoff.serialize());
    }
    releaseSocket(true);
    m_reconnectTimer.stop();
    m_phase = Phase::Idle;
    qCInfo(lcAmi).noquote() << m_config.host << m_config.port << "stopped";
    auto failed = m_pending.takeAll(QStringLiteral("connection stopped"));
    setState(State::Inactive);
    if (hadSocket)
        emit disconnected(QStringLiteral("stopped"));
    complete(std::move(failed));
}

QByteArray AmiConnection::sendAction(AmiMessage action, Callback onDone, int timeoutMs)
{
    if (m_phase != Phase::LoggedIn) {
        const QByteArray id = m_prefix + QByteArray::number(m_nextActionNumber++);
        failLater(id, std::move(onDone),
                  QStringLiteral("not connected (%1)").arg(stateName(m_state)));
        return id;
    }
    return writeAction(action, std::move(onDone), timeoutMs);
}

QByteArray AmiConnection::writeAction(AmiMessage &action, Callback onDone, int timeoutMs)
{
    const QByteArray id = m_prefix + QByteArray::number(m_nextActionNumber++);
    action.set(QByteArrayLiteral("ActionID"), id);
    const qint64 timeout = timeoutMs < 0 ? m_config.actionTimeoutMs : timeoutMs;
    m_pending.add(id, m_clock.elapsed() + timeout, std::move(onDone));
    m_socket->write(action.serialize());
    armDeadlineTimer();
    if (m_socket->bytesToWrite() > m_config.maxWriteBacklog) {
        // Dropping fails this action too, through its callback (queued so the
        // caller is not re-entered from inside sendAction).
        const quint64 session = m_session;
        QMetaObject::invokeMethod(this, [this, session] {
            if (session == m_session)
                drop(QStringLiteral("node is not reading (%1 bytes unsent)")
                             .arg(m_socket ? m_socket->bytesToWrite() : 0),
                     State::Timeout);
        }, Qt::QueuedConnection);
    }
    return id;
}

void AmiConnection::failLater(const QByteArray &actionId, Callback onDone, const QString &reason)
{
    if (!onDone)
        return;
    AmiResult result;
    result.actionId = actionId;
    result.outcome = AmiResult::Outcome::ConnectionLost;
    result.reason = reason;
    QMetaObject::invokeMethod(this, [onDone = std::move(onDone), result] { onDone(result); },
                              Qt::QueuedConnection);
}

void AmiConnection::connectNow()
{
    releaseSocket(false);
    m_parser.reset();
    m_banner.clear();
    m_phase = Phase::Connecting;
    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QTcpSocket::connected, this, &AmiConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &AmiConnection::readChunk);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &AmiConnection::onSocketClosed);
    connect(m_socket, &QTcpSocket::disconnected, this, &AmiConnection::onSocketClosed);
    qCDebug(lcAmi).noquote() << "connecting to" << m_config.host << m_config.port;
    m_connectTimer.start(m_config.connectTimeoutMs);
    m_socket->connectToHost(m_config.host, m_config.port);
}

void AmiConnection::onConnected()
{
    m_connectTimer.stop();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_phase = Phase::AwaitingBanner;
    m_loginTimer.start(m_config.loginTimeoutMs);
}

void AmiConnection::onSocketClosed()
{
    if (!m_socket)
        return;
    // Whatever arrived before the close still counts (a last Hangup, Goodbye).
    const quint64 session = m_session;
    while (m_socket && session == m_session && m_socket->bytesAvailable() > 0) {
        m_readQueued = false;
        readChunk();
    }
    if (session != m_session || !m_socket)
        return;
    QString reason;
    if (m_phase == Phase::Connecting)
        reason = QStringLiteral("cannot connect: %1").arg(m_socket->errorString());
    else if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        reason = QStringLiteral("connection closed by the node");
    else
        reason = QStringLiteral("connection lost: %1").arg(m_socket->errorString());
    drop(reason, State::Timeout);
}

void AmiConnection::readChunk()
{
    m_readQueued = false;
    if (!m_socket)
        return;
    const quint64 session = m_session;
    QList<AmiMessage> messages;
    qint64 budget = m_config.maxBytesPerRead;
    while (budget > 0 && m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(m_readBuffer.data(), qMin<qint64>(m_readBuffer.size(), budget));
        if (n <= 0)
            break;
        budget -= n;
        messages.clear();
        const bool ok = m_parser.feed(QByteArrayView(m_readBuffer.constData(), n), messages);
        if (m_phase == Phase::AwaitingBanner && !m_parser.banner().isEmpty())
            beginLogin();
        for (const AmiMessage &message : std::as_const(messages)) {
            dispatch(message);
            if (session != m_session)
                return; // a slot or callback stopped or dropped us
        }
        if (!ok) {
            drop(QStringLiteral("protocol error: %1").arg(m_parser.error()), State::Timeout);
            return;
        }
    }
    // Budget spent with more waiting: let other nodes' sockets and timers run first.
    if (m_socket && m_socket->bytesAvailable() > 0 && !m_readQueued) {
        m_readQueued = true;
        QMetaObject::invokeMethod(this, &AmiConnection::readChunk, Qt::QueuedConnection);
    }
}

void AmiConnection::dispatch(const AmiMessage &message)
{
    std::optional<AmiPendingActions::Completion> done;
    switch (message.kind()) {
    case AmiMessage::Kind::Event:
        if (m_pending.hasOpenLists() && m_pending.takeListEvent(message, done)) {
            if (done)
                complete({std::move(*done)});
            return;
        }
        emit eventReceived(message);
        return;
    case AmiMessage::Kind::Response:
        if (m_pending.takeResponse(message, done)) {
            if (done)
                complete({std::move(*done)});
            armDeadlineTimer();
        } else {
            qCDebug(lcAmi).noquote() << m_config.host << "response for no pending action:"
                                     << message.actionId();
        }
        return;
    case AmiMessage::Kind::Action:
    case AmiMessage::Kind::Unknown:
        qCDebug(lcAmi).noquote() << m_config.host << "ignoring message starting with"
                                 << (message.fields().isEmpty() ? QByteArray() : message.fields().constFirst().first);
        return;
    }
}

void AmiConnection::beginLogin()
{
    m_banner = m_parser.banner();
    m_phase = Phase::LoggingIn;
    if (!m_config.useMd5) {
        sendLogin({});
        return;
    }
    AmiMessage challenge = AmiMessage::action(QByteArrayLiteral("Challenge"), {});
    challenge.add(QByteArrayLiteral("AuthType"), QByteArrayLiteral("MD5"));
    const quint64 session = m_session;
    writeAction(challenge, [this, session](const AmiResult &result) {
        if (session != m_session || result.connectionGone())
            return;
        const QByteArray value = result.response.value("Challenge");
        if (!result.ok() || value.isEmpty()) {
            onLoginAnswered(result);
            return;
        }
        sendLogin(value);
    }, m_config.loginTimeoutMs);
}

void AmiConnection::sendLogin(const QByteArray &challenge)
{
    AmiMessage login = AmiMessage::action(QByteArrayLiteral("Login"), {});
    login.add(QByteArrayLiteral("Username"), m_config.username);
    if (m_config.useMd5) {
        login.add(QByteArrayLiteral("AuthType"), QByteArrayLiteral("MD5"));
        login.add(QByteArrayLiteral("Key"), AmiAuth::md5Key(challenge, m_config.secret));
    } else {
        login.add(QByteArrayLiteral("Secret"), m_config.secret);
    }
    login.add(QByteArrayLiteral("Events"), m_config.events);
    const quint64 session = m_session;
    writeAction(login, [this, session](const AmiResult &result) {
        if (session == m_session)
            onLoginAnswered(result);
    }, m_config.loginTimeoutMs);
}

void AmiConnection::onLoginAnswered(const AmiResult &result)
{
    switch (result.outcome) {
    case AmiResult::Outcome::ConnectionLost:
    case AmiResult::Outcome::Unconfirmed:
        return; // drop() is already handling it
    case AmiResult::Outcome::TimedOut:
        drop(QStringLiteral("no login answer within %1 ms").arg(m_config.loginTimeoutMs),
             State::Timeout);
        return;
    case AmiResult::Outcome::Error:
        drop(QStringLiteral("login rejected: %1").arg(result.reason), State::LoginFailed);
        return;
    case AmiResult::Outcome::Success:
        break;
    }
    m_loginTimer.stop();
    m_phase = Phase::LoggedIn;
    m_backoffMs = m_config.reconnectMinMs;
    m_missedPings = 0;
    m_pingOutstanding = false;
    m_lastDropReason.clear();
    if (m_config.pingIntervalMs > 0)
        m_pingTimer.start(m_config.pingIntervalMs);
    qCInfo(lcAmi).noquote() << "logged in to" << m_config.host << m_config.port << "as"
                            << m_config.username << "-" << m_banner;
    setState(State::Active);
}

void AmiConnection::onPingTimer()
{
    if (m_pingOutstanding || m_phase != Phase::LoggedIn)
        return;
    m_pingOutstanding = true;
    AmiMessage ping = AmiMessage::action(QByteArrayLiteral("Ping"), {});
    const quint64 session = m_session;
    writeAction(ping, [this, session](const AmiResult &result) {
        if (session == m_session)
            onPingAnswered(result);
    }, m_config.pingTimeoutMs);
}

void AmiConnection::onPingAnswered(const AmiResult &result)
{
    if (result.connectionGone())
        return;
    m_pingOutstanding = false;
    if (result.timedOut()) {
        ++m_missedPings;
        if (m_missedPings >= m_config.maxMissedPings) {
            drop(QStringLiteral("no answer to %1 pings").arg(m_missedPings), State::Timeout);
            return;
        }
        if (m_state != State::Timeout)
            qCWarning(lcAmi).noquote() << m_config.host << m_config.port
                                       << "not answering pings: timeout";
        setState(State::Timeout);
        return;
    }
    // Any answer, even an error, shows the node is processing actions again.
    m_missedPings = 0;
    if (m_state == State::Timeout) {
        qCInfo(lcAmi).noquote() << m_config.host << m_config.port << "answering again";
        setState(State::Active);
    }
}

void AmiConnection::armDeadlineTimer()
{
    const std::optional<qint64> next = m_pending.nextDeadline();
    if (!next) {
        m_deadlineTimer.stop();
        m_armedDeadline = -1;
        return;
    }
    // Re-arming on every action would cost a timer restart per Originate.
    if (m_deadlineTimer.isActive() && m_armedDeadline <= *next)
        return;
    m_armedDeadline = *next;
    m_deadlineTimer.start(int(qMax<qint64>(0, *next - m_clock.elapsed())));
}

void AmiConnection::onDeadlineTimer()
{
    m_armedDeadline = -1;
    auto expired = m_pending.takeExpired(m_clock.elapsed());
    armDeadlineTimer();
    complete(std::move(expired));
}

void AmiConnection::releaseSocket(bool graceful)
{
    m_connectTimer.stop();
    m_loginTimer.stop();
    m_pingTimer.stop();
    m_deadlineTimer.stop();
    m_armedDeadline = -1;
    m_pingOutstanding = false;
    m_missedPings = 0;
    m_readQueued = false;
    if (!m_socket)
        return;
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kGracefulCloseMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        socket->disconnectFromHost();
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void AmiConnection::drop(const QString &reason, State next)
{
    ++m_session;
    releaseSocket(false);
    m_parser.reset();
    m_phase = Phase::Idle;
    auto failed = m_pending.takeAll(reason);
    // A node that stays down would log the same line every back-off round.
    if (reason != m_lastDropReason)
        qCWarning(lcAmi).noquote() << m_config.host << m_config.port << reason
                                   << "- retrying in" << m_backoffMs << "ms";
    else
        qCDebug(lcAmi).noquote() << m_config.host << m_config.port << reason;
    m_lastDropReason = reason;
    m_reconnectTimer.start(m_backoffMs);
    m_backoffMs = qMin(m_backoffMs * 2, m_config.reconnectMaxMs);
    setState(next);
    emit disconnected(reason);
    complete(std::move(failed));
}

void AmiConnection::complete(QList<AmiPendingActions::Completion> completions)
{
    for (AmiPendingActions::Completion &done : completions) {
        if (done.onDone)
            done.onDone(done.result);
    }
}

void AmiConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
