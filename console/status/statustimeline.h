#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>

#include <optional>

// The last 720 seconds of one campaign's engine status samples (the manual's
// Engine Status graph runs "from 720 seconds ago" to now), oldest first.
// Times are the engine's own ("t", UTC ms): the window ends at the newest
// sample, not at this machine's clock, so a console whose clock is off still
// draws the right graph. Samples may arrive twice (a history reply overlaps
// the live events) or out of order; each time is kept once.
class StatusTimeline final
{
public:
    static constexpr qint64 WindowMs = 720 * 1000;

    // Adds one sample; false (and nothing changes) when it has no time, is
    // already held, or is older than the window.
    bool append(const QJsonObject &sample);
    // Adds the samples of an engineStatus.history reply.
    void merge(const QJsonArray &samples);
    void clear() { m_samples.clear(); }

    const QList<QJsonObject> &samples() const { return m_samples; }
    qsizetype size() const { return m_samples.size(); }
    bool isEmpty() const { return m_samples.isEmpty(); }
    // The newest sample; empty when there is none.
    QJsonObject latest() const;
    // The newest sample's time (UTC ms); 0 when empty.
    qint64 newestTime() const;
    // How long before the newest sample this one was taken, in seconds (<= 0).
    double secondsBeforeNewest(const QJsonObject &sample) const;

    // The smallest and largest value of a numeric key over the window;
    // empty when no sample has it.
    std::optional<double> minimum(QLatin1String key) const;
    std::optional<double> maximum(QLatin1String key) const;
    // The yellow line's scale: the lowest and highest time between calls.
    std::optional<double> scaleMinMs() const;
    std::optional<double> scaleMaxMs() const;

    static std::optional<qint64> timeOf(const QJsonObject &sample);

private:
    void insertSorted(const QJsonObject &sample, qint64 time);
    void trim();
    std::optional<double> extreme(QLatin1String key, bool largest) const;

    QList<QJsonObject> m_samples; // oldest first, one per time
};
