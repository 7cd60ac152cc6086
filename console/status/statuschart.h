#pragma once

#include <QChartView>

class QAreaSeries;
class QChart;
class QLineSeries;
class QValueAxis;
class StatusTimeline;

// The graph of the manual's Engine Status page, "like an earthquake monitor":
// the newest second on the right, 720 seconds ago on the left. The busy
// agents' percentage is an area shaded from green (few busy) to blue (all
// busy); the red line is the relative speed (calls per second against the
// fastest second shown); with debugging on, a yellow line is the pacer's
// time between calls against its range over the window. Every line is
// drawn on the same 0-100 scale, so the axes only grow with the data shown.
class StatusChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChart)

public:
    explicit StatusChart(QWidget *parent = nullptr);

    void showHistory(const StatusTimeline &history);
    void setDebugVisible(bool visible);
    bool isDebugVisible() const;

    QAreaSeries *busySeries() const { return m_busy; }
    QLineSeries *busyLine() const { return m_busyLine; }
    QLineSeries *speedSeries() const { return m_speed; }
    QLineSeries *debugSeries() const { return m_debug; }
    QValueAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *percentAxis() const { return m_percentAxis; }

    // The colours of the busy area at 0 % and at 100 %.
    static QColor lowBusyColor();
    static QColor highBusyColor();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildSeries();
    void buildAxes();
    void retranslateUi();
    void updateGradient(const QRectF &plotArea);
    void updateTimeAxis(double oldestSecondsAgo);

    QChart *m_chart = nullptr;
    QLineSeries *m_busyLine = nullptr;
    QAreaSeries *m_busy = nullptr;
    QLineSeries *m_speed = nullptr;
    QLineSeries *m_debug = nullptr;
    QValueAxis *m_timeAxis = nullptr;
    QValueAxis *m_percentAxis = nullptr;
};
