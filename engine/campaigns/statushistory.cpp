#include "engine/campaigns/statushistory.h"

#include "common/protocol.h"

#include <limits>

using namespace Protocol;

namespace {

qint64 timeOf(const QJsonObject &sample)
{
    return qint64(sample.value(StatusKey::Time).toDouble());
}

} // namespace

void StatusHistory::append(QJsonObject &sample)
{
    expire(timeOf(sample));
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    const auto widen = [&](const QJsonObject &s) {
        const QJsonValue ms = s.value(StatusKey::MsBetweenCalls);
        if (ms.isDouble()) {
            low = qMin(low, ms.toDouble());
            high = qMax(high, ms.toDouble());
        }
    };
    for (const QJsonObject &s : m_samples)
        widen(s);
    widen(sample);
    if (low <= high) {
        sample.insert(StatusKey::ScaleMinMs, low);
        sample.insert(StatusKey::ScaleMaxMs, high);
    }
    m_samples.push_back(sample);
}

QJsonArray StatusHistory::toJson(qint64 nowMs) const
{
    QJsonArray out;
    for (const QJsonObject &s : m_samples) {
        if (timeOf(s) > nowMs - WindowMs)
            out.append(s);
    }
    return out;
}

qint64 StatusHistory::lastTime() const
{
    return m_samples.empty() ? 0 : timeOf(m_samples.back());
}

void StatusHistory::expire(qint64 nowMs)
{
    while (!m_samples.empty() && timeOf(m_samples.front()) <= nowMs - WindowMs)
        m_samples.pop_front();
}
