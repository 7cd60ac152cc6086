#include "console/main/formerrors.h"

#include "common/protocolmessage.h"
#include "console/main/messagelabel.h"
#include "console/net/errortext.h"

FormErrors::FormErrors(MessageLabel *label)
    : m_label(label)
{
}

QColor FormErrors::invalidBase()
{
    return QColor(0xff, 0xd7, 0xd7);
}

void FormErrors::addField(const QString &field, QWidget *widget)
{
    m_widgets.insert(field, widget);
}

void FormErrors::show(std::function<QString()> text, const QString &field)
{
    clear();
    m_textFn = std::move(text);
    m_label->setMessage(m_textFn(), MessageLabel::Kind::Error);
    m_field = field;
    QWidget *widget = m_widgets.value(field);
    if (!widget)
        return;
    m_marked = widget;
    m_markedPalette = widget->palette();
    QPalette tinted = m_markedPalette;
    tinted.setColor(QPalette::Base, invalidBase());
    widget->setPalette(tinted);
    widget->setProperty("invalid", true);
    widget->setFocus();
}

void FormErrors::showReply(const ProtocolMessage &reply, const QString &conflictField)
{
    QString field = reply.errorField();
    if (field.isEmpty() && reply.error() == ErrorCode::Conflict)
        field = conflictField;
    show([reply] { return ErrorText::forReply(reply); }, field);
}

void FormErrors::clear()
{
    m_textFn = {};
    m_label->setMessage({}, MessageLabel::Kind::Error);
    m_field.clear();
    if (m_marked) {
        m_marked->setPalette(m_markedPalette);
        m_marked->setProperty("invalid", false);
    }
    m_marked = nullptr;
}

void FormErrors::retranslate()
{
    if (m_textFn)
        m_label->setMessage(m_textFn(), MessageLabel::Kind::Error);
}

QString FormErrors::text() const
{
    return m_label->message();
}

bool FormErrors::rejectInvalid(const Result<Done> &valid, LocalMessage message)
{
    if (valid)
        return false;
    const QString field = valid.field();
    const QString detail = valid.detail();
    show([message = std::move(message), field, detail] { return message(field, detail); }, field);
    return true;
}
