#include "console/net/livelistfeed.h"

#include "console/logging.h"
#include "console/net/engineclient.h"

LiveListFeed::LiveListFeed(EngineClient *client, QLatin1String listType, QLatin1String topic,
                           QLatin1String changedEvent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_listType(listType)
    , m_topic(topic)
    , m_changedEvent(changedEvent)
{
    connect(client, &EngineClient::eventReceived, this, &LiveListFeed::onEventReceived);
    connect(client, &EngineClient::sessionRestored, this, &LiveListFeed::onSessionRestored);
}

LiveListFeed::~LiveListFeed()
{
    if (m_client && m_started)
        m_client->unsubscribe(m_topic);
}

void LiveListFeed::start()
{
    if (!m_client || m_started)
        return;
    m_started = true;
    const QString topic = m_topic;
    m_client->subscribe(m_topic, this, [this, topic](const ProtocolMessage &reply) {
        if (reply.isOk()) {
            m_subscribed = true;
        } else if (reply.error() == ErrorCode::Internal) {
            // No connection right now; the client subscribes again when it
            // restores the session (onSessionRestored).
            qCInfo(lcConsoleUi) << topic << "subscription postponed:" << reply.errorMessage();
        } else {
            // Still usable: the page lists again after its own changes instead.
            qCWarning(lcConsoleUi) << "no live updates of" << topic << ":"
                                   << errorCodeName(reply.error()) << reply.errorMessage();
        }
    });
    refresh();
}

void LiveListFeed::refresh()
{
    if (!m_client)
        return;
    m_client->request(m_listType, {}, this, [this](const ProtocolMessage &reply) {
        if (!reply.isOk()) {
            Q_EMIT listFailed(reply);
            return;
        }
        Q_EMIT listed(reply.data());
        Q_EMIT refreshed();
    });
}

void LiveListFeed::onEventReceived(const QString &name, const QJsonObject &data)
{
    if (!m_started || name != m_changedEvent)
        return;
    qCDebug(lcConsoleUi) << name << "from the engine";
    Q_EMIT listed(data);
}

void LiveListFeed::onSessionRestored()
{
    if (!m_started)
        return;
    // The client has subscribed again; events may have been missed meanwhile.
    m_subscribed = true;
    refresh();
}
