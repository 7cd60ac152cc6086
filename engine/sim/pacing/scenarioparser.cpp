#include "engine/sim/pacing/scenarioparser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <optional>

namespace {

// Reads fields and keeps the first problem met; later reads return defaults.
class FieldReader final
{
public:
    bool failed() const { return !m_field.isEmpty(); }
    const QString &field() const { return m_field; }
    const QString &detail() const { return m_detail; }

    void fail(const QString &field, const QString &detail)
    {
        if (!failed()) {
            m_field = field;
            m_detail = detail;
        }
    }

    void rejectUnknown(const QJsonObject &o, const QString &prefix, const QSet<QString> &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                fail(prefix + it.key(), QStringLiteral("unknown field"));
        }
    }

    // A number in [min, max] (min excluded when `open`); nullopt if absent.
    std::optional<double> number(const QJsonObject &o, const QString &key, const QString &path, double min,
                                 double max, bool open = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isDouble()) {
            fail(path, QStringLiteral("must be a number"));
            return std::nullopt;
        }
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < min || d > max || (open && d <= min)) {
            fail(path, QStringLiteral("%1 is out of range (%2%3, %4]")
                           .arg(d).arg(open ? QStringLiteral("(") : QStringLiteral("[")).arg(min).arg(max));
            return std::nullopt;
        }
        return d;
    }

    double required(const QJsonObject &o, const QString &key, const QString &path, double min, double max,
                    bool open = false)
    {
        if (!o.contains(key)) {
            fail(path, QStringLiteral("is missing"));
            return 0;
        }
        return number(o, key, path, min, max, open).value_or(0);
    }

    double optional(const QJsonObject &o, const QString &key, double fallback, double min, double max,
                    bool open = false)
    {
        return number(o, key, key, min, max, open).value_or(fallback);
    }

    int integer(const QJsonObject &o, const QString &key, const QString &path, int min, int max)
    {
        const double d = required(o, key, path, min, max);
        if (!failed() && d != std::floor(d))
            fail(path, QStringLiteral("must be a whole number"));
        return int(d);
    }

private:
    QString m_field;
    QString m_detail;
};

constexpr double kHuge = 1e12;

SimDistribution readDistribution(FieldReader &r, const QJsonObject &root, const QString &key, bool required)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined()) {
        if (required)
            r.fail(key, QStringLiteral("is missing"));
        return SimDistribution::fixed(0);
    }
    if (!v.isObject()) {
        r.fail(key, QStringLiteral("must be an object such as {\"dist\":\"fixed\",\"value\":5}"));
        return SimDistribution::fixed(0);
    }
    const QJsonObject o = v.toObject();
    const QString prefix = key + QLatin1Char('.');
    const QString kind = o.value(QStringLiteral("dist")).toString();
    if (kind == QLatin1String("fixed")) {
        r.rejectUnknown(o, prefix, {QStringLiteral("dist"), QStringLiteral("value")});
        return SimDistribution::fixed(r.required(o, QStringLiteral("value"), prefix + QStringLiteral("value"), 0, kHuge));
    }
    if (kind == QLatin1String("uniform")) {
        r.rejectUnknown(o, prefix, {QStringLiteral("dist"), QStringLiteral("min"), QStringLiteral("max")});
        const double min = r.required(o, QStringLiteral("min"), prefix + QStringLiteral("min"), 0, kHuge);
        const double max = r.required(o, QStringLiteral("max"), prefix + QStringLiteral("max"), 0, kHuge);
        if (max < min)
            r.fail(prefix + QStringLiteral("max"), QStringLiteral("is below min"));
        return SimDistribution::uniform(min, max);
    }
    if (kind == QLatin1String("exponential")) {
        r.rejectUnknown(o, prefix, {QStringLiteral("dist"), QStringLiteral("mean")});
        return SimDistribution::exponential(
            r.required(o, QStringLiteral("mean"), prefix + QStringLiteral("mean"), 0, kHuge, true));
    }
    if (kind == QLatin1String("lognormal")) {
        r.rejectUnknown(o, prefix, {QStringLiteral("dist"), QStringLiteral("mean"), QStringLiteral("sd")});
        const double mean = r.required(o, QStringLiteral("mean"), prefix + QStringLiteral("mean"), 0, kHuge, true);
        const double sd = r.required(o, QStringLiteral("sd"), prefix + QStringLiteral("sd"), 0, kHuge);
        return SimDistribution::lognormal(mean, sd);
    }
    r.fail(prefix + QStringLiteral("dist"), QStringLiteral("must be fixed, uniform, exponential or lognormal"));
    return SimDistribution::fixed(0);
}

// A list of {"at": t, <valueKey>: v} steps with non-decreasing times.
QJsonArray readSteps(FieldReader &r, const QJsonObject &root, const QString &key, bool required)
{
    const QJsonValue v = root.value(key);
    if (v.isUndefined()) {
        if (required)
            r.fail(key, QStringLiteral("is missing"));
        return {};
    }
    if (!v.isArray() || (required && v.toArray().isEmpty())) {
        r.fail(key, required ? QStringLiteral("must be a non-empty list") : QStringLiteral("must be a list"));
        return {};
    }
    const QJsonArray steps = v.toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject())
            r.fail(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("must be an object"));
    }
    return steps;
}

void readAgents(FieldReader &r, const QJsonObject &root, PaceScenario &s)
{
    const QJsonArray steps = readSteps(r, root, QStringLiteral("agents"), true);
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const QString prefix = QStringLiteral("agents[%1].").arg(i);
        r.rejectUnknown(o, prefix, {QStringLiteral("at"), QStringLiteral("count")});
        PaceScenario::AgentStep step;
        step.at = r.required(o, QStringLiteral("at"), prefix + QStringLiteral("at"), 0, kHuge);
        step.count = r.integer(o, QStringLiteral("count"), prefix + QStringLiteral("count"), 0, 1000000);
        if (!s.agents.empty() && step.at < s.agents.back().at)
            r.fail(prefix + QStringLiteral("at"), QStringLiteral("is before the previous step"));
        s.agents.push_back(step);
    }
}

void readDrift(FieldReader &r, const QJsonObject &root, PaceScenario &s)
{
    const QJsonArray steps = readSteps(r, root, QStringLiteral("drift"), false);
    for (qsizetype i = 0; i < steps.size() && !r.failed(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const QString prefix = QStringLiteral("drift[%1].").arg(i);
        r.rejectUnknown(o, prefix, {QStringLiteral("at"), QStringLiteral("humanRateFactor")});
        PaceScenario::DriftStep step;
        step.at = r.required(o, QStringLiteral("at"), prefix + QStringLiteral("at"), 0, kHuge);
        step.humanRateFactor =
            r.required(o, QStringLiteral("humanRateFactor"), prefix + QStringLiteral("humanRateFactor"), 0, 1000);
        if (!s.drift.empty() && step.at < s.drift.back().at)
            r.fail(prefix + QStringLiteral("at"), QStringLiteral("is before the previous step"));
        s.drift.push_back(step);
    }
}

void readRates(FieldReader &r, const QJsonObject &root, PaceScenario &s)
{
    s.rates.human = r.required(root, QStringLiteral("humanRate"), QStringLiteral("humanRate"), 0, 1);
    s.rates.machine = r.optional(root, QStringLiteral("machineRate"), 0, 0, 1);
    s.rates.busy = r.optional(root, QStringLiteral("busyRate"), 0, 0, 1);
    s.rates.congestion = r.optional(root, QStringLiteral("congestionRate"), 0, 0, 1);
    const double sum = s.rates.human + s.rates.machine + s.rates.busy + s.rates.congestion;
    if (sum > 1.0 + 1e-9)
        r.fail(QStringLiteral("humanRate"),
               QStringLiteral("humanRate + machineRate + busyRate + congestionRate is %1, over 1").arg(sum));
}

void readCampaign(FieldReader &r, const QJsonObject &root, PaceScenario &s)
{
    const QJsonValue seed = root.value(QStringLiteral("seed"));
    const double seedValue = r.required(root, QStringLiteral("seed"), QStringLiteral("seed"), 0, 9007199254740992.0);
    if (!r.failed() && seed.toDouble() != std::floor(seed.toDouble()))
        r.fail(QStringLiteral("seed"), QStringLiteral("must be a whole number"));
    s.seed = quint64(seedValue);
    s.durationSeconds = r.required(root, QStringLiteral("durationSeconds"), QStringLiteral("durationSeconds"), 0,
                                   kHuge, true);
    readAgents(r, root, s);
    readRates(r, root, s);
    s.ringSeconds = readDistribution(r, root, QStringLiteral("ringSeconds"), true);
    s.noAnswerTimeoutSeconds = r.required(root, QStringLiteral("noAnswerTimeoutSeconds"),
                                          QStringLiteral("noAnswerTimeoutSeconds"), 0, kHuge, true);
    s.talkSeconds = readDistribution(r, root, QStringLiteral("talkSeconds"), true);
    s.wrapSeconds = readDistribution(r, root, QStringLiteral("wrapSeconds"), true);
    s.amdSeconds = r.optional(root, QStringLiteral("amdSeconds"), 0, 0, kHuge);
    if (root.contains(QStringLiteral("press1Rate"))) {
        s.press1Rate = r.optional(root, QStringLiteral("press1Rate"), 0, 0, 1);
        s.messageSeconds = readDistribution(r, root, QStringLiteral("messageSeconds"), true);
    } else if (root.contains(QStringLiteral("messageSeconds"))) {
        s.messageSeconds = readDistribution(r, root, QStringLiteral("messageSeconds"), false);
    }
    s.abandonAfterSeconds = r.optional(root, QStringLiteral("abandonAfterSeconds"), 2.0, 0, kHuge);
    readDrift(r, root, s);
    s.maxCps = r.required(root, QStringLiteral("maxCps"), QStringLiteral("maxCps"), 1, 1e9);
    s.maxChannels = r.integer(root, QStringLiteral("maxChannels"), QStringLiteral("maxChannels"), 1, 100000000);
    s.abandonCap = r.optional(root, QStringLiteral("abandonCap"), 0.03, 0, 1, true);
}

const QSet<QString> &knownFields()
{
    static const QSet<QString> fields = {
        QStringLiteral("name"), QStringLiteral("seed"), QStringLiteral("durationSeconds"), QStringLiteral("agents"),
        QStringLiteral("humanRate"), QStringLiteral("machineRate"), QStringLiteral("busyRate"),
        QStringLiteral("congestionRate"), QStringLiteral("ringSeconds"), QStringLiteral("noAnswerTimeoutSeconds"),
        QStringLiteral("talkSeconds"), QStringLiteral("wrapSeconds"), QStringLiteral("amdSeconds"),
        QStringLiteral("press1Rate"), QStringLiteral("messageSeconds"), QStringLiteral("abandonAfterSeconds"),
        QStringLiteral("drift"), QStringLiteral("maxCps"), QStringLiteral("maxChannels"), QStringLiteral("abandonCap")};
    return fields;
}

Result<PaceScenario> failure(const QString &file, const QString &field, const QString &detail)
{
    const QString where = field.isEmpty() ? file : QStringLiteral("%1: %2").arg(file, field);
    return Result<PaceScenario>::failure(ErrorCode::InvalidField, QStringLiteral("%1: %2").arg(where, detail), field);
}

} // namespace

Result<PaceScenario> ScenarioParser::parse(const QByteArray &json, const QString &file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(file, {}, QStringLiteral("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return failure(file, {}, QStringLiteral("must be a JSON object"));
    const QJsonObject root = doc.object();
    FieldReader reader;
    reader.rejectUnknown(root, {}, knownFields());
    PaceScenario s;
    s.file = file;
    s.name = QFileInfo(file).completeBaseName();
    if (root.contains(QStringLiteral("name"))) {
        if (!root.value(QStringLiteral("name")).isString())
            reader.fail(QStringLiteral("name"), QStringLiteral("must be a string"));
        s.name = root.value(QStringLiteral("name")).toString();
    }
    readCampaign(reader, root, s);
    if (reader.failed())
        return failure(file, reader.field(), reader.detail());
    return Result<PaceScenario>::success(std::move(s));
}

Result<PaceScenario> ScenarioParser::parseFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<PaceScenario>::failure(ErrorCode::NotFound,
                                             QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path);
}
