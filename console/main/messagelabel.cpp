#include "console/main/messagelabel.h"

#include <QEvent>
#include <QResizeEvent>

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::setMessage(const QString &text, Kind kind)
{
    m_translated = {};
    display(text, kind);
}

void MessageLabel::display(const QString &text, Kind kind)
{
    m_kind = kind;
    setStyleSheet(kind == Kind::Error ? QStringLiteral("color: #b71c1c;") : QString());
    setText(text);
    setVisible(!text.isEmpty());
    reserveHeight();
}

QString MessageLabel::message() const
{
    return isHidden() ? QString() : text();
}

void MessageLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        reserveHeight();
}

void MessageLabel::reserveHeight()
{
    // Only the width decides the height, so this settles after one pass.
    setMinimumHeight(text().isEmpty() ? 0 : heightForWidth(width()));
}

void MessageLabel::setTranslatedMessage(std::function<QString()> text, Kind kind)
{
    m_translated = std::move(text);
    display(m_translated ? m_translated() : QString(), kind);
}

void MessageLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_translated)
        display(m_translated(), m_kind);
    QLabel::changeEvent(event);
}
