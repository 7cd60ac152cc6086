#pragma once

#include "common/result.h"
#include "engine/sim/pacing/pacescenario.h"

#include <QByteArray>
#include <QString>

// Reads a pacing scenario (bench/pacing/README.md). Every problem - bad JSON,
// an unknown, missing, mistyped or out-of-range field - is an InvalidField
// failure whose field() names it ("agents[1].count", "ringSeconds.sd") and
// whose detail() says what is wrong, prefixed with the file.
class ScenarioParser final
{
public:
    static Result<PaceScenario> parse(const QByteArray &json, const QString &file);
    static Result<PaceScenario> parseFile(const QString &path);
};
