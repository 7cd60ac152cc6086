#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

// A misbehaving "voice node" for tests: it listens like Asterisk but then
// sends garbage, says nothing, floods events, or hangs up mid-frame.
class HostileAmiPeer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostileAmiPeer)

public:
    enum class Mode { Garbage, Silent, Flood, CloseMidFrame };

    explicit HostileAmiPeer(Mode mode, QObject *parent = nullptr);
    ~HostileAmiPeer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void flood();

    Mode m_mode;
    QTcpServer m_server;
    QList<QTcpSocket *> m_flooded;
    QTimer m_floodTimer;
    qint64 m_bytesSent = 0;
};
