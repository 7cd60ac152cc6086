#pragma once

#include "engine/sim/pacing/paceresult.h"

#include <QJsonObject>
#include <QString>

#include <vector>

class QTextStream;

// How one pacer (torque) did across a grid of scenarios against the others:
// the runs where it broke the abandon cap, the runs where another pacer that
// held the cap kept agents busier by more than a tolerance, and the worst of
// each. Results come grouped per run (one scenario and seed, every pacer).
class GridSummary final
{
public:
    struct Beaten final
    {
        QString scenario;
        QString by;
        double occupancy = 0;      // torque's
        double abandonRate = 0;    // torque's
        double byOccupancy = 0;
        double byAbandonRate = 0;
        double gap() const { return byOccupancy - occupancy; }
    };
    struct Broken final
    {
        QString scenario;
        double abandonRate = 0;
        double abandonCap = 0;
        qint64 abandoned = 0;
        qint64 humans = 0;
        bool progressiveHeld = true; // when progressive broke it too, agents left with calls on their way
    };

    // `tolerance`: occupancy points (as a fraction, 0.005) another pacer may
    // lead by before it counts as beating `subject`.
    static GridSummary of(const std::vector<PaceResult> &results, const QString &subject, double tolerance);

    void print(QTextStream &out) const;
    QJsonObject toJson() const;

    int runs() const { return m_runs; }
    const std::vector<Broken> &broken() const { return m_broken; }
    const std::vector<Beaten> &beaten() const { return m_beaten; }
    // Highest abandon rate over cap of the subject, over every run.
    double worstAbandonOverCap() const { return m_worstRatio; }

private:
    QString m_subject;
    double m_tolerance = 0;
    int m_runs = 0;
    std::vector<Broken> m_broken;
    std::vector<Beaten> m_beaten;
    double m_worstRatio = 0;
    QString m_worstRatioScenario;
    double m_subjectOccupancy = 0;   // mean over runs
    double m_bestOtherOccupancy = 0; // mean over runs of the best cap-holding other
};
