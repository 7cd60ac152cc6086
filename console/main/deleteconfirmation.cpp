#include "console/main/deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

void DeleteConfirmation::ask(QWidget *parent, const QString &title, const QString &text,
                             const QString &consequence, std::function<void()> onConfirmed)
{
    open(parent, title, text, consequence, tr("Delete"), QStringLiteral("Delete"),
         std::move(onConfirmed));
}

void DeleteConfirmation::askAction(QWidget *parent, const QString &title, const QString &text,
                                   const QString &consequence, const QString &actionText,
                                   std::function<void()> onConfirmed)
{
    open(parent, title, text, consequence, actionText, QStringLiteral("Action"),
         std::move(onConfirmed));
}

void DeleteConfirmation::open(QWidget *parent, const QString &title, const QString &text,
                              const QString &consequence, const QString &actionText,
                              const QString &namePrefix, std::function<void()> onConfirmed)
{
    auto box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("confirm%1Box").arg(namePrefix));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(title);
    box->setText(text);
    box->setInformativeText(consequence);
    QPushButton *confirm = box->addButton(actionText, QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirm%1Button").arg(namePrefix));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancel%1Button").arg(namePrefix));
    box->setDefaultButton(cancel);
    // The box is the context: it is deleted with its parent page.
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, confirm, onConfirmed = std::move(onConfirmed)] {
                         if (box->clickedButton() == confirm && onConfirmed)
                             onConfirmed();
                     });
    box->open();
}
