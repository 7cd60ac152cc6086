#include "engine/api/authhandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "engine/api/clientsession.h"
#include "engine/api/passwordhasher.h"
#include "engine/api/requestrouter.h"
#include "engine/db/dbfunnel.h"
#include "engine/db/userstore.h"
#include "engine/logging.h"

#include <QDateTime>
#include <QJsonObject>

using namespace Protocol;

namespace {

constexpr qsizetype kMaxUserNameLength = 100;
constexpr qsizetype kMaxPasswordLength = 1024;
// Each Argon2id check holds 64 MiB; cap the queue so a flood cannot exhaust memory.
constexpr int kMaxPendingChecks = 32;
const QString kFactoryPassword = QStringLiteral("adminpass");

} // namespace

AuthHandler::AuthHandler(UserStore &users, DbFunnel &writes, Policy policy, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_writes(writes)
    , m_policy(policy)
    , m_throttle(policy.throttle)
{
    m_pool.setMaxThreadCount(2);
}

AuthHandler::~AuthHandler()
{
    waitForPendingWork();
}

void AuthHandler::waitForPendingWork()
{
    m_pool.waitForDone();
}

void AuthHandler::registerRoutes(RequestRouter &router)
{
    const auto bind = [this](void (AuthHandler::*method)(ClientSession &, const ProtocolMessage &)) {
        return [this, method](ClientSession &s, const ProtocolMessage &r) { (this->*method)(s, r); };
    };
    router.add({Type::Hello, Route::Access::Anyone, {}, bind(&AuthHandler::onHello)});
    router.add({Type::Login, Route::Access::Anyone, {}, bind(&AuthHandler::onLogin)});
    router.add({Type::Logout, Route::Access::PasswordChange, {}, bind(&AuthHandler::onLogout)});
    router.add({Type::ChangePassword, Route::Access::PasswordChange, {},
                bind(&AuthHandler::onChangePassword)});
}

void AuthHandler::onHello(ClientSession &session, const ProtocolMessage &request)
{
    const QJsonValue protocol = request.data().value(Key::Protocol);
    if (!protocol.isDouble()) {
        session.sendError(request.id(), ErrorCode::InvalidField,
                          QStringLiteral("\"protocol\" must be a number"), Key::Protocol);
        return;
    }
    if (protocol.toDouble() != Version) {
        session.sendError(request.id(), ErrorCode::UnsupportedVersion,
                          QStringLiteral("the engine speaks protocol %1, the client %2")
                              .arg(Version).arg(protocol.toDouble()), Key::Protocol);
        return;
    }
    session.setHelloDone();
    session.sendReply(request.id(), {{Key::Protocol, Version},
                                     {Key::Engine, QStringLiteral("torque-engine")},
                                     {Key::EngineVersion, QStringLiteral(TORQUE_VERSION)}});
}

bool AuthHandler::startSlowWork(ClientSession &session, qint64 requestId)
{
    if (session.hasPendingWork() || m_pending >= kMaxPendingChecks) {
        session.sendError(requestId, ErrorCode::Throttled,
                          QStringLiteral("a password check is already in progress; retry shortly"));
        return false;
    }
    session.setPendingWork(true);
    ++m_pending;
    return true;
}

void AuthHandler::onLogin(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const QString username = reader.requiredText(Key::User, kMaxUserNameLength);
    const QString password = reader.requiredSecret(Key::Password, kMaxPasswordLength);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return;
    }
    const QString address = session.peerAddress();
    if (const int wait = m_throttle.secondsUntilAllowed(username, address); wait > 0) {
        audit(false, username, address, QStringLiteral("login refused: throttled for %1 s").arg(wait));
        session.sendError(request.id(), ErrorCode::Throttled,
                          QStringLiteral("too many failed logins; try again in %1 seconds").arg(wait));
        return;
    }
    const auto found = m_users.findByName(username);
    if (!found) {
        session.sendError(request.id(), ErrorCode::DatabaseError, found.detail());
        return;
    }
    if (!startSlowWork(session, request.id()))
        return;
    std::optional<SessionUser> account;
    QString hash = PasswordHasher::decoyHash();
    if (found.value() && !found.value()->disabled) {
        const UserAccount &a = *found.value();
        account = SessionUser{a.id, a.username, a.role, a.mustChangePassword};
        hash = a.passwordHash;
    }
    QPointer<ClientSession> target(&session);
    const qint64 id = request.id();
    m_pool.start([this, target, id, username, address, account, hash, password] {
        const bool ok = PasswordHasher::verify(hash, password);
        QMetaObject::invokeMethod(this, [=, this] {
            finishLogin(target, id, username, address, account, ok);
        }, Qt::QueuedConnection);
    });
}

void AuthHandler::finishLogin(QPointer<ClientSession> session, qint64 requestId,
                              const QString &username, const QString &address,
                              std::optional<SessionUser> account, bool passwordOk)
{
    --m_pending;
    if (session)
        session->setPendingWork(false);
    if (!account || !passwordOk) {
        m_throttle.recordFailure(username, address);
        audit(false, username, address,
              account ? QStringLiteral("login failed: wrong password")
                      : QStringLiteral("login failed: unknown or disabled user"));
        if (session)
            session->sendError(requestId, ErrorCode::AuthFailed,
                               QStringLiteral("wrong user name or password"));
        return;
    }
    m_throttle.recordSuccess(username);
    audit(true, account->username, address, QStringLiteral("login succeeded"));
    if (!session)
        return;
    session->clearUser();
    session->setUser(*account);
    session->sendReply(requestId, {{Key::User, account->username},
                                   {Key::Role, roleName(account->role)},
                                   {Key::MustChangePassword, account->mustChangePassword}});
}

void AuthHandler::onLogout(ClientSession &session, const ProtocolMessage &request)
{
    audit(true, session.user()->username, session.peerAddress(), QStringLiteral("logged out"));
    session.clearUser();
    session.sendReply(request.id());
}

QString AuthHandler::passwordPolicyProblem(const QString &username, const QString &oldPassword,
                                           const QString &newPassword) const
{
    if (newPassword.size() < m_policy.minPasswordLength)
        return QStringLiteral("the new password must have at least %1 characters")
            .arg(m_policy.minPasswordLength);
    if (newPassword == oldPassword)
        return QStringLiteral("the new password must differ from the old one");
    if (newPassword.compare(username, Qt::CaseInsensitive) == 0)
        return QStringLiteral("the password must not be the user name");
    if (newPassword == kFactoryPassword)
        return QStringLiteral("the factory password cannot be kept");
    return {};
}

void AuthHandler::onChangePassword(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const QString oldPassword = reader.requiredSecret(Key::OldPassword, kMaxPasswordLength);
    const QString newPassword = reader.requiredSecret(Key::NewPassword, kMaxPasswordLength);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return;
    }
    const SessionUser user = *session.user();
    if (const QString problem = passwordPolicyProblem(user.username, oldPassword, newPassword);
        !problem.isEmpty()) {
        session.sendError(request.id(), ErrorCode::WeakPassword, problem, Key::NewPassword);
        return;
    }
    const auto stored = m_users.find(user.id);
    if (!stored || !stored.value()) {
        session.sendError(request.id(), stored ? ErrorCode::NotFound : ErrorCode::DatabaseError,
                          stored ? QStringLiteral("the account no longer exists") : stored.detail());
        return;
    }
    if (!startSlowWork(session, request.id()))
        return;
    QPointer<ClientSession> target(&session);
    const qint64 id = request.id();
    const QString storedHash = stored.value()->passwordHash;
    m_pool.start([this, target, id, user, storedHash, oldPassword, newPassword] {
        const bool oldOk = PasswordHasher::verify(storedHash, oldPassword);
        const QString newHash = oldOk ? PasswordHasher::hash(newPassword).value() : QString();
        QMetaObject::invokeMethod(this, [=, this] {
            finishPasswordChange(target, id, user.id, user.username, oldOk, newHash);
        }, Qt::QueuedConnection);
    });
}

void AuthHandler::finishPasswordChange(QPointer<ClientSession> session, qint64 requestId,
                                       qint64 userId, const QString &username, bool oldOk,
                                       const QString &newHash)
{
    --m_pending;
    if (session)
        session->setPendingWork(false);
    const QString address = session ? session->peerAddress() : QString();
    if (!oldOk) {
        m_throttle.recordFailure(username, address);
        audit(false, username, address, QStringLiteral("password change refused: wrong old password"));
        if (session)
            session->sendError(requestId, ErrorCode::AuthFailed,
                               QStringLiteral("the old password is wrong"), Key::OldPassword);
        return;
    }
    const Result<Done> saved = m_users.setPassword(userId, newHash, false);
    if (!saved) {
        if (session)
            session->sendError(requestId, ErrorCode::DatabaseError, saved.detail());
        return;
    }
    audit(true, username, address, QStringLiteral("password changed"));
    if (!session)
        return;
    session->setPasswordChanged();
    session->sendReply(requestId);
}

void AuthHandler::audit(bool success, const QString &username, const QString &address,
                        const QString &message)
{
    if (success)
        qCInfo(lcAuth).noquote() << message << "user" << username << "from" << address;
    else
        qCWarning(lcAuth).noquote() << message << "user" << username << "from" << address;
    SystemLogEntry entry;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    entry.level = success ? QStringLiteral("info") : QStringLiteral("warning");
    entry.category = QStringLiteral("auth");
    entry.username = username;
    entry.address = address;
    entry.message = message;
    if (m_writes.enqueue(entry) == 0)
        qCWarning(lcAuth) << "the database funnel refused a system log line (see its status)";
}
