#pragma once

#include "engine/db/databaseinspectorservice.h"

#include <QObject>
#include <QSqlDatabase>

class ApiServer;
class ClientSession;
class DatabaseUrl;
class ProtocolMessage;
class RequestRouter;

// database.status and database.convertTable (manual, "MySQL Server Status"),
// admins only. The answers come from DatabaseInspectorService's worker
// threads, so a slow status or an hour-long ALTER never holds up the event
// loop; the reply follows when the work is done. Conversion progress goes to
// followers of the "database" topic as database.progress events.
class DatabaseStatusHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseStatusHandler)

public:
    DatabaseStatusHandler(const DatabaseUrl &url, QSqlDatabase db, ApiServer &api,
                          QObject *parent = nullptr);

    void registerRoutes(RequestRouter &router);
    // Interrupts a running conversion and ends the worker threads.
    void stop();

private:
    void onStatus(ClientSession &session, const ProtocolMessage &request);
    void onConvertTable(ClientSession &session, const ProtocolMessage &request);
    void onConversionProgressed(const DatabaseConversion &conversion);

    DatabaseInspectorService m_service;
    ApiServer &m_api;
};
