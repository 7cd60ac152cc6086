#pragma once

#include <QJsonObject>
#include <QLabel>

// One line of figures under the Engine Status graph, from the newest sample:
// the information bar ("Dialed: ...  Busy Agents: ...") or, with debugging
// on, the debug bar ("DB Queue: ...  Weight: ..."). Keeps its sample, so a
// language change rewrites the figures in the new language at once.
class StatusInfoBar final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusInfoBar)

public:
    enum class Kind { Summary, Debug };

    explicit StatusInfoBar(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    // An empty sample shows every figure as missing.
    void setSample(const QJsonObject &sample);
    const QJsonObject &sample() const { return m_sample; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    const Kind m_kind;
    QJsonObject m_sample;
};
