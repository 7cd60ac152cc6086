#pragma once

#include "common/result.h"

#include <QHash>
#include <QPalette>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class MessageLabel;
class ProtocolMessage;

// What a dialog shows when a value is refused, locally or by the engine: the
// reason in its error label, and the field it is about marked (tinted, with
// the dynamic property "invalid" set, and focused). Nothing typed is touched,
// so the user fixes the one field and saves again. Fields are known by their
// protocol key, which is what the engine's invalid_field error names.
class FormErrors final
{
public:
    explicit FormErrors(MessageLabel *label);

    void addField(const QString &field, QWidget *widget);

    // text is called again by retranslate(), so an error on screen follows a
    // language change.
    void show(std::function<QString()> text, const QString &field);
    // The engine's refusal, translated; a conflict without a field (a
    // duplicate name) is put on conflictField.
    void showReply(const ProtocolMessage &reply, const QString &conflictField);
    // Shows a local validation failure (Trunk::validate() and the like) with
    // the form's own translated text for that field; true if `valid` failed.
    using LocalMessage = std::function<QString(const QString &field, const QString &detail)>;
    bool rejectInvalid(const Result<Done> &valid, LocalMessage message);
    void clear();
    void retranslate();

    // The text shown, empty when none.
    QString text() const;
    // The field (protocol key) shown as wrong, empty when none.
    QString field() const { return m_field; }

    // The tint of a refused field.
    static QColor invalidBase();

private:
    MessageLabel *m_label;
    QHash<QString, QWidget *> m_widgets;
    std::function<QString()> m_textFn;
    QString m_field;
    QPointer<QWidget> m_marked;
    QPalette m_markedPalette; // the marked widget's palette before it was tinted
};
