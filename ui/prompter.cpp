#include "prompter.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace Moltdesk::Ui {

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    // The safe answer is the default: Return alone never deletes anything.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString Prompter::openFileName(QWidget *parent, const QString &title)
{
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath());
}

QString Prompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName));
}

std::optional<QString> Prompter::askText(QWidget *parent, const QString &title, const QString &label,
                                         const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, title, label, QLineEdit::Normal, initial, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

} // namespace Moltdesk::Ui
