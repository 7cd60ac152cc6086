#pragma once

#include <QStringList>

class QTextStream;

// torque-pacesim's command line: [--pacer NAME|all] [--json] [--set KEY=VALUE]...
// [--jobs N] SCENARIO.json... Every scenario is read and checked before any
// runs; each (scenario, pacer) pair is an independent run, spread over
// threads, the output in argument order whatever the threads do.
class PaceSimCommand final
{
public:
    static constexpr int kExitOk = 0;
    static constexpr int kExitBadInput = 2;

    // `arguments` includes the program name, as QCoreApplication::arguments().
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};
