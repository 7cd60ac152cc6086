#pragma once

#include "engine/pacing/pacer.h"

#include <QStringList>

#include <memory>

// Pacers by name: progressive, ratio, vicidial, vicidial-ready, smoothtorque,
// torque. The engine's campaigns and torque-pacesim both create them here.
class PacerFactory final
{
public:
    // nullptr for an unknown name.
    static std::unique_ptr<Pacer> create(const QString &name, const PacerSettings &settings);
    static QStringList names();
};
