#include "common/trunk.h"

#include "common/dialstring.h"
#include "common/jsonfieldreader.h"
#include "common/protocol.h"

#include <cmath>

using namespace Protocol;

QJsonObject Trunk::toJson() const
{
    return {
        {Key::Id, id},
        {Key::Name, name},
        {Key::DialString, dialString},
        {Key::MaxCps, maxCps},
        {Key::MaxChannels, maxChannels},
        {Key::IsDefault, isDefault},
    };
}

Result<Trunk> Trunk::fromJson(const QJsonObject &data)
{
    JsonFieldReader reader(data);
    Trunk t;
    t.name = reader.requiredText(Key::Name, MaxNameLength);
    t.dialString = reader.requiredText(Key::DialString, DialString::MaxLength);
    t.maxCps = reader.requiredNumber(Key::MaxCps, 0.0, MaxCpsLimit);
    t.maxChannels = reader.requiredInteger(Key::MaxChannels, 1, MaxChannelsLimit);
    if (!reader.ok())
        return Result<Trunk>::failure(reader.error(), reader.detail(), reader.field());
    const Result<Done> valid = t.validate();
    if (!valid)
        return Result<Trunk>::failure(valid.error(), valid.detail(), valid.field());
    return Result<Trunk>::success(t);
}

Result<Done> Trunk::validate() const
{
    const auto fail = [](QLatin1String field, const QString &detail) {
        return Result<Done>::failure(ErrorCode::InvalidField, detail, field);
    };
    if (name.trimmed().isEmpty() || name.size() > MaxNameLength
        || JsonFieldReader::containsControlCharacters(name))
        return fail(Key::Name, QStringLiteral("the name must be 1 to %1 printable characters")
                                   .arg(MaxNameLength));
    const Result<Done> dial = DialString::validate(dialString);
    if (!dial)
        return fail(Key::DialString, dial.detail());
    if (!std::isfinite(maxCps) || maxCps <= 0.0 || maxCps > MaxCpsLimit)
        return fail(Key::MaxCps, QStringLiteral("max CPS must be above 0 and at most %1 "
                                                "(fractions such as 0.1 are allowed)")
                                     .arg(MaxCpsLimit));
    if (maxChannels < 1 || maxChannels > MaxChannelsLimit)
        return fail(Key::MaxChannels,
                    QStringLiteral("max channels must be between 1 and %1").arg(MaxChannelsLimit));
    return Result<Done>::success({});
}
