#include "console/net/reconnectbackoff.h"

#include <algorithm>
#include <cmath>

ReconnectBackoff::ReconnectBackoff(QObject *parent)
    : QObject(parent)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &ReconnectBackoff::onWaitOver);
    m_tick.setInterval(std::chrono::seconds(1));
    connect(&m_tick, &QTimer::timeout, this, &ReconnectBackoff::onTick);
}

void ReconnectBackoff::schedule()
{
    using namespace std::chrono;
    m_secondsLeft = int(std::ceil(duration<double>(m_delay).count()));
    m_wait.start(m_delay);
    m_tick.start();
    m_delay = std::min(m_delay * 2, MaxDelay);
    Q_EMIT countdownChanged(m_secondsLeft);
}

void ReconnectBackoff::stop()
{
    m_wait.stop();
    m_tick.stop();
    m_secondsLeft = 0;
}

void ReconnectBackoff::reset()
{
    stop();
    m_delay = FirstDelay;
}

void ReconnectBackoff::onTick()
{
    if (m_secondsLeft > 1) {
        --m_secondsLeft;
        Q_EMIT countdownChanged(m_secondsLeft);
    }
}

void ReconnectBackoff::onWaitOver()
{
    m_tick.stop();
    m_secondsLeft = 0;
    Q_EMIT countdownChanged(0);
    Q_EMIT elapsed();
}
