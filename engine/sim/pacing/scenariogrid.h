#pragma once

#include "common/result.h"
#include "engine/sim/pacing/pacescenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

// A grid of pacing scenarios spanning the space of campaigns, from one file
// (format in bench/pacing/README.md): for each axis - team size, head-count
// pattern, answer rates, ring, talk and wrap-up times, AMD, press-1, trunk
// limits, drift, abandon cap... - a list of values. Scenario i takes one value
// of every axis; each axis's values are dealt out in a seeded shuffle
// (a Latin hypercube), so every value appears about equally often and any
// prefix of the grid is a fair sample of it. Each scenario goes through
// ScenarioParser, so a grid can only make scenarios the format allows.
class ScenarioGrid final
{
public:
    // `seedOffset` shifts every scenario's seed (the seed sweep) without
    // changing the scenarios.
    static Result<std::vector<PaceScenario>> parse(const QByteArray &json, const QString &file,
                                                   quint64 seedOffset = 0);
    static Result<std::vector<PaceScenario>> parseFile(const QString &path, quint64 seedOffset = 0);

    // The axis names a grid file may use.
    static QStringList axes();
};
