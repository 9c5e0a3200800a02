#include "widgets/keyboardshortcuts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QLineEdit>
#include <QPointer>
#include <QShortcut>

namespace Moltdesk::Ui {

QShortcut *KeyboardShortcuts::focusSearch(QWidget *scope, QLineEdit *search)
{
    auto *shortcut = new QShortcut(QKeySequence::Find, scope);
    shortcut->setContext(Qt::WindowShortcut);
    const QPointer<QLineEdit> target(search);
    QObject::connect(shortcut, &QShortcut::activated, search, [target] {
        if (!target || !target->isVisible() || !target->isEnabled())
            return;
        target->setFocus(Qt::ShortcutFocusReason);
        target->selectAll();
    });
    return shortcut;
}

QShortcut *KeyboardShortcuts::refresh(QWidget *scope, QAbstractButton *refresh)
{
    return clickOn(scope, QKeySequence::Refresh, refresh, Qt::WindowShortcut);
}

QShortcut *KeyboardShortcuts::deleteSelected(QAbstractItemView *view, QAbstractButton *remove)
{
    return clickOn(view, QKeySequence::Delete, remove, Qt::WidgetShortcut);
}

QShortcut *KeyboardShortcuts::clickOn(QWidget *scope, const QKeySequence &keys, QAbstractButton *button,
                                      Qt::ShortcutContext context)
{
    auto *shortcut = new QShortcut(keys, scope);
    shortcut->setContext(context);
    const QPointer<QAbstractButton> target(button);
    QObject::connect(shortcut, &QShortcut::activated, button, [target] {
        // A hidden or disabled button means the action is not available right now.
        if (target && target->isVisible() && target->isEnabled())
            target->click();
    });
    return shortcut;
}

} // namespace Moltdesk::Ui
