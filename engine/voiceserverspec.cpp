#include "engine/voiceserverspec.h"

#include <QUrl>
#include <QUrlQuery>

Result<VoiceServer> VoiceServerSpec::parse(const QString &spec)
{
    const auto fail = [&spec](const QString &why) {
        return Result<VoiceServer>::failure(ErrorCode::InvalidField,
                                            QStringLiteral("voice server \"%1\": %2").arg(spec.left(200), why));
    };
    const qsizetype equals = spec.indexOf(u'=');
    if (equals <= 0)
        return fail(QStringLiteral("expected NAME=ami://USER:SECRET@HOST:PORT"));
    const QUrl url(spec.mid(equals + 1), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("ami") || url.host().isEmpty())
        return fail(QStringLiteral("expected ami://USER:SECRET@HOST:PORT"));
    VoiceServer server;
    server.name = spec.left(equals).trimmed();
    server.host = url.host();
    server.amiPort = url.port(5038);
    server.amiUser = url.userName(QUrl::FullyDecoded);
    server.amiSecret = url.password(QUrl::FullyDecoded);
    server.enabled = true;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        bool ok = false;
        if (key == QLatin1String("md5")) {
            ok = value == QLatin1String("0") || value == QLatin1String("1");
            server.useMd5 = value == QLatin1String("1");
        } else if (key == QLatin1String("channels")) {
            server.maxChannels = value.toLongLong(&ok);
        }
        if (!ok)
            return fail(QStringLiteral("unknown or bad option \"%1=%2\"").arg(key, value));
    }
    if (const Result<Done> valid = server.validate(); !valid)
        return fail(valid.detail());
    return Result<VoiceServer>::success(server);
}
