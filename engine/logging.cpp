#include "engine/logging.h"

#include <QStringList>

Q_LOGGING_CATEGORY(lcEngine, "torque.engine")
Q_LOGGING_CATEGORY(lcApi, "torque.engine.api")
Q_LOGGING_CATEGORY(lcAuth, "torque.engine.auth")

namespace EngineLogging {

namespace {
const QStringList kLevels = {QStringLiteral("debug"), QStringLiteral("info"),
                             QStringLiteral("warning"), QStringLiteral("critical")};
}

bool isValidLevel(const QString &level)
{
    return kLevels.contains(level);
}

void install(const QString &level)
{
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddThh:mm:ss.zzz} "
        "%{if-debug}D%{endif}%{if-info}I%{endif}%{if-warning}W%{endif}%{if-critical}C%{endif}%{if-fatal}F%{endif}"
        " %{category}: %{message}"));
    // Everything below the chosen level is switched off for torque.* categories.
    QStringList rules;
    const qsizetype threshold = kLevels.indexOf(level);
    for (qsizetype i = 0; i < kLevels.size(); ++i) {
        rules << QStringLiteral("torque.*.%1=%2").arg(kLevels.at(i), i >= threshold
                                                                         ? QStringLiteral("true")
                                                                         : QStringLiteral("false"));
    }
    QLoggingCategory::setFilterRules(rules.join(u'\n'));
}

} // namespace EngineLogging
