#include "tests/support/amitestclient.h"

#include <QHostAddress>
#include <QTest>

AmiTestClient::AmiTestClient(quint16 port)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
        if (!m_parser.feed(m_socket.readAll(), m_messages))
            m_parserFailed = true;
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool AmiTestClient::login(const QByteArray &user, const QByteArray &secret, const QByteArray &events, int timeoutMs)
{
    if (!QTest::qWaitFor([this] { return !banner().isEmpty(); }, timeoutMs))
        return false;
    AmiMessage login;
    login.add("Action", "Login");
    login.add("ActionID", "test-login");
    login.add("Username", user);
    login.add("Secret", secret);
    login.add("Events", events);
    send(login);
    if (!QTest::qWaitFor([this] { return response("test-login").has_value(); }, timeoutMs))
        return false;
    return response("test-login")->value("Response") == "Success";
}

qsizetype AmiTestClient::responseIndex(const QByteArray &actionId) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        const AmiMessage &m = m_messages.at(i);
        if (m.kind() == AmiMessage::Kind::Response && m.value("ActionID") == actionId)
            return i;
    }
    return -1;
}

std::optional<AmiMessage> AmiTestClient::response(const QByteArray &actionId) const
{
    const qsizetype i = responseIndex(actionId);
    return i < 0 ? std::nullopt : std::optional<AmiMessage>(m_messages.at(i));
}

qsizetype AmiTestClient::indexOf(QByteArrayView event, QByteArrayView key, const QByteArray &value,
                                 qsizetype from) const
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < m_messages.size(); ++i) {
        const AmiMessage &m = m_messages.at(i);
        if (m.kind() == AmiMessage::Kind::Event && m.isType(event) && m.value(key) == value)
            return i;
    }
    return -1;
}

QList<AmiMessage> AmiTestClient::eventsOn(QByteArrayView event, const QByteArray &uniqueId) const
{
    QList<AmiMessage> out;
    for (const AmiMessage &m : m_messages) {
        if (m.kind() == AmiMessage::Kind::Event && m.isType(event) && m.value("Uniqueid") == uniqueId)
            out.append(m);
    }
    return out;
}
