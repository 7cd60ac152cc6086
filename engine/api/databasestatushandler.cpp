#include "engine/api/databasestatushandler.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"
#include "engine/api/apiserver.h"
#include "engine/api/clientsession.h"
#include "engine/api/requestrouter.h"
#include "engine/db/mariadbtableconverter.h"
#include "engine/logging.h"

#include <QPointer>

using namespace Protocol;

namespace {

constexpr qsizetype kMaxTableNameLength = 64;
constexpr qsizetype kMaxEngineNameLength = 16;

} // namespace

DatabaseStatusHandler::DatabaseStatusHandler(const DatabaseUrl &url, QSqlDatabase db, ApiServer &api,
                                             QObject *parent)
    : QObject(parent)
    , m_service(url, std::move(db))
    , m_api(api)
{
    connect(&m_service, &DatabaseInspectorService::conversionProgressed, this,
            &DatabaseStatusHandler::onConversionProgressed);
}

void DatabaseStatusHandler::registerRoutes(RequestRouter &router)
{
    router.add({Type::DatabaseStatus, Route::Access::Roles, {Role::Admin},
                [this](ClientSession &s, const ProtocolMessage &r) { onStatus(s, r); }});
    router.add({Type::DatabaseConvertTable, Route::Access::Roles, {Role::Admin},
                [this](ClientSession &s, const ProtocolMessage &r) { onConvertTable(s, r); }});
}

void DatabaseStatusHandler::stop()
{
    m_service.stop();
}

void DatabaseStatusHandler::onStatus(ClientSession &session, const ProtocolMessage &request)
{
    const QPointer<ClientSession> target(&session);
    const qint64 id = request.id();
    m_service.status([this, target, id](const Result<DatabaseStatus> &status) {
        if (!target)
            return;
        if (!status) {
            target->sendError(id, status.error(), status.detail());
            return;
        }
        QJsonObject data = status.value().toJson();
        if (const auto &conversion = m_service.conversion())
            data.insert(Key::Conversion, conversion->toJson());
        target->sendReply(id, data);
    });
}

void DatabaseStatusHandler::onConvertTable(ClientSession &session, const ProtocolMessage &request)
{
    JsonFieldReader reader(request.data());
    const QString table = reader.requiredText(Key::Table, kMaxTableNameLength);
    const QString engine = reader.requiredText(Key::StorageEngine, kMaxEngineNameLength);
    if (!reader.ok()) {
        session.sendError(request.id(), reader.error(), reader.detail(), reader.field());
        return;
    }
    const QPointer<ClientSession> target(&session);
    const qint64 id = request.id();
    const QString user = session.user()->username;
    const Result<Done> started = m_service.convert(
        table, engine, [target, id, table, engine, user](const Result<bool> &converted) {
            if (converted)
                qCInfo(lcApi).noquote() << user << (converted.value() ? "converted" : "left")
                                        << "table" << table << "to" << engine;
            if (!target)
                return;
            if (!converted) {
                target->sendError(id, converted.error(), converted.detail(), converted.field());
                return;
            }
            target->sendReply(id, {{Key::Table, table},
                                   {Key::StorageEngine, MariaDbTableConverter::canonicalEngine(engine)},
                                   {Key::Changed, converted.value()}});
        });
    if (!started) {
        session.sendError(request.id(), started.error(), started.detail(), started.field());
        return;
    }
    qCInfo(lcApi).noquote() << user << "started converting table" << table << "to" << engine;
}

void DatabaseStatusHandler::onConversionProgressed(const DatabaseConversion &conversion)
{
    m_api.publish(Topic::Database, Event::DatabaseProgress, conversion.toJson());
}
