#include "console/status/statuschart.h"

#include "common/protocol.h"
#include "console/status/statustimeline.h"

#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLinearGradient>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Protocol;

namespace {

constexpr double kWindowSeconds = double(StatusTimeline::WindowMs) / 1000.0;
// The time axis never shows less than a minute, and grows a minute at a time.
constexpr double kAxisStepSeconds = 60.0;

// Points of one figure, x = seconds before the newest sample; samples
// without the figure leave a gap in time rather than a false zero.
template <typename Scale>
QList<QPointF> pointsOf(const StatusTimeline &history, QLatin1String key, Scale scale)
{
    QList<QPointF> points;
    points.reserve(history.size());
    for (const QJsonObject &sample : history.samples()) {
        const QJsonValue v = sample.value(key);
        if (v.isDouble() && std::isfinite(v.toDouble()))
            points.append({history.secondsBeforeNewest(sample), std::clamp(scale(v.toDouble()), 0.0, 100.0)});
    }
    return points;
}

} // namespace

StatusChart::StatusChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("statusChart"));
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation); // a new point every second
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(m_chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    buildSeries();
    buildAxes();
    retranslateUi();
    connect(m_chart, &QChart::plotAreaChanged, this, &StatusChart::updateGradient);
    updateGradient(m_chart->plotArea());
}

QColor StatusChart::lowBusyColor()
{
    return QColor(0x2e, 0xb8, 0x3c);
}

QColor StatusChart::highBusyColor()
{
    return QColor(0x1e, 0x4f, 0xd8);
}

void StatusChart::buildSeries()
{
    m_busyLine = new QLineSeries(this);
    m_busy = new QAreaSeries(m_busyLine);
    m_busy->setObjectName(QStringLiteral("busySeries"));
    m_busy->setPen(QPen(highBusyColor().darker(120), 1));
    m_speed = new QLineSeries;
    m_speed->setObjectName(QStringLiteral("speedSeries"));
    m_speed->setPen(QPen(Qt::red, 2));
    m_debug = new QLineSeries;
    m_debug->setObjectName(QStringLiteral("debugSeries"));
    m_debug->setPen(QPen(QColor(0xf0, 0xc8, 0x00), 2));
    // The chart takes ownership of its series.
    m_chart->addSeries(m_busy);
    m_chart->addSeries(m_speed);
    m_chart->addSeries(m_debug);
    m_debug->setVisible(false);
}

void StatusChart::buildAxes()
{
    m_timeAxis = new QValueAxis;
    m_timeAxis->setObjectName(QStringLiteral("timeAxis"));
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_timeAxis->setRange(-kAxisStepSeconds, 0);
    m_percentAxis = new QValueAxis;
    m_percentAxis->setObjectName(QStringLiteral("percentAxis"));
    m_percentAxis->setLabelFormat(QStringLiteral("%d"));
    m_percentAxis->setRange(0, 100);
    m_percentAxis->setTickCount(6);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_percentAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(m_busy),
                                    static_cast<QAbstractSeries *>(m_speed),
                                    static_cast<QAbstractSeries *>(m_debug)}) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_percentAxis);
    }
}

void StatusChart::retranslateUi()
{
    m_busy->setName(tr("Busy agents %"));
    m_speed->setName(tr("Relative speed"));
    m_debug->setName(tr("Time between calls (scaled)"));
    m_timeAxis->setTitleText(tr("Seconds ago"));
    m_percentAxis->setTitleText(tr("%"));
}

void StatusChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void StatusChart::updateGradient(const QRectF &plotArea)
{
    // The series are painted in coordinates of the plot area (its top left
    // is 0,0), so a gradient from its bottom to its top gives every busy
    // level the same colour wherever it appears: green at 0 %, blue at 100 %.
    QLinearGradient gradient(QPointF(0, plotArea.height()), QPointF(0, 0));
    gradient.setColorAt(0.0, lowBusyColor());
    gradient.setColorAt(1.0, highBusyColor());
    m_busy->setBrush(gradient);
}

void StatusChart::updateTimeAxis(double oldestSecondsAgo)
{
    const double span = std::clamp(std::ceil(-oldestSecondsAgo / kAxisStepSeconds) * kAxisStepSeconds,
                                    kAxisStepSeconds, kWindowSeconds);
    m_timeAxis->setRange(-span, 0);
    m_timeAxis->setTickCount(int(span / kAxisStepSeconds) + 1);
}

void StatusChart::showHistory(const StatusTimeline &history)
{
    m_busyLine->replace(pointsOf(history, StatusKey::BusyPercent, [](double v) { return v; }));

    // The manual's red line: "relative speed", against the fastest second shown.
    const double maxCps = history.maximum(StatusKey::Cps).value_or(0.0);
    m_speed->replace(pointsOf(history, StatusKey::Cps, [maxCps](double cps) {
        return maxCps > 0 ? cps / maxCps * 100.0 : 0.0;
    }));

    // The yellow line: the pacer's time between calls within its range.
    const double low = history.scaleMinMs().value_or(0.0);
    const double high = history.scaleMaxMs().value_or(0.0);
    m_debug->replace(pointsOf(history, StatusKey::MsBetweenCalls, [low, high](double ms) {
        return high > low ? (ms - low) / (high - low) * 100.0 : 50.0;
    }));

    updateTimeAxis(history.isEmpty() ? 0.0 : history.secondsBeforeNewest(history.samples().constFirst()));
}

void StatusChart::setDebugVisible(bool visible)
{
    m_debug->setVisible(visible);
    // The legend marker follows the series' visibility by itself.
}

bool StatusChart::isDebugVisible() const
{
    return m_debug->isVisible();
}
