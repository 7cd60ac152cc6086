#pragma once

#include "common/voiceserver.h"
#include "engine/ami/amiconnection.h"
#include "engine/ami/calltracker.h"

#include <QObject>
#include <QString>

// One voice server as the funnel sees it: its AMI connection, the calls it
// carries, and its capacity.
class VoiceNode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceNode)

public:
    explicit VoiceNode(const VoiceServer &server, QObject *parent = nullptr);

    const VoiceServer &server() const { return m_server; }
    // Takes new limits and name; true if the connection itself must be rebuilt.
    bool needsReconnect(const VoiceServer &server) const;
    void setServer(const VoiceServer &server) { m_server = server; }

    AmiConnection &connection() { return *m_connection; }
    const AmiConnection &connection() const { return *m_connection; }
    CallTracker &tracker() { return m_tracker; }

    bool canTakeCall() const;
    int channels() const { return m_channels; }
    void addChannel() { ++m_channels; }
    void releaseChannel() { m_channels = m_channels > 0 ? m_channels - 1 : 0; }
    QString lastProblem() const { return m_lastProblem; }
    void setLastProblem(const QString &problem) { m_lastProblem = problem; }

    static AmiConnection::Config connectionConfig(const VoiceServer &server);

private:
    VoiceServer m_server;
    AmiConnection *m_connection;
    CallTracker m_tracker;
    int m_channels = 0; // Originates sent and not yet ended
    QString m_lastProblem;
};
