#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

// The question every page asks before deleting something (the manual's
// "confirm that you would like to delete this entry"): window-modal, opened
// with open() rather than exec() so no nested event loop runs while socket
// replies arrive, Cancel as the default button. onConfirmed runs only when
// the user picks Delete, and never after parent has gone.
class DeleteConfirmation final
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)

public:
    DeleteConfirmation() = delete;

    // text names the object ("Delete the server \"Auckland2\"?"),
    // consequence says what deleting it does.
    static void ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &consequence, std::function<void()> onConfirmed);
    // The same question for another action that cannot be taken back
    // lightly (converting a table...): actionText labels the button that
    // confirms ("Convert"); the box is "confirmActionBox", its buttons
    // "confirmActionButton" and "cancelActionButton".
    static void askAction(QWidget *parent, const QString &title, const QString &text,
                          const QString &consequence, const QString &actionText,
                          std::function<void()> onConfirmed);

private:
    static void open(QWidget *parent, const QString &title, const QString &text,
                     const QString &consequence, const QString &actionText,
                     const QString &namePrefix, std::function<void()> onConfirmed);
};
