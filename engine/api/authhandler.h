#pragma once

#include "engine/api/loginthrottle.h"
#include "engine/api/sessionuser.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

class ClientSession;
class ProtocolMessage;
class RequestRouter;
class DbFunnel;
class UserStore;

// hello, auth.login, auth.logout, auth.changePassword. Argon2id checks run on
// a small thread pool so a login never stalls the engine's event loop.
class AuthHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthHandler)

public:
    struct Policy {
        LoginThrottle::Limits throttle;
        int minPasswordLength = 8;
    };

    AuthHandler(UserStore &users, DbFunnel &writes, Policy policy, QObject *parent = nullptr);
    ~AuthHandler() override;

    void registerRoutes(RequestRouter &router);
    // Waits for password checks still running (engine shutdown).
    void waitForPendingWork();

private:
    struct LoginOutcome {
        bool passwordOk = false;
    };

    void onHello(ClientSession &session, const ProtocolMessage &request);
    void onLogin(ClientSession &session, const ProtocolMessage &request);
    void onLogout(ClientSession &session, const ProtocolMessage &request);
    void onChangePassword(ClientSession &session, const ProtocolMessage &request);

    void finishLogin(QPointer<ClientSession> session, qint64 requestId, const QString &username,
                     const QString &address, std::optional<SessionUser> account, bool passwordOk);
    void finishPasswordChange(QPointer<ClientSession> session, qint64 requestId, qint64 userId,
                              const QString &username, bool oldOk, const QString &newHash);
    bool startSlowWork(ClientSession &session, qint64 requestId);
    QString passwordPolicyProblem(const QString &username, const QString &oldPassword,
                                  const QString &newPassword) const;
    void audit(bool success, const QString &username, const QString &address, const QString &message);

    UserStore &m_users;
    DbFunnel &m_writes; // the system log goes through the database funnel
    Policy m_policy;
    LoginThrottle m_throttle;
    QThreadPool m_pool;
    int m_pending = 0;
};
