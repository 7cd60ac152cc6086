#include "console/status/statusinfobar.h"

#include "console/status/statusfigures.h"

#include <QEvent>

StatusInfoBar::StatusInfoBar(Kind kind, QWidget *parent)
    : QLabel(parent)
    , m_kind(kind)
{
    setObjectName(kind == Kind::Summary ? QStringLiteral("infoBar") : QStringLiteral("debugBar"));
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWordWrap(true);
    setFrameShape(QFrame::StyledPanel);
    setMargin(4);
    updateText();
}

void StatusInfoBar::setSample(const QJsonObject &sample)
{
    m_sample = sample;
    updateText();
}

void StatusInfoBar::updateText()
{
    if (m_kind == Kind::Debug) {
        setText(StatusFigures::debugText(m_sample));
        return;
    }
    setText(StatusFigures::summaryText(m_sample));
    // Over the cap the campaign breaks the abandon rule: it must be seen.
    const bool over = StatusFigures::isOverAbandonCap(m_sample);
    if (over == styleSheet().isEmpty()) // a new style sheet repolishes: only on a change
        setStyleSheet(over ? QStringLiteral("color: #b71c1c;") : QString());
    setToolTip(over ? tr("The abandon rate over the rolling window is above the campaign's cap.")
                    : QString());
}

void StatusInfoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QLabel::changeEvent(event);
}
