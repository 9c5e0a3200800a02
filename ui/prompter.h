#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace Moltdesk::Ui {

// Every modal question the panel asks goes through here: the default implementation shows the
// real dialogs, tests subclass it to answer without a dialog (KeePassXC's GUI tests use the same
// seam idea). Empty / nullopt means the user cancelled.
class Prompter
{
public:
    virtual ~Prompter() = default;

    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel);
    virtual QString openFileName(QWidget *parent, const QString &title);
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName);
    virtual std::optional<QString> askText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &initial);
};

} // namespace Moltdesk::Ui
