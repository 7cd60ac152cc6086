#include "engine/enginesettings.h"

#include "common/campaign.h"
#include "engine/logging.h"
#include "engine/voiceserverspec.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUrl>

namespace {

constexpr qint64 kMinFrameBytes = 1024;
constexpr qint64 kMaxFrameBytes = 256LL * 1024 * 1024;

Result<Done> fail(const QString &detail, const QString &key)
{
    return Result<Done>::failure(ErrorCode::InvalidField, detail, key);
}

} // namespace

EngineSettings::EngineSettings()
    : m_databaseUrl(defaultDatabaseUrl())
    , m_journalDirectory(QDir(defaultDataDirectory()).absoluteFilePath(QStringLiteral("journal")))
    , m_engineId(QSysInfo::machineHostName().left(64))
{
    if (m_engineId.isEmpty())
        m_engineId = QStringLiteral("engine");
}

QString EngineSettings::defaultDataDirectory()
{
    // The user's data directory when run by hand; /var/lib/torque under systemd
    // (the unit sets XDG_DATA_HOME=/var/lib).
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return QDir(dir).absoluteFilePath(QStringLiteral("torque"));
}

QString EngineSettings::defaultDatabaseUrl()
{
    // Percent-encoded: DatabaseUrl decodes the path, so a '%' or '#' in a home
    // directory must survive the round trip.
    const QString path = QDir(defaultDataDirectory()).absoluteFilePath(QStringLiteral("torque.db"));
    return QStringLiteral("sqlite://") + QString::fromUtf8(QUrl::toPercentEncoding(path, "/"));
}

void EngineSettings::setTls(const QString &certificate, const QString &key)
{
    m_tlsCertificate = certificate;
    m_tlsKey = key;
}

void EngineSettings::setLoginThrottle(int perUser, int perAddress, int windowSeconds, int lockoutSeconds)
{
    m_maxFailedLoginsPerUser = perUser;
    m_maxFailedLoginsPerAddress = perAddress;
    m_failedLoginWindowSeconds = windowSeconds;
    m_lockoutSeconds = lockoutSeconds;
}

Result<Done> EngineSettings::loadFile(const QString &path)
{
    if (!QFileInfo(path).isReadable())
        return Result<Done>::failure(ErrorCode::NotFound,
                                     QStringLiteral("cannot read config file %1").arg(path));
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("config file %1 is not a valid INI file").arg(path));
    readInto(ini);
    return Result<Done>::success({});
}

void EngineSettings::readInto(const QSettings &ini)
{
    const auto text = [&ini](const char *key, const QString &fallback) {
        return ini.value(QLatin1String(key), fallback).toString().trimmed();
    };
    // Integers that do not parse become -1 so validate() names the key.
    const auto number = [&ini](const char *key, qint64 fallback) {
        bool ok = false;
        const qint64 v = ini.value(QLatin1String(key), fallback).toLongLong(&ok);
        return ok ? v : -1;
    };
    m_databaseUrl = text("database/url", m_databaseUrl);
    m_journalDirectory = text("database/journalDirectory", m_journalDirectory);
    m_engineId = text("engine/id", m_engineId);
    m_listen = text("api/listen", m_listen);
    m_maxFrameBytes = number("api/maxFrameBytes", m_maxFrameBytes);
    m_maxErrorsPerMinute = int(number("api/maxErrorsPerMinute", m_maxErrorsPerMinute));
    m_maxConnections = int(number("api/maxConnections", m_maxConnections));
    m_tlsCertificate = text("api/tlsCertificate", m_tlsCertificate);
    m_tlsKey = text("api/tlsKey", m_tlsKey);
    m_maxFailedLoginsPerUser = int(number("auth/maxFailedLoginsPerUser", m_maxFailedLoginsPerUser));
    m_maxFailedLoginsPerAddress = int(number("auth/maxFailedLoginsPerAddress", m_maxFailedLoginsPerAddress));
    m_failedLoginWindowSeconds = int(number("auth/failedLoginWindowSeconds", m_failedLoginWindowSeconds));
    m_lockoutSeconds = int(number("auth/lockoutSeconds", m_lockoutSeconds));
    m_minPasswordLength = int(number("auth/minPasswordLength", m_minPasswordLength));
    m_drainSeconds = int(number("campaigns/drainSeconds", m_drainSeconds));
    m_logLevel = text("log/level", m_logLevel);
}

Result<std::pair<QHostAddress, quint16>> EngineSettings::parseListen(const QString &text)
{
    using R = Result<std::pair<QHostAddress, quint16>>;
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return R::failure(ErrorCode::InvalidField,
                          QStringLiteral("listen address \"%1\" must be ADDR:PORT").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (host == QLatin1String("*"))
        address = QHostAddress::Any;
    else if (host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(host))
        return R::failure(ErrorCode::InvalidField,
                          QStringLiteral("\"%1\" is not an IP address").arg(host));
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return R::failure(ErrorCode::InvalidField,
                          QStringLiteral("\"%1\" is not a port number").arg(text.mid(colon + 1)));
    return R::success({address, quint16(port)});
}

Result<Done> EngineSettings::validate() const
{
    if (m_databaseUrl.isEmpty())
        return fail(QStringLiteral("database url must not be empty"), QStringLiteral("database/url"));
    if (m_journalDirectory.isEmpty() || QDir::isRelativePath(m_journalDirectory))
        return fail(QStringLiteral("must be an absolute directory"), QStringLiteral("database/journalDirectory"));
    if (m_engineId.isEmpty() || m_engineId.size() > 64 || m_engineId.contains(u'/'))
        return fail(QStringLiteral("must be 1 to 64 characters without '/'"), QStringLiteral("engine/id"));
    if (const auto listen = parseListen(m_listen); !listen)
        return fail(listen.detail(), QStringLiteral("api/listen"));
    if (m_maxFrameBytes < kMinFrameBytes || m_maxFrameBytes > kMaxFrameBytes)
        return fail(QStringLiteral("must be between %1 and %2").arg(kMinFrameBytes).arg(kMaxFrameBytes),
                    QStringLiteral("api/maxFrameBytes"));
    if (m_maxErrorsPerMinute < 1)
        return fail(QStringLiteral("must be at least 1"), QStringLiteral("api/maxErrorsPerMinute"));
    if (m_maxConnections < 1)
        return fail(QStringLiteral("must be at least 1"), QStringLiteral("api/maxConnections"));
    if (m_tlsCertificate.isEmpty() != m_tlsKey.isEmpty())
        return fail(QStringLiteral("set both tlsCertificate and tlsKey, or neither"),
                    QStringLiteral("api/tlsCertificate"));
    if (m_maxFailedLoginsPerUser < 1 || m_maxFailedLoginsPerAddress < 1)
        return fail(QStringLiteral("must be at least 1"), QStringLiteral("auth/maxFailedLoginsPerUser"));
    if (m_failedLoginWindowSeconds < 1 || m_lockoutSeconds < 1)
        return fail(QStringLiteral("must be at least 1"), QStringLiteral("auth/lockoutSeconds"));
    if (m_drainSeconds < 0 || m_drainSeconds > 3600)
        return fail(QStringLiteral("must be between 0 and 3600"), QStringLiteral("campaigns/drainSeconds"));
    if (m_minPasswordLength < 8 || m_minPasswordLength > 1024)
        return fail(QStringLiteral("must be between 8 and 1024"), QStringLiteral("auth/minPasswordLength"));
    for (const QString &spec : m_voiceServerSpecs) {
        if (const Result<VoiceServer> server = VoiceServerSpec::parse(spec); !server)
            return fail(server.detail(), QStringLiteral("voice-server"));
    }
    if (m_loadSimulationAgents < 0 || m_loadSimulationAgents > Campaign::MaxConnectedLimit)
        return fail(QStringLiteral("must be between 0 and %1").arg(Campaign::MaxConnectedLimit),
                    QStringLiteral("load-simulation"));
    if (!EngineLogging::isValidLevel(m_logLevel))
        return fail(QStringLiteral("must be debug, info, warning or critical"), QStringLiteral("log/level"));
    return Result<Done>::success({});
}
