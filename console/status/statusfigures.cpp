#include "console/status/statusfigures.h"

#include "common/protocol.h"
#include "console/campaigns/pacercatalog.h"

#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <cmath>

using namespace Protocol;

QString StatusFigures::missing()
{
    return QStringLiteral("—");
}

QString StatusFigures::separator()
{
    // Wide gaps, as on the manual's page, so the figures read as columns.
    return QStringLiteral("   ");
}

QString StatusFigures::number(const QJsonObject &sample, QLatin1String key, int decimals)
{
    const QJsonValue v = sample.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return missing();
    return QLocale().toString(v.toDouble(), 'f', decimals);
}

QString StatusFigures::fractionAsPercent(const QJsonObject &sample, QLatin1String key, int decimals)
{
    const QJsonValue v = sample.value(key);
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return missing();
    return QLocale().toString(v.toDouble() * 100.0, 'f', decimals);
}

QString StatusFigures::minutesSeconds(double seconds)
{
    const qint64 total = qint64(std::max(0.0, seconds));
    return QStringLiteral("%1:%2").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString StatusFigures::summaryText(const QJsonObject &sample)
{
    const QJsonValue elapsed = sample.value(StatusKey::ElapsedSeconds);
    const QString timeSpent = elapsed.isDouble() ? minutesSeconds(elapsed.toDouble()) : missing();

    // The pace as the manual writes it: "34ms (29.809 CPS)", both from the
    // pacer's time between calls.
    const QJsonValue ms = sample.value(StatusKey::MsBetweenCalls);
    const QString between = number(sample, StatusKey::MsBetweenCalls, 0);
    const QString rate = ms.isDouble() && ms.toDouble() > 0
        ? QLocale().toString(1000.0 / ms.toDouble(), 'f', 3)
        : missing();

    const QStringList parts{
        tr("Dialed: %1").arg(number(sample, StatusKey::Dialed, 0)),
        tr("Busy Agents: %1/%2")
            .arg(number(sample, StatusKey::BusyAgents, 0), number(sample, StatusKey::Agents, 0)),
        tr("Average: %1%").arg(number(sample, StatusKey::AverageBusyPercent, 0)),
        tr("Time Spent: %1").arg(timeSpent),
        tr("Time between calls: %1 ms (%2 CPS)").arg(between, rate),
        tr("Boost: %1%").arg(number(sample, StatusKey::BoostPercent, 2)),
        //: %1 is the abandon rate over the rolling window (30 days or 24 hours), %2 the cap
        tr("Abandon rate: %1% (cap %2%)")
            .arg(fractionAsPercent(sample, StatusKey::WindowAbandonRate, 2),
                 fractionAsPercent(sample, StatusKey::AbandonCap, 1)),
    };
    return parts.join(separator());
}

QString StatusFigures::debugText(const QJsonObject &sample)
{
    const QStringList parts{
        tr("DB Queue: %1").arg(number(sample, StatusKey::DbQueue, 0)),
        tr("Weight: %1").arg(number(sample, StatusKey::Weight, 1)),
        //: CAD: the cumulative area difference between the actual and the ideal speed
        tr("CAD: %1").arg(number(sample, StatusKey::Cad, 1)),
        tr("Overs: %1%").arg(number(sample, StatusKey::OversPercent, 0)),
        tr("Scale: %1 ms–%2 ms")
            .arg(number(sample, StatusKey::ScaleMinMs, 2), number(sample, StatusKey::ScaleMaxMs, 2)),
        tr("Funnel: %1").arg(number(sample, StatusKey::Funnel, 0)),
        tr("Target: %1%").arg(number(sample, StatusKey::TargetPercent, 2)),
        tr("Elasticity: %1%").arg(number(sample, StatusKey::ElasticityPercent, 2)),
        //: %1 abandon rate of this run, %2 calls abandoned, %3 humans answered
        tr("Live abandon rate: %1% (%2 of %3)")
            .arg(fractionAsPercent(sample, StatusKey::AbandonRate, 2),
                 number(sample, StatusKey::Abandoned, 0), number(sample, StatusKey::HumanAnswered, 0)),
        //: the pacer's estimate of the share of dials a human answers
        tr("Answer rate estimate: %1%").arg(fractionAsPercent(sample, StatusKey::AnswerRateEstimate, 1)),
    };
    return parts.join(separator());
}

QString StatusFigures::pacerText(const QJsonObject &sample, const QString &campaignPacer)
{
    const QString pacer = sample.value(StatusKey::Pacer).toString(campaignPacer);
    const QString name = pacer.isEmpty() ? missing() : PacerCatalog::displayName(pacer);
    const QString mode = sample.value(StatusKey::Mode).toString();
    if (mode.isEmpty())
        return tr("Pacer: %1").arg(name);
    //: %1 the pacer, %2 what it is doing now (predictive, warming up...)
    return tr("Pacer: %1, now %2").arg(name, modeText(mode));
}

QString StatusFigures::modeText(const QString &mode)
{
    if (mode == QLatin1String("predictive"))
        return tr("predictive");
    if (mode == QLatin1String("progressive"))
        return tr("progressive");
    if (mode == QLatin1String("warm-up"))
        return tr("warming up");
    if (mode == QLatin1String("ratio"))
        return tr("fixed ratio");
    if (mode == QLatin1String("adaptive"))
        return tr("adaptive");
    if (mode == QLatin1String("drop-guard"))
        return tr("holding back: too many drops");
    if (mode == QLatin1String("time-between-calls"))
        return tr("time between calls");
    // A mode this console does not know yet: the engine's own word.
    return mode;
}

bool StatusFigures::isOverAbandonCap(const QJsonObject &sample)
{
    const QJsonValue rate = sample.value(StatusKey::WindowAbandonRate);
    const QJsonValue cap = sample.value(StatusKey::AbandonCap);
    return rate.isDouble() && cap.isDouble() && rate.toDouble() > cap.toDouble();
}
