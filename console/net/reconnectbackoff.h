#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// When to try reconnecting after a drop: 1 s, then 2, 4, 8 ... at most 30 s
// between attempts, so a restarting engine is found quickly and a dead one
// is not hammered. Counts the seconds down for the status bar.
class ReconnectBackoff final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconnectBackoff)

public:
    static constexpr std::chrono::milliseconds FirstDelay{1000};
    static constexpr std::chrono::milliseconds MaxDelay{30000};

    explicit ReconnectBackoff(QObject *parent = nullptr);

    // Starts the next wait; the one after it will be twice as long.
    void schedule();
    // Cancels a wait in progress; the next one keeps its length.
    void stop();
    // After a good connection: cancels and starts again from FirstDelay.
    void reset();

    bool isWaiting() const { return m_wait.isActive(); }
    int secondsLeft() const { return m_secondsLeft; }
    std::chrono::milliseconds nextDelay() const { return m_delay; }

Q_SIGNALS:
    void countdownChanged(int secondsLeft);
    // The wait is over: try now.
    void elapsed();

private:
    void onTick();
    void onWaitOver();

    QTimer m_wait;
    QTimer m_tick;
    std::chrono::milliseconds m_delay = FirstDelay;
    int m_secondsLeft = 0;
};
