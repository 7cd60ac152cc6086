#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// The words of the manual's Engine Status page, built from one engine status
// sample: the information bar under the graph ("Dialed: 92006  Busy Agents:
// 5/8 ..."), the debug bar ("MySQL Queue: 0  Weight: 33.9 ..."), and the
// pacer's mode. A figure the sample lacks (the pacer has no such figure, or
// the engine is older) reads "—" rather than a misleading 0.
class StatusFigures final
{
    Q_DECLARE_TR_FUNCTIONS(StatusFigures)

public:
    StatusFigures() = delete;

    static QString summaryText(const QJsonObject &sample);
    static QString debugText(const QJsonObject &sample);
    // "Pacer: Torque (predictive)" for the bar above the graph.
    static QString pacerText(const QJsonObject &sample, const QString &campaignPacer);
    // The pacer's mode in words ("warm-up" -> "warming up").
    static QString modeText(const QString &mode);
    // True when the rolling-window abandon rate is above the campaign's cap.
    static bool isOverAbandonCap(const QJsonObject &sample);

    // What a missing figure reads.
    static QString missing();
    // "95:12": minutes (not wrapped into hours, as in the manual) and seconds.
    static QString minutesSeconds(double seconds);

private:
    static QString number(const QJsonObject &sample, QLatin1String key, int decimals);
    // A fraction (0.03) as a percentage figure ("3.00").
    static QString fractionAsPercent(const QJsonObject &sample, QLatin1String key, int decimals);
    static QString separator();
};
