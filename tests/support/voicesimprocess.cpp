#include "tests/support/voicesimprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRegularExpression>

VoiceSimProcess::VoiceSimProcess(QString user, QString secret, QStringList extraArguments)
    : m_user(std::move(user))
    , m_secret(std::move(secret))
    , m_extra(std::move(extraArguments))
{
}

VoiceSimProcess::~VoiceSimProcess()
{
    kill();
}

QString VoiceSimProcess::binary()
{
    return QStringLiteral(TORQUE_VOICESIM_BINARY);
}

bool VoiceSimProcess::start(quint16 port)
{
    QStringList arguments{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                          QStringLiteral("--user"), m_user, QStringLiteral("--secret"), m_secret};
    arguments << m_extra;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(binary(), arguments);
    if (!m_process.waitForStarted(30000)) {
        m_output = m_process.errorString();
        return false;
    }
    // The simulator prints "listening ADDR:PORT" once it accepts connections.
    static const QRegularExpression listening(QStringLiteral("listening [^:\\s]+:(\\d+)"));
    QByteArray seen;
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output = QString::fromUtf8(seen + m_process.readAllStandardError());
    return false;
}

void VoiceSimProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill(); // SIGKILL: the node dies without a word, like a crashed host
    m_process.waitForFinished(30000);
}
