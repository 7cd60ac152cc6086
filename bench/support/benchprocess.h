#pragma once

#include <QStringList>
#include <QtGlobal>

class QProcess;

// What the benchmark programs share: this process's CPU time and peak
// memory, and starting a torque-voicesim on a free port.
namespace BenchProcess {

// User + system CPU seconds of this process (all its threads) so far.
double cpuSeconds();
// Peak resident memory of this process (VmHWM), in kB; -1 if unknown.
long peakRssKb();
// Starts `binary` (torque-voicesim) on 127.0.0.1:<free port> with user and
// secret "bench" plus `arguments`; returns the port it listens on, or 0.
quint16 startVoiceSim(QProcess &process, const QString &binary, const QStringList &arguments);

} // namespace BenchProcess
