#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// Counts failed logins per user name and per client address. Once either key
// has too many failures inside the window, logins for it are refused (without
// checking the password) until the lockout has passed.
class LoginThrottle final
{
public:
    struct Limits {
        int maxFailuresPerUser = 5;
        int maxFailuresPerAddress = 20;
        qint64 windowMs = 300'000;
        qint64 lockoutMs = 60'000;
    };
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    explicit LoginThrottle(Limits limits, Clock clock = {});

    // 0 when a login may be tried now, otherwise the seconds to wait.
    int secondsUntilAllowed(const QString &user, const QString &address);
    void recordFailure(const QString &user, const QString &address);
    void recordSuccess(const QString &user);

private:
    struct Entry {
        QList<qint64> failures; // times inside the window, oldest first
        qint64 lockedUntil = 0;
    };

    qint64 now() const;
    qint64 remainingLockMs(const QString &key, qint64 at);
    void addFailure(const QString &key, int limit, qint64 at);
    void pruneIfLarge(qint64 at);

    Limits m_limits;
    Clock m_clock;
    QHash<QString, Entry> m_entries;
};
