#include "engine/api/loginthrottle.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

namespace {

// Keys for unknown user names are kept too (that is the attack); prune old ones
// so a flood of invented names cannot grow the table without bound.
constexpr qsizetype kPruneAbove = 10'000;

QString userKey(const QString &user)
{
    return QStringLiteral("u:") + user.toCaseFolded();
}

QString addressKey(const QString &address)
{
    return QStringLiteral("a:") + address;
}

} // namespace

LoginThrottle::LoginThrottle(Limits limits, Clock clock)
    : m_limits(limits)
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        // Offset so that "0 = never locked" stays unambiguous.
        m_clock = [timer] { return timer->elapsed() + 1; };
    }
}

qint64 LoginThrottle::now() const
{
    return m_clock();
}

int LoginThrottle::secondsUntilAllowed(const QString &user, const QString &address)
{
    const qint64 at = now();
    const qint64 waitMs = std::max(remainingLockMs(userKey(user), at),
                                   remainingLockMs(addressKey(address), at));
    return int((waitMs + 999) / 1000);
}

qint64 LoginThrottle::remainingLockMs(const QString &key, qint64 at)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return 0;
    return std::max<qint64>(0, it->lockedUntil - at);
}

void LoginThrottle::recordFailure(const QString &user, const QString &address)
{
    const qint64 at = now();
    pruneIfLarge(at);
    addFailure(userKey(user), m_limits.maxFailuresPerUser, at);
    addFailure(addressKey(address), m_limits.maxFailuresPerAddress, at);
}

void LoginThrottle::addFailure(const QString &key, int limit, qint64 at)
{
    Entry &entry = m_entries[key];
    while (!entry.failures.isEmpty() && entry.failures.constFirst() <= at - m_limits.windowMs)
        entry.failures.removeFirst();
    entry.failures.append(at);
    if (entry.failures.size() >= limit) {
        entry.lockedUntil = at + m_limits.lockoutMs;
        entry.failures.clear(); // after the lockout the user gets a fresh allowance
    }
}

void LoginThrottle::recordSuccess(const QString &user)
{
    // The address keeps its count: one good account must not launder guesses
    // at others from the same address.
    m_entries.remove(userKey(user));
}

void LoginThrottle::pruneIfLarge(qint64 at)
{
    if (m_entries.size() < kPruneAbove)
        return;
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool idle = it->lockedUntil <= at
            && (it->failures.isEmpty() || it->failures.constLast() <= at - m_limits.windowMs);
        it = idle ? m_entries.erase(it) : std::next(it);
    }
}
