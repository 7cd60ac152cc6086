#pragma once

#include "common/protocolmessage.h"

#include <QJsonObject>
#include <QLatin1String>
#include <QObject>
#include <QPointer>

class EngineClient;

// What a page that lists engine objects needs to stay current: it lists them
// (the "xxx.list" request), subscribes to their topic and passes on every
// "xxx.changed" event, and lists again after a reconnection, since events
// may have been missed meanwhile. listed() carries the reply's or the
// event's data, which hold the same array; refreshed() follows it when it
// was the answer to a list request (a page clears a "could not load" message
// then, not on every event). Unsubscribes when destroyed.
class LiveListFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveListFeed)

public:
    LiveListFeed(EngineClient *client, QLatin1String listType, QLatin1String topic,
                 QLatin1String changedEvent, QObject *parent = nullptr);
    ~LiveListFeed() override;

    // Subscribes and lists for the first time.
    void start();
    // Lists again (the page's Refresh button).
    void refresh();
    // True once the engine sends this page every change: a page that is not
    // live lists again after its own changes instead.
    bool isLive() const { return m_subscribed; }

Q_SIGNALS:
    void listed(const QJsonObject &data);
    void refreshed();
    void listFailed(const ProtocolMessage &reply);

private:
    void onEventReceived(const QString &name, const QJsonObject &data);
    void onSessionRestored();

    QPointer<EngineClient> m_client;
    const QLatin1String m_listType;
    const QLatin1String m_topic;
    const QLatin1String m_changedEvent;
    bool m_started = false;
    bool m_subscribed = false;
};
