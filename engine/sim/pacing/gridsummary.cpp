#include "engine/sim/pacing/gridsummary.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>
#include <map>

namespace {

QString percent(double fraction)
{
    return QString::number(100.0 * fraction, 'f', 2) + QLatin1Char('%');
}

} // namespace

GridSummary GridSummary::of(const std::vector<PaceResult> &results, const QString &subject, double tolerance)
{
    GridSummary g;
    g.m_subject = subject;
    g.m_tolerance = tolerance;
    std::map<std::pair<QString, quint64>, std::vector<const PaceResult *>> runs;
    std::vector<std::pair<QString, quint64>> order;
    for (const PaceResult &r : results) {
        auto &run = runs[{r.scenario, r.seed}];
        if (run.empty())
            order.push_back({r.scenario, r.seed});
        run.push_back(&r);
    }
    for (const auto &key : order) {
        const std::vector<const PaceResult *> &run = runs[key];
        const auto own = std::find_if(run.begin(), run.end(), [&](const PaceResult *r) { return r->pacer == subject; });
        if (own == run.end())
            continue;
        const PaceResult &s = **own;
        ++g.m_runs;
        g.m_subjectOccupancy += s.occupancy;
        if (!s.heldCap()) {
            const auto progressive = std::find_if(run.begin(), run.end(), [](const PaceResult *r) {
                return r->pacer == QLatin1String("progressive");
            });
            g.m_broken.push_back(Broken{s.scenario, s.abandonRate, s.abandonCap, s.abandoned, s.humansNeedingAgent,
                                        progressive == run.end() || (*progressive)->heldCap()});
        }
        const double ratio = s.abandonCap > 0 ? s.abandonRate / s.abandonCap : 0.0;
        if (ratio > g.m_worstRatio) {
            g.m_worstRatio = ratio;
            g.m_worstRatioScenario = s.scenario;
        }
        const PaceResult *best = nullptr;
        for (const PaceResult *r : run) {
            if (r->pacer != subject && r->heldCap() && (!best || r->occupancy > best->occupancy))
                best = r;
        }
        g.m_bestOtherOccupancy += best ? best->occupancy : 0.0;
        if (best && best->occupancy > s.occupancy + tolerance)
            g.m_beaten.push_back(Beaten{s.scenario, best->pacer, s.occupancy, s.abandonRate, best->occupancy,
                                        best->abandonRate});
    }
    if (g.m_runs > 0) {
        g.m_subjectOccupancy /= g.m_runs;
        g.m_bestOtherOccupancy /= g.m_runs;
    }
    std::sort(g.m_broken.begin(), g.m_broken.end(), [](const Broken &a, const Broken &b) {
        return a.abandonRate / a.abandonCap > b.abandonRate / b.abandonCap;
    });
    std::sort(g.m_beaten.begin(), g.m_beaten.end(), [](const Beaten &a, const Beaten &b) { return a.gap() > b.gap(); });
    return g;
}

void GridSummary::print(QTextStream &out) const
{
    out << Qt::endl << "grid summary: " << m_runs << " runs of " << m_subject << Qt::endl;
    out << "  mean occupancy: " << m_subject << " " << percent(m_subjectOccupancy)
        << ", best other pacer that held the cap " << percent(m_bestOtherOccupancy) << Qt::endl;
    out << "  highest abandon rate / cap: " << QString::number(m_worstRatio, 'f', 3) << " (" << m_worstRatioScenario
        << ")" << Qt::endl;
    out << "  broke the cap in " << m_broken.size() << " runs" << (m_broken.empty() ? "" : ", worst first:") << Qt::endl;
    for (const Broken &b : m_broken)
        out << "    " << b.scenario << ": " << percent(b.abandonRate) << " (" << b.abandoned << " of " << b.humans
            << ", cap " << percent(b.abandonCap) << ")"
            << (b.progressiveHeld ? "" : " - progressive broke it too") << Qt::endl;
    out << "  beaten by more than " << QString::number(100.0 * m_tolerance, 'f', 1)
        << " points by a pacer that held the cap in " << m_beaten.size() << " runs"
        << (m_beaten.empty() ? "" : ", worst first:") << Qt::endl;
    for (const Beaten &b : m_beaten)
        out << "    " << b.scenario << ": " << b.by << " " << percent(b.byOccupancy) << " at "
            << percent(b.byAbandonRate) << " vs " << percent(b.occupancy) << " at " << percent(b.abandonRate) << " ("
            << QString::number(100.0 * b.gap(), 'f', 2) << " points)" << Qt::endl;
}

QJsonObject GridSummary::toJson() const
{
    QJsonArray broken;
    for (const Broken &b : m_broken)
        broken.append(QJsonObject{{QStringLiteral("scenario"), b.scenario},
                                  {QStringLiteral("abandonRate"), b.abandonRate},
                                  {QStringLiteral("abandonCap"), b.abandonCap},
                                  {QStringLiteral("progressiveHeld"), b.progressiveHeld}});
    QJsonArray beaten;
    for (const Beaten &b : m_beaten)
        beaten.append(QJsonObject{{QStringLiteral("scenario"), b.scenario},
                                  {QStringLiteral("by"), b.by},
                                  {QStringLiteral("occupancy"), b.occupancy},
                                  {QStringLiteral("byOccupancy"), b.byOccupancy}});
    return QJsonObject{{QStringLiteral("pacer"), m_subject},
                       {QStringLiteral("runs"), m_runs},
                       {QStringLiteral("meanOccupancy"), m_subjectOccupancy},
                       {QStringLiteral("bestOtherMeanOccupancy"), m_bestOtherOccupancy},
                       {QStringLiteral("worstAbandonOverCap"), m_worstRatio},
                       {QStringLiteral("broken"), broken},
                       {QStringLiteral("beaten"), beaten}};
}
