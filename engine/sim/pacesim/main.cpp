#include "engine/sim/pacing/pacesimcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("torque-pacesim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TORQUE_VERSION));
    // Pacers log their mode changes at debug level: QT_LOGGING_RULES brings them back.
    QLoggingCategory::setFilterRules(QStringLiteral("torque.*.debug=false"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return PaceSimCommand::run(QCoreApplication::arguments(), out, err);
}
