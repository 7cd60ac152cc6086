#include "engine/sim/voicesimsession.h"

#include "engine/ami/amiauth.h"
#include "engine/ami/amimessage.h"
#include "engine/sim/callswitch.h"
#include "engine/sim/eventmask.h"
#include "engine/sim/originateaction.h"
#include "engine/sim/simchannel.h"
#include "engine/sim/voicesimconfig.h"
#include "engine/sim/voicesimlogging.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

namespace {

// manager.conf defaults: authtimeout = 30 s.
constexpr int kAuthTimeoutMs = 30000;
// A client that stops reading is dropped once this much waits for it; a real
// Asterisk drops it after its writetimeout.
constexpr qint64 kMaxPendingBytes = 64LL * 1024 * 1024;
// Actions queued behind a synchronous Originate before the client is dropped.
constexpr qsizetype kMaxBacklog = 10000;

void line(QByteArray &out, QByteArrayView key, QByteArrayView value)
{
    out.append(key);
    out.append(": ", 2);
    out.append(value);
    out.append("\r\n", 2);
}

QByteArray actionIdLine(const AmiMessage &action)
{
    const QByteArray id = action.value("ActionID");
    return id.isEmpty() ? QByteArray() : "ActionID: " + id + "\r\n";
}

// astman_send_listack(): Response Success with EventList: start.
QByteArray listAck(const AmiMessage &action, const char *message)
{
    QByteArray out = "Response: Success\r\n" + actionIdLine(action);
    out += "EventList: start\r\nMessage: ";
    out += message;
    out += "\r\n\r\n";
    return out;
}

// astman_send_list_complete_start(): the closing event of a list.
QByteArray listComplete(const AmiMessage &action, const char *event, int items)
{
    return "Event: " + QByteArray(event) + "\r\n" + actionIdLine(action) +
           "EventList: Complete\r\nListItems: " + QByteArray::number(items) + "\r\n";
}

QByteArray duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QByteArray::number(s / 3600).rightJustified(2, '0') + ':' +
           QByteArray::number((s % 3600) / 60).rightJustified(2, '0') + ':' +
           QByteArray::number(s % 60).rightJustified(2, '0');
}

QByteArray addressText(const QHostAddress &address, quint16 port)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    return QByteArray(v6 ? "IPV6/TCP/" : "IPV4/TCP/") + address.toString().toLatin1() + '/' + QByteArray::number(port);
}

} // namespace

VoiceSimSession::VoiceSimSession(QTcpSocket *socket, const VoiceSimConfig &config, CallSwitch &node, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_config(config)
    , m_node(node)
    , m_channelActions(node)
    , m_parser(AmiParser::Side::Server)
    , m_authTimer(new QTimer(this))
    , m_eventMask(EventMask::All)
{
    m_socket->setParent(this);
    m_peer = m_socket->peerAddress().toString().toLatin1() + ':' + QByteArray::number(m_socket->peerPort());
    connect(m_socket, &QTcpSocket::readyRead, this, &VoiceSimSession::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &VoiceSimSession::onDisconnected);
    connect(&m_node, &CallSwitch::syncOriginateFinished, this, &VoiceSimSession::onSyncOriginateFinished);
    m_authTimer->setSingleShot(true);
    connect(m_authTimer, &QTimer::timeout, this, [this] {
        if (!m_authenticated)
            drop(QStringLiteral("no login within %1 s").arg(kAuthTimeoutMs / 1000));
    });
    m_authTimer->start(kAuthTimeoutMs);
    write("Asterisk Call Manager/9.0.0\r\n");
    qCDebug(lcVoiceSim) << "client connected from" << m_peer;
}

VoiceSimSession::~VoiceSimSession() = default;

void VoiceSimSession::write(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_socket->write(bytes);
    if (m_socket->bytesToWrite() > kMaxPendingBytes)
        drop(QStringLiteral("client is not reading (%1 bytes pending)").arg(m_socket->bytesToWrite()));
}

void VoiceSimSession::drop(const QString &why)
{
    if (m_closing)
        return;
    qCWarning(lcVoiceSim) << "dropping client" << m_peer << ":" << why;
    m_closing = true;
    m_socket->abort();
    // abort() does not always emit disconnected() for a socket that never finished.
    QMetaObject::invokeMethod(this, &VoiceSimSession::onDisconnected, Qt::QueuedConnection);
}

void VoiceSimSession::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        QMetaObject::invokeMethod(this, &VoiceSimSession::onDisconnected, Qt::QueuedConnection);
}

void VoiceSimSession::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_closing = true;
    qCDebug(lcVoiceSim) << "client" << m_peer << "gone";
    emit closed();
}

void VoiceSimSession::deliver(const SimEventList &events)
{
    if (!m_authenticated || m_closing || m_eventMask == 0)
        return;
    qsizetype size = 0;
    for (const SimEvent &e : events) {
        if (e.eventClass & m_eventMask)
            size += e.text.size();
    }
    if (size == 0)
        return;
    QByteArray out;
    out.reserve(size);
    for (const SimEvent &e : events) {
        if (e.eventClass & m_eventMask)
            out.append(e.text);
    }
    write(out);
}

void VoiceSimSession::onReadyRead()
{
    if (m_closing)
        return;
    QList<AmiMessage> messages;
    const bool usable = m_parser.feed(m_socket->readAll(), messages);
    m_backlog.append(messages);
    processBacklog();
    if (!usable)
        drop(QStringLiteral("not AMI: %1").arg(m_parser.error()));
    else if (m_backlog.size() > kMaxBacklog)
        drop(QStringLiteral("%1 actions waiting behind a synchronous Originate").arg(m_backlog.size()));
}

void VoiceSimSession::processBacklog()
{
    while (!m_backlog.isEmpty() && m_blockedOnCall == 0 && !m_closing)
        handle(m_backlog.takeFirst());
}

void VoiceSimSession::respond(const AmiMessage &action, const char *response, const QByteArray &message)
{
    AmiMessage reply;
    reply.add(QByteArrayLiteral("Response"), QByteArray(response));
    const QByteArray id = action.value("ActionID");
    if (!id.isEmpty())
        reply.add(QByteArrayLiteral("ActionID"), id);
    if (!message.isNull())
        reply.add(QByteArrayLiteral("Message"), message);
    write(reply.serialize());
}

void VoiceSimSession::handle(const AmiMessage &action)
{
    // manager.c process_message(): "Action" may be any field of the message.
    const QByteArray name = action.value("Action").trimmed();
    if (name.isEmpty()) {
        respond(action, "Error", "Missing action in request");
        return;
    }
    const auto is = [&name](const char *n) { return name.compare(n, Qt::CaseInsensitive) == 0; };
    if (!m_authenticated && !is("Login") && !is("Logoff") && !is("Challenge")) {
        respond(action, "Error", "Permission denied");
        return;
    }
    if (is("Login"))
        handleLogin(action);
    else if (is("Challenge"))
        handleChallenge(action);
    else if (is("Logoff")) {
        respond(action, "Goodbye", "Thanks for all the fish.");
        close();
    } else if (is("Ping"))
        handlePing(action);
    else if (is("Events"))
        handleEvents(action);
    else if (is("Originate"))
        handleOriginate(action);
    else if (is("Hangup"))
        handleChannelAction(action, m_channelActions.hangup(action));
    else if (is("Redirect"))
        handleChannelAction(action, m_channelActions.redirect(action));
    else if (is("Setvar"))
        handleChannelAction(action, m_channelActions.setvar(action));
    else if (is("Status"))
        handleStatus(action);
    else if (is("CoreShowChannels"))
        handleCoreShowChannels(action);
    else if (is("QueueStatus"))
        handleQueueStatus(action);
    else
        respond(action, "Error",
                "Invalid/unknown command: " + name + ". Use Action: ListCommands to show available commands.");
}

void VoiceSimSession::handleChallenge(const AmiMessage &action)
{
    if (action.value("AuthType").trimmed().compare("MD5", Qt::CaseInsensitive) != 0) {
        respond(action, "Error", "Must specify AuthType");
        return;
    }
    // manager.c: one challenge per session, a decimal ast_random().
    if (m_challenge.isEmpty())
        m_challenge = QByteArray::number(QRandomGenerator::system()->bounded(1u << 31));
    write("Response: Success\r\n" + actionIdLine(action) + "Challenge: " + m_challenge + "\r\n\r\n");
}

void VoiceSimSession::handleLogin(const AmiMessage &action)
{
    if (m_authenticated) {
        respond(action, "Success", "Already authenticated");
        return;
    }
    bool ok = action.value("Username").compare(m_config.user, Qt::CaseInsensitive) == 0;
    if (ok && action.value("AuthType").trimmed().compare("MD5", Qt::CaseInsensitive) == 0) {
        const QByteArray key = action.value("Key").trimmed().toLower();
        ok = !m_challenge.isEmpty() && key == AmiAuth::md5Key(m_challenge, m_config.secret);
    } else if (ok) {
        ok = action.value("Secret") == m_config.secret;
    }
    if (!ok) {
        qCInfo(lcVoiceSim) << m_peer << "failed to authenticate as" << action.value("Username");
        respond(action, "Error", "Authentication failed");
        close();
        return;
    }
    const QByteArray events = action.value("Events");
    if (!events.isEmpty()) {
        if (const auto mask = EventMask::parse(events))
            m_eventMask = *mask;
    }
    m_authenticated = true;
    m_authTimer->stop();
    m_loginUs = m_node.wallUs();
    respond(action, "Success", "Authentication accepted");
    if (m_eventMask & EventMask::System) {
        const QByteArray uptime = QByteArray::number(m_node.nowMs() / 1000);
        write("Event: FullyBooted\r\nPrivilege: system,all\r\nUptime: " + uptime + "\r\nLastReload: " + uptime +
              "\r\nStatus: Fully Booted\r\n\r\n");
    }
    qCInfo(lcVoiceSim) << m_peer << "logged in as" << m_config.user;
    emit eventMaskChanged();
    emit loggedIn();
}

SimEvent VoiceSimSession::successfulAuthEvent() const
{
    const QByteArray tv = QDateTime::fromMSecsSinceEpoch(m_loginUs / 1000, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"))
                              .toLatin1();
    QByteArray out;
    line(out, "Event", "SuccessfulAuth");
    line(out, "Privilege", "security,all");
    line(out, "Timestamp", AmiEventWriter::formatTimestamp(m_loginUs));
    line(out, "EventTV", tv);
    line(out, "Severity", "Informational");
    line(out, "Service", "AMI");
    line(out, "EventVersion", "1");
    line(out, "AccountID", m_config.user);
    line(out, "SessionID", QByteArray("0x" + QByteArray::number(quintptr(this), 16)));
    line(out, "LocalAddress", addressText(m_socket->localAddress(), m_socket->localPort()));
    line(out, "RemoteAddress", addressText(m_socket->peerAddress(), m_socket->peerPort()));
    // manager.c report_auth_success() never sets it: always 0.
    line(out, "UsingPassword", "0");
    line(out, "SessionTV", tv);
    out.append("\r\n", 2);
    return SimEvent{EventMask::Security, out};
}

void VoiceSimSession::handlePing(const AmiMessage &action)
{
    write("Response: Success\r\n" + actionIdLine(action) + "Ping: Pong\r\nTimestamp: " +
          AmiEventWriter::formatTimestamp(m_node.wallUs()) + "\r\n\r\n");
}

void VoiceSimSession::handleEvents(const AmiMessage &action)
{
    const auto mask = EventMask::parse(action.value("EventMask"));
    if (!mask) {
        respond(action, "Error", "Invalid event mask");
        return;
    }
    m_eventMask = *mask;
    write("Response: Success\r\n" + actionIdLine(action) + (m_eventMask ? "Events: On\r\n\r\n" : "Events: Off\r\n\r\n"));
    emit eventMaskChanged();
}

void VoiceSimSession::handleOriginate(const AmiMessage &action)
{
    const Result<OriginateAction> request = OriginateAction::fromMessage(action);
    if (!request) {
        respond(action, "Error", request.detail().toUtf8());
        return;
    }
    const CallSwitch::Admission admission = m_node.originate(request.value());
    switch (admission.kind) {
    case CallSwitch::Admission::Kind::Queued:
        respond(action, "Success", "Originate successfully queued");
        break;
    case CallSwitch::Admission::Kind::Pending:
        m_blockedOnCall = admission.callId;
        m_blockedActionId = action.value("ActionID");
        break;
    case CallSwitch::Admission::Kind::Error:
        respond(action, "Error", admission.message);
        break;
    }
    m_node.flushEvents();
}

void VoiceSimSession::onSyncOriginateFinished(quint64 callId, bool answered)
{
    if (callId == 0 || callId != m_blockedOnCall)
        return;
    m_blockedOnCall = 0;
    AmiMessage original;
    if (!m_blockedActionId.isEmpty())
        original.add(QByteArrayLiteral("ActionID"), m_blockedActionId);
    respond(original, answered ? "Success" : "Error",
            answered ? QByteArrayLiteral("Originate successfully queued") : QByteArrayLiteral("Originate failed"));
    // Later actions run after the current burst of events has gone out.
    QMetaObject::invokeMethod(this, &VoiceSimSession::processBacklog, Qt::QueuedConnection);
}

void VoiceSimSession::handleChannelAction(const AmiMessage &action, const ChannelActions::Answer &answer)
{
    respond(action, answer.success ? "Success" : "Error", answer.message);
    m_node.flushEvents();
}

void VoiceSimSession::handleStatus(const AmiMessage &action)
{
    // manager.c action_status() / generate_status().
    const QByteArray name = action.value("Channel").trimmed();
    QList<const SimChannel *> channels;
    if (name.isEmpty()) {
        channels = m_node.channels();
    } else if (const SimChannel *c = m_node.findChannel(name)) {
        channels.append(c);
    } else {
        respond(action, "Error", "No such channel");
        return;
    }
    const qint64 now = m_node.nowMs();
    QByteArray out = listAck(action, "Channel status will follow");
    const QByteArray id = actionIdLine(action);
    for (const SimChannel *c : std::as_const(channels)) {
        const bool local = c->type == "Local";
        out += "Event: Status\r\nPrivilege: Call\r\n";
        c->appendSnapshot(out);
        line(out, "Type", c->type);
        line(out, "DNID", "");
        line(out, "EffectiveConnectedLineNum", c->connectedNum.isEmpty() ? QByteArray("<unknown>") : c->connectedNum);
        line(out, "EffectiveConnectedLineName", c->connectedName.isEmpty() ? QByteArray("<unknown>") : c->connectedName);
        line(out, "TimeToHangup", "0");
        line(out, "BridgeID", c->bridgeId);
        line(out, "Application", c->application);
        line(out, "Data", c->appData);
        line(out, "Nativeformats", local ? "(slin)" : "(ulaw)");
        line(out, "Readformat", local ? "slin" : "ulaw");
        line(out, "Readtrans", "");
        line(out, "Writeformat", local ? "slin" : "ulaw");
        line(out, "Writetrans", "");
        line(out, "Callgroup", "0");
        line(out, "Pickupgroup", "0");
        line(out, "Seconds", QByteArray::number((now - c->createdMs) / 1000));
        out += id;
        out += "\r\n";
    }
    const int count = int(channels.size());
    out += listComplete(action, "StatusComplete", count);
    out += "Items: " + QByteArray::number(count) + "\r\n\r\n";
    write(out);
}

void VoiceSimSession::handleCoreShowChannels(const AmiMessage &action)
{
    // manager.c action_coreshowchannels(): ActionID comes before the channel here.
    const QList<const SimChannel *> channels = m_node.channels();
    const qint64 now = m_node.nowMs();
    const QByteArray id = actionIdLine(action);
    QByteArray out = listAck(action, "Channels will follow");
    for (const SimChannel *c : channels) {
        out += "Event: CoreShowChannel\r\n";
        out += id;
        c->appendSnapshot(out);
        line(out, "Application", c->application);
        line(out, "ApplicationData", c->appData);
        line(out, "Duration", duration(now - c->createdMs));
        line(out, "BridgeId", c->bridgeId);
        out += "\r\n";
    }
    out += listComplete(action, "CoreShowChannelsComplete", int(channels.size()));
    out += "\r\n";
    write(out);
}

void VoiceSimSession::handleQueueStatus(const AmiMessage &action)
{
    // app_queue.c manager_queues_status().
    const QByteArray queueFilter = action.value("Queue").trimmed();
    const QByteArray memberFilter = action.value("Member").trimmed();
    QByteArray out = listAck(action, "Queue status will follow");
    int items = 0;
    const SimQueue &queue = m_node.queue();
    if (queueFilter.isEmpty() || queueFilter.compare(queue.name(), Qt::CaseInsensitive) == 0)
        queue.appendStatus(out, actionIdLine(action), memberFilter, m_node.nowMs(), items);
    out += listComplete(action, "QueueStatusComplete", items);
    out += "\r\n";
    write(out);
}
