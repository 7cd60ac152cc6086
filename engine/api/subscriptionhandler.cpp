#include "engine/api/subscriptionhandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "engine/api/clientsession.h"
#include "engine/api/requestrouter.h"

#include <QJsonArray>

using namespace Protocol;

namespace {
constexpr qsizetype kMaxTopics = 64;
constexpr qsizetype kMaxTopicLength = 64;

QJsonArray sortedTopics(const ClientSession &session)
{
    QStringList topics(session.topics().cbegin(), session.topics().cend());
    topics.sort();
    return QJsonArray::fromStringList(topics);
}
} // namespace

SubscriptionHandler::SubscriptionHandler()
{
    m_readers.insert(Topic::Trunks, {Role::Admin, Role::AccountsManager});
    m_readers.insert(Topic::Servers, {Role::Admin});
    m_readers.insert(Topic::Database, {Role::Admin});
    // Customers hear only of their own campaigns (CampaignsHandler filters).
    m_readers.insert(Topic::Campaigns, {Role::Admin, Role::Customer});
    m_readers.insert(Topic::EngineStatus, {Role::Admin, Role::Customer});
}

bool SubscriptionHandler::mayFollow(const QString &topic, Role role) const
{
    return m_readers.value(topic).contains(role);
}

void SubscriptionHandler::registerRoutes(RequestRouter &router)
{
    router.add({Type::Subscribe, Route::Access::LoggedIn, {},
                [this](ClientSession &s, const ProtocolMessage &r) { onSubscribe(s, r); }});
    router.add({Type::Unsubscribe, Route::Access::LoggedIn, {},
                [this](ClientSession &s, const ProtocolMessage &r) { onUnsubscribe(s, r); }});
}

void SubscriptionHandler::onSubscribe(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const QStringList topics = reader.optionalTextList(Key::Topics, kMaxTopics, kMaxTopicLength);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return;
    }
    // All or nothing: check every topic before subscribing to any.
    for (const QString &topic : topics) {
        if (!m_readers.contains(topic)) {
            session.sendError(request.id(), ErrorCode::InvalidField,
                              QStringLiteral("unknown topic \"%1\"").arg(topic), Key::Topics);
            return;
        }
        if (!mayFollow(topic, session.user()->role)) {
            session.sendError(request.id(), ErrorCode::Forbidden,
                              QStringLiteral("the role \"%1\" may not follow \"%2\"")
                                  .arg(roleName(session.user()->role), topic), Key::Topics);
            return;
        }
    }
    for (const QString &topic : topics)
        session.subscribe(topic);
    session.sendReply(request.id(), {{Key::Topics, sortedTopics(session)}});
}

void SubscriptionHandler::onUnsubscribe(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const QStringList topics = reader.optionalTextList(Key::Topics, kMaxTopics, kMaxTopicLength);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return;
    }
    for (const QString &topic : topics)
        session.unsubscribe(topic);
    session.sendReply(request.id(), {{Key::Topics, sortedTopics(session)}});
}
