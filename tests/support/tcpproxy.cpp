#include "tests/support/tcpproxy.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

TcpProxy::TcpProxy(QString targetHost, quint16 targetPort)
    : m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("TcpProxy"));
    moveToThread(m_thread.get());
    m_thread->start();
}

TcpProxy::~TcpProxy()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            closeAll();
            delete m_server;
            m_server = nullptr;
            // Back to the thread that deletes us, now that the loop is done with us.
            moveToThread(m_thread->thread());
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool TcpProxy::start(QString *error)
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_server = new QTcpServer;
            connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
            listen();
        },
        Qt::BlockingQueuedConnection);
    if (!m_listening && error)
        *error = m_error;
    return m_listening;
}

void TcpProxy::listen()
{
    m_listening = m_server->listen(QHostAddress::LocalHost, m_port);
    if (m_listening)
        m_port = m_server->serverPort();
    else
        m_error = m_server->errorString();
}

void TcpProxy::cut()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_server->close();
            m_listening = false;
            closeAll();
        },
        Qt::BlockingQueuedConnection);
}

void TcpProxy::restore()
{
    QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        // Both ends are children of the server, so closeAll() finds them.
        auto *upstream = new QTcpSocket(m_server);
        client->setParent(m_server);
        upstream->setProperty("torqueProxy", true);
        client->setProperty("torqueProxy", true);
        // No Nagle: a database protocol's small request/answer packets would
        // wait for delayed ACKs, and the proxy would measure that, not the
        // database.
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, client, [client, upstream] {
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        const auto closeBoth = [client, upstream] {
            if (!client->property("torqueProxy").toBool())
                return;
            for (QTcpSocket *socket : {client, upstream}) {
                socket->setProperty("torqueProxy", false);
                socket->disconnect();
                socket->abort();
                socket->deleteLater();
            }
        };
        connect(client, &QTcpSocket::disconnected, upstream, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, client, closeBoth);
        connect(upstream, &QTcpSocket::errorOccurred, client, closeBoth);
        upstream->connectToHost(m_targetHost, m_targetPort);
    }
}

void TcpProxy::closeAll()
{
    if (!m_server)
        return;
    const QList<QTcpSocket *> sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (!socket->property("torqueProxy").toBool())
            continue;
        socket->setProperty("torqueProxy", false);
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
    }
}
