#pragma once

#include "engine/pacing/pacer.h"

#include <deque>

// VICIdial's adaptive predictive dialling (AST_VDadapt.pl + AST_VDauto_dial.pl)
// as the field runs it: agents and waiting calls sampled every second and
// averaged over 15 samples; the dial level recomputed every 15 s as
//   level *= 1 + intensity((avg ready - avg waiting + diff_target) / avg agents),
// clamped to [1, adaptive_maximum_level]; drop statistics refreshed every 60 s
// with its guards (over 50% drops in the last minute with over 20 calls:
// halve; today's drops over adaptive_dropped_percentage of answers with over
// 50 calls: HARD_LIMIT 1.0, AVERAGE halve, TAPERED scale by the hours left);
// and the dial loop every 2.5 s placing round(level x (agents + diff_target))
// minus the calls already up. available_only_ratio_tally N counts ready and
// in-call agents (pacer "vicidial"); Y counts ready agents only, adding the
// calls already with agents back to the goal ("vicidial-ready").
class VicidialPacer final : public Pacer
{
public:
    enum class Tally { ReadyOrInCall, ReadyOnly };

    VicidialPacer(const PacerSettings &settings, Tally tally);
    QString name() const override;
    PacerFigures figures() const override;

    double dialLevel() const { return m_level; }

protected:
    int decide(double now) override;
    void onCallDialed(double now) override;
    void onCallAbandoned(const PacingState::Call &call, double now) override;

private:
    struct Sample final
    {
        int ready = 0;
        int waiting = 0;
        int total = 0;
    };
    void takeSample();
    void refreshDropStats(double now);
    void recomputeLevel(double now);
    double applyDropGuards(double level, double now) const;
    int dialLoop() const;

    Tally m_tally;
    double m_level;
    std::deque<Sample> m_samples;
    std::deque<double> m_dialTimes;  // last minute
    std::deque<double> m_dropTimes;  // last minute
    double m_nextSample = -1;
    double m_nextLevel = -1;
    double m_nextDrops = -1;
    double m_nextDial = -1;
    // Drop statistics as of the last 60 s refresh.
    qint64 m_callsOneMinute = 0;
    qint64 m_dropsOneMinute = 0;
    qint64 m_callsToday = 0;
    qint64 m_answersToday = 0;
    qint64 m_dropsToday = 0;
    bool m_guardActive = false;
};
