#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// A real torque-voicesim process for tests: started on a free port (or a
// given one, to restart a node where it was), killed like a crashed node.
class VoiceSimProcess final
{
public:
    VoiceSimProcess(QString user, QString secret, QStringList extraArguments = {});
    ~VoiceSimProcess();

    // port 0: any free port. False (with output in lastOutput()) on failure.
    bool start(quint16 port = 0);
    void kill();
    quint16 port() const { return m_port; }
    QString lastOutput() const { return m_output; }
    static QString binary();

private:
    QString m_user;
    QString m_secret;
    QStringList m_extra;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};
