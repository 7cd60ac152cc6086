#include "bench/support/dialaudit.h"

#include "engine/ami/amiconnection.h"
#include "engine/ami/amimessage.h"

#include <algorithm>

DialAudit::DialAudit(QObject *parent)
    : QObject(parent)
{
}

DialAudit::~DialAudit()
{
    for (AmiConnection *session : std::as_const(m_sessions))
        session->stop();
}

void DialAudit::watch(const QString &host, quint16 port, const QByteArray &user, const QByteArray &secret)
{
    AmiConnection::Config config;
    config.host = host;
    config.port = port;
    config.username = user;
    config.secret = secret;
    config.events = QByteArrayLiteral("call");
    config.reconnectMinMs = 200;
    auto *session = new AmiConnection(config, this);
    connect(session, &AmiConnection::eventReceived, this, &DialAudit::onEvent);
    m_sessions.append(session);
    session->start();
}

bool DialAudit::ready() const
{
    return std::all_of(m_sessions.cbegin(), m_sessions.cend(), [](const AmiConnection *session) {
        return session->state() == AmiConnection::State::Active && session->isLoggedIn();
    });
}

void DialAudit::onEvent(const AmiMessage &event)
{
    if (event.type() != "Newchannel" || !event.value("Uniqueid").endsWith("-a"))
        return;
    const QByteArray channel = event.value("Channel");
    const qsizetype at = channel.indexOf('@');
    if (!channel.startsWith("Local/") || at < 0 || !channel.endsWith(";1"))
        return;
    ++m_dials;
    ++m_byNumber[QString::fromLatin1(channel.mid(6, at - 6))];
}

QStringList DialAudit::dialledTwice() const
{
    QStringList twice;
    for (auto it = m_byNumber.cbegin(); it != m_byNumber.cend(); ++it) {
        if (it.value() > 1)
            twice.append(it.key());
    }
    twice.sort();
    return twice;
}
