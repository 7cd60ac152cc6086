#include "tests/support/hostileamipeer.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace {

const QByteArray kBanner = QByteArrayLiteral("Asterisk Call Manager/9.0.0\r\n");

QByteArray floodEvent(int n)
{
    return "Event: Newexten\r\nPrivilege: dialplan,all\r\nChannel: Local/555@simnet-0000;1\r\n"
           "Context: simnet\r\nExten: 555\r\nPriority: " + QByteArray::number(n) +
           "\r\nApplication: Wait\r\nAppData: 1\r\nUniqueid: flood-" + QByteArray::number(n) + "\r\n\r\n";
}

} // namespace

HostileAmiPeer::HostileAmiPeer(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileAmiPeer::onNewConnection);
    connect(&m_floodTimer, &QTimer::timeout, this, &HostileAmiPeer::flood);
}

// The sockets are the server's children and say "disconnected" as they go,
// after this object's other members are gone: cut them off first.
HostileAmiPeer::~HostileAmiPeer()
{
    m_floodTimer.stop();
    const QList<QTcpSocket *> sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        disconnect(socket, nullptr, this, nullptr);
}

bool HostileAmiPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void HostileAmiPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_flooded.removeOne(socket); });
        switch (m_mode) {
        case Mode::Garbage:
            m_bytesSent += socket->write(QByteArray(20000, '\x7f') + "\r\n\r\n");
            break;
        case Mode::Silent:
            break;
        case Mode::Flood:
        case Mode::CloseMidFrame:
            m_bytesSent += socket->write(kBanner);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            break;
        }
    }
}

void HostileAmiPeer::onReadyRead(QTcpSocket *socket)
{
    // Answer every action Success with its ActionID, as a node that accepts anything.
    static const QRegularExpression actionId(QStringLiteral("ActionID: ([^\\r\\n]+)"));
    const QString text = QString::fromUtf8(socket->readAll());
    auto matches = actionId.globalMatch(text);
    while (matches.hasNext()) {
        const QByteArray id = matches.next().captured(1).toUtf8();
        if (m_mode == Mode::CloseMidFrame && text.contains(QStringLiteral("Originate"))) {
            socket->write("Response: Succ");
            socket->flush();
            socket->disconnectFromHost();
            return;
        }
        m_bytesSent += socket->write("Response: Success\r\nActionID: " + id + "\r\nMessage: ok\r\n\r\n");
    }
    if (m_mode == Mode::Flood && !m_flooded.contains(socket)) {
        m_flooded.append(socket);
        m_floodTimer.start(0);
    }
}

void HostileAmiPeer::flood()
{
    QByteArray burst;
    for (int i = 0; i < 500; ++i)
        burst += floodEvent(i);
    for (QTcpSocket *socket : std::as_const(m_flooded)) {
        if (socket->bytesToWrite() < 4 * 1024 * 1024)
            m_bytesSent += socket->write(burst);
    }
}
