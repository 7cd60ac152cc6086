#pragma once

#include "engine/ami/amimessage.h"
#include "engine/ami/amiparser.h"

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>

// A bare AMI client for tests, as the engine would be: a socket and a
// client-side parser that keeps every message it received, in order.
class AmiTestClient final
{
public:
    explicit AmiTestClient(quint16 port);

    QTcpSocket &socket() { return m_socket; }
    QByteArray banner() const { return m_parser.banner(); }
    bool parserFailed() const { return m_parserFailed; }
    const QList<AmiMessage> &messages() const { return m_messages; }

    void send(const AmiMessage &message) { m_socket.write(message.serialize()); }
    // Waits for the banner, logs in with a plain secret; true when accepted.
    bool login(const QByteArray &user, const QByteArray &secret, const QByteArray &events = "on", int timeoutMs = 30000);

    qsizetype responseIndex(const QByteArray &actionId) const;
    std::optional<AmiMessage> response(const QByteArray &actionId) const;
    // Index of the first event `event` at or after `from` whose `key` is `value`; -1 if none.
    qsizetype indexOf(QByteArrayView event, QByteArrayView key, const QByteArray &value, qsizetype from = 0) const;
    // Events named `event` on the channel with that Uniqueid.
    QList<AmiMessage> eventsOn(QByteArrayView event, const QByteArray &uniqueId) const;

private:
    QTcpSocket m_socket;
    AmiParser m_parser{AmiParser::Side::Client};
    QList<AmiMessage> m_messages;
    bool m_parserFailed = false;
};
