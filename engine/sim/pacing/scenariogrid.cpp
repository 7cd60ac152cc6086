#include "engine/sim/pacing/scenariogrid.h"

#include "engine/sim/pacing/scenarioparser.h"
#include "engine/sim/pacing/simrandom.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <map>

namespace {

using Failure = Result<std::vector<PaceScenario>>;

const QStringList kPatterns = {QStringLiteral("flat"), QStringLiteral("breaks"), QStringLiteral("massLogouts"),
                               QStringLiteral("rampUp"), QStringLiteral("shrink")};
const QStringList kTrunks = {QStringLiteral("ample"), QStringLiteral("cpsBound"), QStringLiteral("channelBound")};
const QStringList kDrifts = {QStringLiteral("none"), QStringLiteral("swing"), QStringLiteral("decline"),
                             QStringLiteral("surge")};
constexpr int kMaxCount = 100000;

// The value used where a grid leaves an axis out: standard-30's.
const std::map<QString, QJsonValue> &defaults()
{
    static const std::map<QString, QJsonValue> values = {
        {QStringLiteral("durationSeconds"), 3600},
        {QStringLiteral("agents"), 30},
        {QStringLiteral("agentPattern"), QStringLiteral("flat")},
        {QStringLiteral("humanRate"), 0.30},
        {QStringLiteral("machineRate"), 0.15},
        {QStringLiteral("failRates"), QJsonObject{{QStringLiteral("busy"), 0.08}, {QStringLiteral("congestion"), 0.02}}},
        {QStringLiteral("ringSeconds"),
         QJsonObject{{QStringLiteral("dist"), QStringLiteral("lognormal")}, {QStringLiteral("mean"), 10}, {QStringLiteral("sd"), 4}}},
        {QStringLiteral("noAnswerTimeoutSeconds"), 25},
        {QStringLiteral("talkSeconds"),
         QJsonObject{{QStringLiteral("dist"), QStringLiteral("lognormal")}, {QStringLiteral("mean"), 90}, {QStringLiteral("sd"), 60}}},
        {QStringLiteral("wrapSeconds"), QJsonObject{{QStringLiteral("dist"), QStringLiteral("fixed")}, {QStringLiteral("value"), 5}}},
        {QStringLiteral("amdSeconds"), 2.5},
        {QStringLiteral("press1"), QJsonValue::Null},
        {QStringLiteral("trunk"), QStringLiteral("ample")},
        {QStringLiteral("drift"), QStringLiteral("none")},
        {QStringLiteral("abandonCap"), 0.03}};
    return values;
}

// Head count over the shift: each pattern as {fraction of the shift, share of the team}.
QJsonArray agentSteps(const QString &pattern, int team, double duration)
{
    std::vector<std::pair<double, double>> steps{{0.0, 1.0}};
    if (pattern == QLatin1String("breaks"))
        steps = {{0.0, 1.0}, {0.30, 0.7}, {0.38, 1.0}, {0.62, 0.6}, {0.70, 1.0}};
    else if (pattern == QLatin1String("massLogouts"))
        steps = {{0.0, 1.0}, {0.20, 0.2}, {0.25, 1.0}, {0.45, 0.2}, {0.50, 1.0}, {0.70, 0.2}, {0.75, 1.0}};
    else if (pattern == QLatin1String("rampUp"))
        steps = {{0.0, 0.3}, {0.10, 0.65}, {0.20, 1.0}};
    else if (pattern == QLatin1String("shrink"))
        steps = {{0.0, 1.0}, {0.50, 0.5}, {0.75, 0.25}};
    QJsonArray out;
    for (const auto &[at, share] : steps) {
        const int count = share >= 1.0 ? team : std::max(pattern == QLatin1String("massLogouts") ? 0 : 1,
                                                         int(std::lround(share * team)));
        out.append(QJsonObject{{QStringLiteral("at"), std::round(at * duration)}, {QStringLiteral("count"), count}});
    }
    return out;
}

QJsonArray driftSteps(const QString &drift, double duration)
{
    std::vector<std::pair<double, double>> steps;
    if (drift == QLatin1String("swing"))
        steps = {{0.25, 1.5}, {0.55, 0.6}, {0.80, 1.0}};
    else if (drift == QLatin1String("decline"))
        steps = {{0.2, 0.85}, {0.4, 0.7}, {0.6, 0.55}, {0.8, 0.4}};
    else if (drift == QLatin1String("surge"))
        steps = {{0.4, 2.0}, {0.6, 1.0}};
    QJsonArray out;
    for (const auto &[at, factor] : steps)
        out.append(QJsonObject{{QStringLiteral("at"), std::round(at * duration)}, {QStringLiteral("humanRateFactor"), factor}});
    return out;
}

void setTrunk(QJsonObject &s, const QString &trunk, int team)
{
    double cps = std::max(5, team);
    int channels = std::max(20, 10 * team);
    if (trunk == QLatin1String("cpsBound"))
        cps = std::max(1.0, std::round(0.1 * team));
    else if (trunk == QLatin1String("channelBound"))
        channels = std::max(team + 1, int(std::ceil(1.5 * team)));
    s.insert(QStringLiteral("maxCps"), cps);
    s.insert(QStringLiteral("maxChannels"), channels);
}

void setRates(QJsonObject &s, double human, double machine, const QJsonObject &fail)
{
    const double busy = fail.value(QStringLiteral("busy")).toDouble();
    const double congestion = fail.value(QStringLiteral("congestion")).toDouble();
    // Machines give way where the four would pass 1.
    machine = std::max(0.0, std::min(machine, 1.0 - human - busy - congestion));
    s.insert(QStringLiteral("humanRate"), human);
    s.insert(QStringLiteral("machineRate"), machine);
    s.insert(QStringLiteral("busyRate"), busy);
    s.insert(QStringLiteral("congestionRate"), congestion);
}

QString percentTag(double rate)
{
    return QString::number(int(std::lround(rate * 100)));
}

class GridReader final
{
public:
    GridReader(const QJsonObject &root, const QString &file) : m_root(root), m_file(file) { }

    QString error;

    bool readHeader()
    {
        for (auto it = m_root.begin(); it != m_root.end(); ++it) {
            if (!QStringList{QStringLiteral("name"), QStringLiteral("seed"), QStringLiteral("count"),
                             QStringLiteral("axes")}
                     .contains(it.key()))
                return fail(it.key(), QStringLiteral("unknown field"));
        }
        m_name = m_root.value(QStringLiteral("name")).toString(QFileInfo(m_file).completeBaseName());
        const QJsonValue seed = m_root.value(QStringLiteral("seed"));
        const QJsonValue count = m_root.value(QStringLiteral("count"));
        if (!seed.isDouble() || seed.toDouble() < 0 || seed.toDouble() != std::floor(seed.toDouble()))
            return fail(QStringLiteral("seed"), QStringLiteral("must be a whole number >= 0"));
        if (!count.isDouble() || count.toDouble() < 1 || count.toDouble() > kMaxCount
            || count.toDouble() != std::floor(count.toDouble()))
            return fail(QStringLiteral("count"), QStringLiteral("must be a whole number in [1, %1]").arg(kMaxCount));
        if (!m_root.value(QStringLiteral("axes")).isObject())
            return fail(QStringLiteral("axes"), QStringLiteral("must be an object of lists"));
        m_seed = quint64(seed.toDouble());
        m_count = int(count.toDouble());
        return readAxes(m_root.value(QStringLiteral("axes")).toObject());
    }

    // Each axis's values dealt out over the grid: cycled to the count, then shuffled.
    void deal()
    {
        quint64 axisNumber = 0;
        for (auto &[name, values] : m_axes) {
            SimRandom random = SimRandom::stream(m_seed, ++axisNumber);
            std::vector<int> order(static_cast<std::size_t>(m_count));
            for (int i = 0; i < m_count; ++i)
                order[std::size_t(i)] = i % int(values.size());
            for (int i = m_count - 1; i > 0; --i)
                std::swap(order[std::size_t(i)], order[std::size_t(random.next() % quint64(i + 1))]);
            m_dealt[name] = std::move(order);
        }
    }

    int count() const { return m_count; }
    quint64 seed() const { return m_seed; }

    QJsonValue value(const QString &axis, int i) const
    {
        const auto it = m_axes.find(axis);
        if (it == m_axes.end())
            return defaults().at(axis);
        return it->second[std::size_t(m_dealt.at(axis)[std::size_t(i)])];
    }

    QJsonObject scenario(int i, quint64 seedOffset) const
    {
        const double duration = value(QStringLiteral("durationSeconds"), i).toDouble();
        const int team = value(QStringLiteral("agents"), i).toInt();
        const QString pattern = value(QStringLiteral("agentPattern"), i).toString();
        const QString trunk = value(QStringLiteral("trunk"), i).toString();
        const QString drift = value(QStringLiteral("drift"), i).toString();
        const double human = value(QStringLiteral("humanRate"), i).toDouble();
        const double cap = value(QStringLiteral("abandonCap"), i).toDouble();
        const QJsonValue press1 = value(QStringLiteral("press1"), i);
        QJsonObject s;
        s.insert(QStringLiteral("name"),
                 QStringLiteral("%1-%2-a%3-%4-h%5-%6%7%8-cap%9")
                     .arg(m_name)
                     .arg(i, 3, 10, QLatin1Char('0'))
                     .arg(team)
                     .arg(pattern, percentTag(human), trunk)
                     .arg(press1.isObject() ? QStringLiteral("-press1") : QString())
                     .arg(drift == QLatin1String("none") ? QString() : QLatin1Char('-') + drift)
                     .arg(QString::number(cap * 100)));
        s.insert(QStringLiteral("seed"), double(m_seed * 1000 + quint64(i) + seedOffset * 7919 /* as torque-pacesim --seeds */));
        s.insert(QStringLiteral("durationSeconds"), duration);
        s.insert(QStringLiteral("agents"), agentSteps(pattern, team, duration));
        setRates(s, human, value(QStringLiteral("machineRate"), i).toDouble(),
                 value(QStringLiteral("failRates"), i).toObject());
        for (const QString &key : {QStringLiteral("ringSeconds"), QStringLiteral("noAnswerTimeoutSeconds"),
                                   QStringLiteral("talkSeconds"), QStringLiteral("wrapSeconds"),
                                   QStringLiteral("amdSeconds")})
            s.insert(key, value(key, i));
        if (press1.isObject()) {
            s.insert(QStringLiteral("press1Rate"), press1.toObject().value(QStringLiteral("rate")));
            s.insert(QStringLiteral("messageSeconds"), press1.toObject().value(QStringLiteral("messageSeconds")));
        }
        const QJsonArray driftList = driftSteps(drift, duration);
        if (!driftList.isEmpty())
            s.insert(QStringLiteral("drift"), driftList);
        setTrunk(s, trunk, team);
        s.insert(QStringLiteral("abandonAfterSeconds"), 2.0);
        s.insert(QStringLiteral("abandonCap"), cap);
        return s;
    }

private:
    bool fail(const QString &field, const QString &detail)
    {
        error = QStringLiteral("%1: %2: %3").arg(m_file, field, detail);
        return false;
    }

    bool readAxes(const QJsonObject &axes)
    {
        for (auto it = axes.begin(); it != axes.end(); ++it) {
            const QString path = QStringLiteral("axes.") + it.key();
            if (!defaults().count(it.key()))
                return fail(path, QStringLiteral("unknown axis (%1)").arg(ScenarioGrid::axes().join(QStringLiteral(", "))));
            if (!it.value().isArray() || it.value().toArray().isEmpty())
                return fail(path, QStringLiteral("must be a non-empty list"));
            const QJsonArray list = it.value().toArray();
            std::vector<QJsonValue> values(list.begin(), list.end());
            for (std::size_t j = 0; j < values.size(); ++j) {
                if (!checkValue(it.key(), values[j], QStringLiteral("%1[%2]").arg(path).arg(j)))
                    return false;
            }
            m_axes[it.key()] = std::move(values);
        }
        return true;
    }

    bool checkValue(const QString &axis, const QJsonValue &v, const QString &path)
    {
        const auto oneOf = [&](const QStringList &names) {
            return names.contains(v.toString()) || fail(path, QStringLiteral("must be one of %1").arg(names.join(QStringLiteral(", "))));
        };
        if (axis == QLatin1String("agentPattern"))
            return oneOf(kPatterns);
        if (axis == QLatin1String("trunk"))
            return oneOf(kTrunks);
        if (axis == QLatin1String("drift"))
            return oneOf(kDrifts);
        if (axis == QLatin1String("agents") && (!v.isDouble() || v.toDouble() < 1 || v.toDouble() > 1000000
                                                || v.toDouble() != std::floor(v.toDouble())))
            return fail(path, QStringLiteral("must be a whole number in [1, 1000000]"));
        if (axis == QLatin1String("failRates")
            && (!v.isObject() || !v.toObject().value(QStringLiteral("busy")).isDouble()
                || !v.toObject().value(QStringLiteral("congestion")).isDouble()))
            return fail(path, QStringLiteral("must be {\"busy\": b, \"congestion\": c}"));
        if (axis == QLatin1String("press1") && !v.isNull()
            && (!v.isObject() || !v.toObject().value(QStringLiteral("rate")).isDouble()))
            return fail(path, QStringLiteral("must be null or {\"rate\": r, \"messageSeconds\": distribution}"));
        // Everything else is checked as a scenario field by ScenarioParser.
        return true;
    }

    QJsonObject m_root;
    QString m_file;
    QString m_name;
    quint64 m_seed = 0;
    int m_count = 0;
    std::map<QString, std::vector<QJsonValue>> m_axes;
    std::map<QString, std::vector<int>> m_dealt;
};

} // namespace

QStringList ScenarioGrid::axes()
{
    QStringList names;
    for (const auto &[name, value] : defaults())
        names.append(name);
    return names;
}

Result<std::vector<PaceScenario>> ScenarioGrid::parse(const QByteArray &json, const QString &file, quint64 seedOffset)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Failure::failure(ErrorCode::InvalidField, QStringLiteral("%1: not valid JSON at offset %2: %3")
                                                              .arg(file).arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return Failure::failure(ErrorCode::InvalidField, QStringLiteral("%1: must be a JSON object").arg(file));
    GridReader reader(doc.object(), file);
    if (!reader.readHeader())
        return Failure::failure(ErrorCode::InvalidField, reader.error);
    reader.deal();
    std::vector<PaceScenario> scenarios;
    scenarios.reserve(std::size_t(reader.count()));
    for (int i = 0; i < reader.count(); ++i) {
        const QJsonObject s = reader.scenario(i, seedOffset);
        Result<PaceScenario> parsed = ScenarioParser::parse(QJsonDocument(s).toJson(QJsonDocument::Compact),
                                                            QStringLiteral("%1: scenario %2").arg(file).arg(i));
        if (!parsed)
            return Failure::failure(ErrorCode::InvalidField, parsed.detail(), parsed.field());
        scenarios.push_back(parsed.takeValue());
    }
    return Failure::success(std::move(scenarios));
}

Result<std::vector<PaceScenario>> ScenarioGrid::parseFile(const QString &path, quint64 seedOffset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Failure::failure(ErrorCode::NotFound, QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    return parse(f.readAll(), path, seedOffset);
}
