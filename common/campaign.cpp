#include "common/campaign.h"

#include "common/jsonfieldreader.h"
#include "common/protocol.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

using namespace Protocol;

namespace {

constexpr qsizetype kMaxPacerNameLength = 40;
constexpr qsizetype kMaxPacingKeys = 64;

Result<Done> invalid(QLatin1String field, const QString &detail)
{
    return Result<Done>::failure(ErrorCode::InvalidField, detail, field);
}

// trunkId: absent or null = the default trunk, otherwise a positive integer.
Result<std::optional<qint64>> readTrunkId(const QJsonObject &data)
{
    using R = Result<std::optional<qint64>>;
    const QJsonValue v = data.value(Key::TrunkId);
    if (v.isUndefined() || v.isNull())
        return R::success(std::nullopt);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d > 9.0e15 || std::floor(d) != d)
        return R::failure(ErrorCode::InvalidField, QStringLiteral("the trunk must be a trunk id or null"),
                          Key::TrunkId);
    return R::success(qint64(d));
}

} // namespace

QJsonObject Campaign::toJson() const
{
    return {
        {Key::Id, id},
        {Key::CustomerId, customerId},
        {Key::Name, name},
        {Key::Description, description},
        {Key::CampaignType, typeName(type)},
        {Key::Status, statusName(status)},
        {Key::MaxConnected, maxConnected},
        {Key::TrunkId, trunkId ? QJsonValue(*trunkId) : QJsonValue(QJsonValue::Null)},
        {Key::Pacer, pacer},
        {Key::Pacing, pacing},
        {Key::WrapUpSeconds, wrapUpSeconds},
        {Key::SafeHarbourMessage, safeHarbourMessage},
        {Key::RunId, runId},
    };
}

Result<Campaign> Campaign::fromJson(const QJsonObject &data)
{
    JsonFieldReader reader(data);
    Campaign c;
    c.name = reader.requiredText(Key::Name, MaxNameLength);
    c.description = reader.optionalText(Key::Description, MaxDescriptionLength, QStringLiteral(""));
    const QString type = reader.requiredText(Key::CampaignType, 40);
    c.maxConnected = int(reader.requiredInteger(Key::MaxConnected, 1, MaxConnectedLimit));
    c.pacer = reader.optionalText(Key::Pacer, kMaxPacerNameLength, c.pacer);
    if (data.contains(Key::WrapUpSeconds))
        c.wrapUpSeconds = reader.requiredNumber(Key::WrapUpSeconds, 0.0, MaxWrapUpSeconds);
    c.safeHarbourMessage = reader.optionalText(Key::SafeHarbourMessage, MaxSoundNameLength, DefaultSafeHarbourMessage);
    if (data.contains(Key::CustomerId))
        c.customerId = reader.requiredInteger(Key::CustomerId, 1, Q_INT64_C(9000000000000000));
    if (!reader.ok())
        return Result<Campaign>::failure(reader.error(), reader.detail(), reader.field());
    const auto parsedType = typeFromName(type);
    if (!parsedType)
        return Result<Campaign>::failure(ErrorCode::InvalidField,
                                         QStringLiteral("unknown campaign type \"%1\"").arg(type),
                                         Key::CampaignType);
    c.type = *parsedType;
    const Result<std::optional<qint64>> trunk = readTrunkId(data);
    if (!trunk)
        return Result<Campaign>::failure(trunk.error(), trunk.detail(), trunk.field());
    c.trunkId = trunk.value();
    const QJsonValue pacing = data.value(Key::Pacing);
    if (!pacing.isUndefined() && !pacing.isObject())
        return Result<Campaign>::failure(ErrorCode::InvalidField, QStringLiteral("must be an object"),
                                         Key::Pacing);
    c.pacing = pacing.toObject();
    if (const Result<Done> valid = c.validate(); !valid)
        return Result<Campaign>::failure(valid.error(), valid.detail(), valid.field());
    return Result<Campaign>::success(c);
}

Result<Done> Campaign::validate() const
{
    if (name.trimmed().isEmpty() || name.size() > MaxNameLength
        || JsonFieldReader::containsControlCharacters(name))
        return invalid(Key::Name, QStringLiteral("the name must be 1 to %1 printable characters").arg(MaxNameLength));
    if (description.size() > MaxDescriptionLength || JsonFieldReader::containsControlCharacters(description))
        return invalid(Key::Description, QStringLiteral("the description must be at most %1 printable characters")
                                             .arg(MaxDescriptionLength));
    if (maxConnected < 1 || maxConnected > MaxConnectedLimit)
        return invalid(Key::MaxConnected,
                       QStringLiteral("the maximum connected calls must be between 1 and %1").arg(MaxConnectedLimit));
    if (!std::isfinite(wrapUpSeconds) || wrapUpSeconds < 0 || wrapUpSeconds > MaxWrapUpSeconds)
        return invalid(Key::WrapUpSeconds,
                       QStringLiteral("the wrap-up time must be between 0 and %1 seconds").arg(MaxWrapUpSeconds));
    if (!isValidSoundName(safeHarbourMessage))
        return invalid(Key::SafeHarbourMessage,
                       QStringLiteral("the safe-harbour message must be a sound name such as custom/safe-harbour"));
    if (pacer.isEmpty() || pacer.size() > kMaxPacerNameLength || JsonFieldReader::containsControlCharacters(pacer))
        return invalid(Key::Pacer, QStringLiteral("a pacer name is required"));
    if (pacing.size() > kMaxPacingKeys)
        return invalid(Key::Pacing, QStringLiteral("too many pacing settings"));
    return Result<Done>::success({});
}

bool Campaign::isValidSoundName(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_./-]*$"));
    return !name.isEmpty() && name.size() <= MaxSoundNameLength && !name.contains(QLatin1String(".."))
        && allowed.match(name).hasMatch();
}

QString Campaign::typeName(Type type)
{
    switch (type) {
    case Type::LoadSimulation: return CampaignTypeName::LoadSimulation;
    }
    return {};
}

std::optional<Campaign::Type> Campaign::typeFromName(const QString &name)
{
    if (name == CampaignTypeName::LoadSimulation)
        return Type::LoadSimulation;
    return std::nullopt;
}

QString Campaign::statusName(Status status)
{
    switch (status) {
    case Status::Stopped: return CampaignStatusName::Stopped;
    case Status::Running: return CampaignStatusName::Running;
    }
    return {};
}

std::optional<Campaign::Status> Campaign::statusFromName(const QString &name)
{
    if (name == CampaignStatusName::Stopped)
        return Status::Stopped;
    if (name == CampaignStatusName::Running)
        return Status::Running;
    return std::nullopt;
}
