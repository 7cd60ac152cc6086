#pragma once

#include "engine/pacing/pacer.h"

// One line per free agent: a call is dialled only for an agent with no call
// of its own on the way. Never abandons (unless an agent leaves unseen), and
// leaves agents idle for every ring, busy signal and answering machine.
class ProgressivePacer final : public Pacer
{
public:
    explicit ProgressivePacer(const PacerSettings &settings);
    QString name() const override;
    PacerFigures figures() const override;

protected:
    int decide(double now) override;
};
