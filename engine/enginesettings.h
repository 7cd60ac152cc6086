#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

class QSettings;

// The engine's configuration: an INI file (resources/engine.conf documents
// every key and default) with command-line overrides applied on top.
class EngineSettings final
{
public:
    EngineSettings();

    // Reads the file; a missing file is an error only when explicitly named.
    Result<Done> loadFile(const QString &path);
    // Checks every value; returns the first problem, naming the key.
    Result<Done> validate() const;

    static QString defaultDatabaseUrl();
    static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);

    QString databaseUrl() const { return m_databaseUrl; }
    void setDatabaseUrl(const QString &url) { m_databaseUrl = url; }
    // Where the database funnel keeps its journal of writes not yet in the database.
    QString journalDirectory() const { return m_journalDirectory; }
    void setJournalDirectory(const QString &dir) { m_journalDirectory = dir; }
    // Names this engine's rows in shared tables (funnel_state); engines sharing
    // one database server need different ids.
    QString engineId() const { return m_engineId; }
    void setEngineId(const QString &id) { m_engineId = id; }
    static QString defaultDataDirectory();

    QString listen() const { return m_listen; }
    void setListen(const QString &listen) { m_listen = listen; }
    QString logLevel() const { return m_logLevel; }
    void setLogLevel(const QString &level) { m_logLevel = level; }

    qint64 maxFrameBytes() const { return m_maxFrameBytes; }
    void setMaxFrameBytes(qint64 bytes) { m_maxFrameBytes = bytes; }
    int maxErrorsPerMinute() const { return m_maxErrorsPerMinute; }
    void setMaxErrorsPerMinute(int count) { m_maxErrorsPerMinute = count; }
    int maxConnections() const { return m_maxConnections; }
    QString tlsCertificate() const { return m_tlsCertificate; }
    QString tlsKey() const { return m_tlsKey; }
    void setTls(const QString &certificate, const QString &key);

    int maxFailedLoginsPerUser() const { return m_maxFailedLoginsPerUser; }
    int maxFailedLoginsPerAddress() const { return m_maxFailedLoginsPerAddress; }
    int failedLoginWindowSeconds() const { return m_failedLoginWindowSeconds; }
    int lockoutSeconds() const { return m_lockoutSeconds; }
    void setLoginThrottle(int perUser, int perAddress, int windowSeconds, int lockoutSeconds);
    int minPasswordLength() const { return m_minPasswordLength; }

    // NAME=ami://USER:SECRET@HOST:PORT entries registered (enabled) at start.
    QStringList voiceServerSpecs() const { return m_voiceServerSpecs; }
    void setVoiceServerSpecs(const QStringList &specs) { m_voiceServerSpecs = specs; }

    // On SIGTERM, how long calls in progress may take to end before they are
    // hung up and recorded as interrupted (0: at once).
    int drainSeconds() const { return m_drainSeconds; }
    void setDrainSeconds(int seconds) { m_drainSeconds = seconds; }

    // Agents of the load simulation to set up and start at start-up, 0 = none.
    int loadSimulationAgents() const { return m_loadSimulationAgents; }
    void setLoadSimulationAgents(int agents) { m_loadSimulationAgents = agents; }

private:
    void readInto(const QSettings &ini);

    QString m_databaseUrl;
    QString m_journalDirectory;
    QString m_engineId;
    QString m_listen = QStringLiteral("127.0.0.1:7080");
    QString m_logLevel = QStringLiteral("info");
    qint64 m_maxFrameBytes = 1024 * 1024;
    int m_maxErrorsPerMinute = 60;
    int m_maxConnections = 256;
    QString m_tlsCertificate;
    QString m_tlsKey;
    int m_maxFailedLoginsPerUser = 5;
    int m_maxFailedLoginsPerAddress = 20;
    int m_failedLoginWindowSeconds = 300;
    int m_lockoutSeconds = 60;
    int m_drainSeconds = 60;
    int m_minPasswordLength = 8;
    QStringList m_voiceServerSpecs;
    int m_loadSimulationAgents = 0;
};
