#pragma once

#include "engine/pacing/pacer.h"

// A fixed number of lines per free agent (linesPerAgent, 2.0 by default):
// keeps ceil(ratio x free agents) calls on the way. The classic "power
// dialer": no model, no abandon control.
class RatioPacer final : public Pacer
{
public:
    explicit RatioPacer(const PacerSettings &settings);
    QString name() const override;
    PacerFigures figures() const override;

protected:
    int decide(double now) override;
};
