#include "common/voiceserver.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"

#include <QRegularExpression>

using namespace Protocol;

namespace {

bool isHostName(const QString &host)
{
    // RFC 1123 labels (which covers dotted IPv4), or an IPv6 literal. Qt Core
    // only here: the engine resolves and connects later and reports failures.
    static const QRegularExpression name(QStringLiteral(
        "^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$"));
    return name.match(host).hasMatch() || ipv6.match(host).hasMatch();
}

bool isAmiSafe(const QString &text)
{
    // Anything that could end an AMI header line or start another.
    return !text.contains(u'\r') && !text.contains(u'\n')
        && !JsonFieldReader::containsControlCharacters(text);
}

} // namespace

QJsonObject VoiceServer::toJson() const
{
    return {
        {Key::Id, id},
        {Key::Name, name},
        {Key::Host, host},
        {Key::AmiPort, amiPort},
        {Key::AmiUser, amiUser},
        {Key::HasSecret, !amiSecret.isEmpty()},
        {Key::UseMd5, useMd5},
        {Key::MaxChannels, maxChannels},
        {Key::Enabled, enabled},
    };
}

Result<VoiceServer> VoiceServer::fromJson(const QJsonObject &data)
{
    JsonFieldReader reader(data);
    VoiceServer s;
    s.name = reader.requiredText(Key::Name, MaxNameLength);
    s.host = reader.requiredText(Key::Host, MaxHostLength);
    s.amiPort = int(reader.requiredInteger(Key::AmiPort, 1, 65535));
    s.amiUser = reader.requiredText(Key::AmiUser, MaxUserLength);
    s.amiSecret = reader.optionalText(Key::AmiSecret, MaxSecretLength);
    s.useMd5 = reader.optionalBool(Key::UseMd5, true);
    s.maxChannels = reader.requiredInteger(Key::MaxChannels, 0, MaxChannelsLimit);
    s.enabled = reader.optionalBool(Key::Enabled, false);
    if (!reader.ok())
        return Result<VoiceServer>::failure(reader.error(), reader.detail(), reader.field());
    if (const Result<Done> valid = s.validate(); !valid)
        return Result<VoiceServer>::failure(valid.error(), valid.detail(), valid.field());
    return Result<VoiceServer>::success(s);
}

Result<Done> VoiceServer::validate() const
{
    const auto fail = [](QLatin1String field, const QString &detail) {
        return Result<Done>::failure(ErrorCode::InvalidField, detail, field);
    };
    if (name.trimmed().isEmpty() || name.size() > MaxNameLength
        || JsonFieldReader::containsControlCharacters(name))
        return fail(Key::Name, QStringLiteral("the name must be 1 to %1 printable characters").arg(MaxNameLength));
    if (!isHostName(host))
        return fail(Key::Host, QStringLiteral("\"%1\" is not a host name or IP address").arg(host.left(80)));
    if (amiPort < 1 || amiPort > 65535)
        return fail(Key::AmiPort, QStringLiteral("the AMI port must be between 1 and 65535"));
    if (amiUser.isEmpty() || amiUser.size() > MaxUserLength || !isAmiSafe(amiUser) || amiUser.contains(u' '))
        return fail(Key::AmiUser, QStringLiteral("the AMI user must be 1 to %1 characters without spaces")
                                      .arg(MaxUserLength));
    if (amiSecret.size() > MaxSecretLength || !isAmiSafe(amiSecret))
        return fail(Key::AmiSecret, QStringLiteral("the AMI secret must be at most %1 printable characters")
                                        .arg(MaxSecretLength));
    if (maxChannels < 0 || maxChannels > MaxChannelsLimit)
        return fail(Key::MaxChannels, QStringLiteral("max channels must be between 0 (no limit) and %1")
                                          .arg(MaxChannelsLimit));
    return Result<Done>::success({});
}
