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
    // The settings only this pacer reads (PacerSettings keys); the others
    // (abandon rule, dialling set-up, trunk limits) concern every pacer.
    static QStringList ownSettings(const QString &name);
};
