#pragma once

#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"
#include "engine/ami/amipendingactions.h"
#include "engine/ami/amiresult.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QTcpSocket;

// One AMI session to one voice node (Asterisk or torque-voicesim), kept alive
// on its own: connect, log in (plain or MD5 challenge), ping, and reconnect
// with a growing back-off after any failure. Nothing here blocks.
//
// States, as a supervisor sees the node:
//   Inactive     stopped by the admin (start() not called, or stop())
//   Connecting   first attempt after start(), not yet logged in
//   Active       logged in and answering
//   Timeout      having issues: connect/login time-out, refused, dropped, bad
//                data, or pings unanswered (then the session is kept and goes
//                back to Active by itself when a ping is answered; after
//                maxMissedPings it is dropped). Retrying with back-off.
//   LoginFailed  the node rejected the credentials; retrying with back-off
//
// Actions get a unique ActionID (a random per-connection prefix plus a
// counter, so OriginateResponse events, which Asterisk broadcasts to every
// manager session, can be told apart with ownsActionId()). Each action
// completes exactly once: answered, timed out, or failed with the reason when
// the session ends, so the caller can send it to another node.
class AmiConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AmiConnection)

public:
    struct Config {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 5038;
        QByteArray username;
        QByteArray secret;
        bool useMd5 = false;
        QByteArray events = QByteArrayLiteral("on"); // Login "Events:": on, off or classes ("call,user")
        int connectTimeoutMs = 5000;
        int loginTimeoutMs = 10000;   // banner + login answer
        int actionTimeoutMs = 10000;
        int pingIntervalMs = 5000;
        int pingTimeoutMs = 5000;
        int maxMissedPings = 3;       // in a row, then the session is presumed dead
        int reconnectMinMs = 1000;
        int reconnectMaxMs = 30000;
        qint64 maxBytesPerRead = 64 * 1024;  // then yield to the event loop (other nodes)
        qint64 maxWriteBacklog = 4 * 1024 * 1024; // node not reading: drop
        int maxListEvents = 100'000;
        AmiParser::Limits limits;
        QByteArray actionIdPrefix;    // empty: random
    };

    enum class State { Inactive, Connecting, Active, Timeout, LoginFailed };
    Q_ENUM(State)

    using Callback = AmiPendingActions::Callback;

    explicit AmiConnection(Config config, QObject *parent = nullptr);
    // Pending callbacks are dropped without being called.
    ~AmiConnection() override;

    void start();
    void stop();

    // Sets a fresh ActionID on `action`, sends it and returns the ID. When not
    // logged in, onDone gets ConnectionLost (from the event loop, never from
    // inside this call). timeoutMs < 0: Config::actionTimeoutMs.
    QByteArray sendAction(AmiMessage action, Callback onDone = {}, int timeoutMs = -1);

    State state() const { return m_state; }
    bool isLoggedIn() const { return m_phase == Phase::LoggedIn; }
    const Config &config() const { return m_config; }
    QByteArray banner() const { return m_banner; }
    QByteArray actionIdPrefix() const { return m_prefix; }
    bool ownsActionId(QByteArrayView actionId) const { return actionId.startsWith(m_prefix); }
    int pendingActionCount() const { return m_pending.size(); }

    static QString stateName(State state);

signals:
    void stateChanged(AmiConnection::State state);
    // Every event except those collected into a list action's result.
    void eventReceived(const AmiMessage &event);
    // A session or connection attempt ended; the reason is also logged.
    void disconnected(const QString &reason);

private:
    enum class Phase { Idle, Connecting, AwaitingBanner, LoggingIn, LoggedIn };

    void connectNow();
    void onConnected();
    void onSocketClosed();
    void readChunk();
    void dispatch(const AmiMessage &message);
    void beginLogin();
    void sendLogin(const QByteArray &challenge);
    void onLoginAnswered(const AmiResult &result);
    void onPingTimer();
    void onPingAnswered(const AmiResult &result);
    void onDeadlineTimer();
    void armDeadlineTimer();
    QByteArray writeAction(AmiMessage &action, Callback onDone, int timeoutMs);
    void failLater(const QByteArray &actionId, Callback onDone, const QString &reason);
    void drop(const QString &reason, State next);
    void releaseSocket(bool graceful);
    void complete(QList<AmiPendingActions::Completion> completions);
    void setState(State state);

    Config m_config;
    State m_state = State::Inactive;
    Phase m_phase = Phase::Idle;
    QTcpSocket *m_socket = nullptr;
    AmiParser m_parser;
    AmiPendingActions m_pending;
    QTimer m_connectTimer;
    QTimer m_loginTimer;
    QTimer m_pingTimer;
    QTimer m_deadlineTimer;
    QTimer m_reconnectTimer;
    QElapsedTimer m_clock;
    qint64 m_armedDeadline = -1;
    QByteArray m_prefix;
    quint64 m_nextActionNumber = 1;
    quint64 m_session = 0; // bumped whenever a session ends; stale work checks it
    int m_backoffMs = 0;
    int m_missedPings = 0;
    bool m_pingOutstanding = false;
    bool m_readQueued = false;
    QByteArray m_banner;
    QByteArray m_readBuffer;
    QString m_lastDropReason;
};
