#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <deque>

// The engine status samples of one campaign for the last 720 s (the manual's
// graph width), oldest first. Adds the window's ms-between-calls scale to
// each sample as it arrives.
class StatusHistory final
{
public:
    static constexpr qint64 WindowMs = 720 * 1000;

    // sample must hold "t"; samples older than the window go.
    void append(QJsonObject &sample);
    QJsonArray toJson(qint64 nowMs) const;
    bool isEmpty() const { return m_samples.empty(); }
    qint64 lastTime() const;
    int size() const { return int(m_samples.size()); }

private:
    void expire(qint64 nowMs);

    std::deque<QJsonObject> m_samples;
};
