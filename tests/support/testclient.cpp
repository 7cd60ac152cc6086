#include "tests/support/testclient.h"

#include "common/protocol.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr int kTimeoutMs = 30000;
}

TestClient::TestClient(QObject *parent)
    : QObject(parent)
{
    m_socket.setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &TestClient::onText);
}

bool TestClient::connectTo(const QUrl &url)
{
    QSignalSpy connected(&m_socket, &QWebSocket::connected);
    m_socket.open(url);
    return connected.wait(kTimeoutMs) || m_socket.state() == QAbstractSocket::ConnectedState;
}

bool TestClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

void TestClient::onText(const QString &text)
{
    Result<ProtocolMessage> parsed = ProtocolMessage::parse(text.toUtf8(), 64 * 1024 * 1024);
    if (!parsed)
        return;
    if (parsed.value().kind() == ProtocolMessage::Kind::Event)
        m_events.append(parsed.value());
    else
        m_replies.append(parsed.value());
}

ProtocolMessage TestClient::waitForReply(std::optional<qint64> id)
{
    const auto take = [this, id]() -> std::optional<ProtocolMessage> {
        for (qsizetype i = 0; i < m_replies.size(); ++i) {
            const ProtocolMessage &m = m_replies.at(i);
            if (!id || (m.hasId() && m.id() == *id))
                return m_replies.takeAt(i);
        }
        return std::nullopt;
    };
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        if (auto reply = take())
            return *reply;
        if (!isConnected())
            break;
        QTest::qWait(5);
    }
    if (auto reply = take())
        return *reply;
    return ProtocolMessage::errorReply(id, ErrorCode::Internal, QStringLiteral("timeout"));
}

ProtocolMessage TestClient::request(const QString &type, const QJsonObject &data)
{
    const qint64 id = m_nextId++;
    m_socket.sendTextMessage(QString::fromUtf8(ProtocolMessage::request(id, type, data).toJson()));
    return waitForReply(id);
}

ProtocolMessage TestClient::sendRaw(const QString &text)
{
    m_socket.sendTextMessage(text);
    return waitForReply(std::nullopt);
}

ProtocolMessage TestClient::sendBinary(const QByteArray &data)
{
    m_socket.sendBinaryMessage(data);
    return waitForReply(std::nullopt);
}

ProtocolMessage TestClient::login(const QString &user, const QString &password)
{
    const ProtocolMessage hello = request(Protocol::Type::Hello, {{Protocol::Key::Protocol, Protocol::Version}});
    if (!hello.isOk())
        return hello;
    return request(Protocol::Type::Login, {{Protocol::Key::User, user}, {Protocol::Key::Password, password}});
}

bool TestClient::waitForDisconnect(int timeoutMs)
{
    if (!isConnected())
        return true;
    QSignalSpy disconnected(&m_socket, &QWebSocket::disconnected);
    return disconnected.wait(timeoutMs);
}
