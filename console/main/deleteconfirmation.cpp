#include "console/main/deleteconfirmation.h"

#include <QMessageBox>
#include <QPushButton>

void DeleteConfirmation::ask(QWidget *parent, const QString &title, const QString &text,
                             const QString &consequence, std::function<void()> onConfirmed)
{
    auto box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(title);
    box->setText(text);
    box->setInformativeText(consequence);
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    QPushButton *cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelDeleteButton"));
    box->setDefaultButton(cancel);
    // The box is the context: it is deleted with its parent page.
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, remove, onConfirmed = std::move(onConfirmed)] {
                         if (box->clickedButton() == remove && onConfirmed)
                             onConfirmed();
                     });
    box->open();
}
