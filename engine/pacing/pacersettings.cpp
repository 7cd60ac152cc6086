#include "engine/pacing/pacersettings.h"

#include <QJsonValue>

#include <functional>
#include <map>

namespace {

using Setter = std::function<bool(PacerSettings &, const QString &)>;

Setter number(double PacerSettings::*member, double min, double max)
{
    return [=](PacerSettings &s, const QString &text) {
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < min || v > max)
            return false;
        s.*member = v;
        return true;
    };
}

Setter integer(int PacerSettings::*member, int min, int max)
{
    return [=](PacerSettings &s, const QString &text) {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < min || v > max)
            return false;
        s.*member = v;
        return true;
    };
}

bool setBool(PacerSettings &s, const QString &text)
{
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        s.pressOne = true;
    else if (text == QLatin1String("false") || text == QLatin1String("0"))
        s.pressOne = false;
    else
        return false;
    return true;
}

bool setDropMode(PacerSettings &s, const QString &text)
{
    if (text == QLatin1String("hard"))
        s.dropMode = PacerSettings::DropMode::HardLimit;
    else if (text == QLatin1String("tapered"))
        s.dropMode = PacerSettings::DropMode::Tapered;
    else if (text == QLatin1String("average"))
        s.dropMode = PacerSettings::DropMode::Average;
    else
        return false;
    return true;
}

// One table for set(), fromJson() and keys(), so they cannot drift apart.
const std::map<QString, Setter> &setters()
{
    constexpr double big = 1e12;
    static const std::map<QString, Setter> table = {
        {QStringLiteral("abandonCap"), number(&PacerSettings::abandonCap, 0.0, 1.0)},
        {QStringLiteral("abandonWindowSeconds"), number(&PacerSettings::abandonWindowSeconds, 1.0, big)},
        {QStringLiteral("abandonAfterSeconds"), number(&PacerSettings::abandonAfterSeconds, 0.0, 3600.0)},
        {QStringLiteral("dialTimeoutSeconds"), number(&PacerSettings::dialTimeoutSeconds, 1.0, 3600.0)},
        {QStringLiteral("pressOne"), setBool},
        {QStringLiteral("maxCps"), number(&PacerSettings::maxCps, 0.0, 1e6)},
        {QStringLiteral("maxChannels"), integer(&PacerSettings::maxChannels, 0, 10000000)},
        {QStringLiteral("shiftEndSeconds"), number(&PacerSettings::shiftEndSeconds, 0.0, big)},
        {QStringLiteral("linesPerAgent"), number(&PacerSettings::linesPerAgent, 0.1, 100.0)},
        {QStringLiteral("dialLevel"), number(&PacerSettings::dialLevel, 1.0, 100.0)},
        {QStringLiteral("adaptiveMaximumLevel"), number(&PacerSettings::adaptiveMaximumLevel, 1.0, 100.0)},
        {QStringLiteral("adaptiveIntensity"), number(&PacerSettings::adaptiveIntensity, -40.0, 40.0)},
        {QStringLiteral("adaptiveDiffTarget"), number(&PacerSettings::adaptiveDiffTarget, -100.0, 100.0)},
        {QStringLiteral("adaptiveDroppedPercentage"), number(&PacerSettings::adaptiveDroppedPercentage, 0.0, 100.0)},
        {QStringLiteral("dropMode"), setDropMode},
        {QStringLiteral("driveMin"), number(&PacerSettings::driveMin, 1.0, 100.0)},
        {QStringLiteral("driveMax"), number(&PacerSettings::driveMax, 1.0, 100.0)},
        {QStringLiteral("expectedRate"), number(&PacerSettings::expectedRate, 0.0001, 1.0)},
        {QStringLiteral("safetyMargin"), number(&PacerSettings::safetyMargin, 0.0, 0.9)},
        {QStringLiteral("minPredictiveAgents"), integer(&PacerSettings::minPredictiveAgents, 1, 1000000)},
        {QStringLiteral("warmUpDials"), integer(&PacerSettings::warmUpDials, 0, 1000000)},
        {QStringLiteral("safetyAbandons"), number(&PacerSettings::safetyAbandons, 0.0, 1e6)},
    };
    return table;
}

} // namespace

Result<Done> PacerSettings::set(const QString &key, const QString &value)
{
    const auto it = setters().find(key);
    if (it == setters().end())
        return Result<Done>::failure(ErrorCode::InvalidField, QStringLiteral("unknown pacing setting"), key);
    if (!it->second(*this, value))
        return Result<Done>::failure(ErrorCode::InvalidField,
                                     QStringLiteral("bad value \"%1\"").arg(value), key);
    if (driveMin > driveMax)
        return Result<Done>::failure(ErrorCode::InvalidField, QStringLiteral("driveMin is above driveMax"), key);
    return Result<Done>::success(Done{});
}

Result<PacerSettings> PacerSettings::fromJson(const QJsonObject &object)
{
    PacerSettings settings;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isString())
            text = v.toString();
        else
            return Result<PacerSettings>::failure(ErrorCode::InvalidField, QStringLiteral("not a value"), it.key());
        if (const Result<Done> r = settings.set(it.key(), text); !r)
            return Result<PacerSettings>::failure(r.error(), r.detail(), r.field());
    }
    return Result<PacerSettings>::success(settings);
}

QStringList PacerSettings::keys()
{
    QStringList names;
    for (const auto &entry : setters())
        names << entry.first;
    return names;
}

QJsonObject PacerSettings::toJson() const
{
    const auto dropModeName = [](DropMode mode) {
        switch (mode) {
        case DropMode::Tapered: return QStringLiteral("tapered");
        case DropMode::Average: return QStringLiteral("average");
        case DropMode::HardLimit: break;
        }
        return QStringLiteral("hard");
    };
    return {{QStringLiteral("abandonCap"), abandonCap},
            {QStringLiteral("abandonWindowSeconds"), abandonWindowSeconds},
            {QStringLiteral("abandonAfterSeconds"), abandonAfterSeconds},
            {QStringLiteral("dialTimeoutSeconds"), dialTimeoutSeconds},
            {QStringLiteral("pressOne"), pressOne},
            {QStringLiteral("maxCps"), maxCps},
            {QStringLiteral("maxChannels"), maxChannels},
            {QStringLiteral("shiftEndSeconds"), shiftEndSeconds},
            {QStringLiteral("linesPerAgent"), linesPerAgent},
            {QStringLiteral("dialLevel"), dialLevel},
            {QStringLiteral("adaptiveMaximumLevel"), adaptiveMaximumLevel},
            {QStringLiteral("adaptiveIntensity"), adaptiveIntensity},
            {QStringLiteral("adaptiveDiffTarget"), adaptiveDiffTarget},
            {QStringLiteral("adaptiveDroppedPercentage"), adaptiveDroppedPercentage},
            {QStringLiteral("dropMode"), dropModeName(dropMode)},
            {QStringLiteral("driveMin"), driveMin},
            {QStringLiteral("driveMax"), driveMax},
            {QStringLiteral("expectedRate"), expectedRate},
            {QStringLiteral("safetyMargin"), safetyMargin},
            {QStringLiteral("minPredictiveAgents"), minPredictiveAgents},
            {QStringLiteral("warmUpDials"), warmUpDials},
            {QStringLiteral("safetyAbandons"), safetyAbandons}};
}
