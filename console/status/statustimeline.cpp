#include "console/status/statustimeline.h"

#include "common/protocol.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

using namespace Protocol;

std::optional<qint64> StatusTimeline::timeOf(const QJsonObject &sample)
{
    const QJsonValue t = sample.value(StatusKey::Time);
    if (!t.isDouble() || !std::isfinite(t.toDouble()))
        return std::nullopt;
    return qint64(t.toDouble());
}

bool StatusTimeline::append(const QJsonObject &sample)
{
    const std::optional<qint64> time = timeOf(sample);
    if (!time)
        return false;
    if (!m_samples.isEmpty() && *time < newestTime() - WindowMs)
        return false;
    const qsizetype before = m_samples.size();
    insertSorted(sample, *time);
    if (m_samples.size() == before)
        return false;
    trim();
    return true;
}

void StatusTimeline::merge(const QJsonArray &samples)
{
    for (const QJsonValue &value : samples) {
        if (!value.isObject())
            continue;
        const QJsonObject sample = value.toObject();
        if (const std::optional<qint64> time = timeOf(sample))
            insertSorted(sample, *time);
    }
    trim();
}

void StatusTimeline::insertSorted(const QJsonObject &sample, qint64 time)
{
    // Live samples come in order, so the search almost always ends at once.
    auto it = std::lower_bound(m_samples.begin(), m_samples.end(), time,
                               [](const QJsonObject &held, qint64 t) { return *timeOf(held) < t; });
    if (it != m_samples.end() && *timeOf(*it) == time)
        return;
    m_samples.insert(it, sample);
}

void StatusTimeline::trim()
{
    if (m_samples.isEmpty())
        return;
    const qint64 oldestKept = newestTime() - WindowMs;
    qsizetype drop = 0;
    while (drop < m_samples.size() && *timeOf(m_samples.at(drop)) < oldestKept)
        ++drop;
    m_samples.remove(0, drop);
}

QJsonObject StatusTimeline::latest() const
{
    return m_samples.isEmpty() ? QJsonObject() : m_samples.constLast();
}

qint64 StatusTimeline::newestTime() const
{
    return m_samples.isEmpty() ? 0 : timeOf(m_samples.constLast()).value_or(0);
}

double StatusTimeline::secondsBeforeNewest(const QJsonObject &sample) const
{
    return double(timeOf(sample).value_or(newestTime()) - newestTime()) / 1000.0;
}

std::optional<double> StatusTimeline::extreme(QLatin1String key, bool largest) const
{
    std::optional<double> found;
    for (const QJsonObject &sample : m_samples) {
        const QJsonValue v = sample.value(key);
        if (!v.isDouble())
            continue;
        const double d = v.toDouble();
        if (!found || (largest ? d > *found : d < *found))
            found = d;
    }
    return found;
}

std::optional<double> StatusTimeline::minimum(QLatin1String key) const
{
    return extreme(key, false);
}

std::optional<double> StatusTimeline::maximum(QLatin1String key) const
{
    return extreme(key, true);
}

std::optional<double> StatusTimeline::scaleMinMs() const
{
    return minimum(StatusKey::MsBetweenCalls);
}

std::optional<double> StatusTimeline::scaleMaxMs() const
{
    return maximum(StatusKey::MsBetweenCalls);
}
