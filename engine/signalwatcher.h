#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe trick), so shutdown
// runs on the event loop instead of inside a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void onSignalReadable();
    static void handleSignal(int signalNumber);

    QSocketNotifier *m_notifier = nullptr;
};
