#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QThread;

// A TCP forwarder on 127.0.0.1 that a test can cut and restore, to take a
// database server away from one client without touching the server (and the
// other tests using it). Cut closes every forwarded connection at once and
// refuses new ones, as a crashed server would; restore listens again on the
// same port. Runs on its own thread, so the test's thread may block.
class TcpProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpProxy)

public:
    TcpProxy(QString targetHost, quint16 targetPort);
    ~TcpProxy() override;

    bool start(QString *error);
    quint16 port() const { return m_port; }
    void cut();
    void restore();

private:
    void listen();
    void onNewConnection();
    void closeAll();

    QString m_targetHost;
    quint16 m_targetPort;
    quint16 m_port = 0;
    std::unique_ptr<QThread> m_thread;
    QTcpServer *m_server = nullptr;  // lives on m_thread
    bool m_listening = false;
    QString m_error;
};
