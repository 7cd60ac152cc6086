#pragma once

#include "engine/sim/callplan.h"
#include "engine/sim/voicesimconfig.h"

#include <QByteArray>

#include <optional>
#include <random>

struct OriginateAction;

// The simulated network's behaviour: outcome rates, ring and talk times, AMD
// results and key presses (VoiceSimConfig), overridable per call by channel
// variables (docs/voicesim.md):
//   SIM_OUTCOME   human, machine, busy, noanswer, congestion, failed, pressed1, pressed2
//   SIM_RING_MIN/SIM_RING_MAX, SIM_TALK_MIN/SIM_TALK_MAX   seconds
//   SIM_PRESS     1, 2 or none        SIM_AMD   HUMAN, MACHINE or NOTSURE
//   DIALER_MODE   bench (hang up after AMD), press1 (always prompt)
// Every call takes the same number of draws whatever it overrides, so one
// call's variables never change the next call's luck.
class OutcomeModel final
{
public:
    OutcomeModel(const VoiceSimConfig &config, quint64 seed);

    CallPlan draw(const OriginateAction &request);
    quint64 seed() const { return m_seed; }

    static std::optional<CallOutcome> outcomeFromName(QByteArrayView name);

private:
    double uniform(); // [0, 1)
    static double spread(double u, double scale);
    QList<CallPlan::FailedStep> failedOrder(const OriginateAction &request, double u) const;
    static std::optional<QList<CallPlan::FailedStep>> parseOrder(const QByteArray &text);
    static qint64 toMs(double seconds);

    VoiceSimConfig m_config;
    quint64 m_seed;
    std::mt19937_64 m_rng;
};
