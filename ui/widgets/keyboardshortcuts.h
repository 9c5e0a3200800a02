#pragma once

#include <QKeySequence>

class QAbstractButton;
class QAbstractItemView;
class QLineEdit;
class QShortcut;
class QWidget;

namespace Moltdesk::Ui {

// The panel's page-level keys, wired the same way on every page so they behave alike (docs/panel.md,
// "Keyboard"). Each shortcut is parented to the widget it serves, so it is live only while that
// widget is visible: a page in the background (or a tab not shown) never reacts. A key that stands
// for a button clicks that very button, so it does exactly what the button does — including its
// confirmation — and nothing when the button is disabled.
class KeyboardShortcuts
{
public:
    // Ctrl+F (QKeySequence::Find) moves focus to `search` and selects its text, while `scope` is shown.
    static QShortcut *focusSearch(QWidget *scope, QLineEdit *search);
    // F5 (QKeySequence::Refresh) clicks `refresh` while `scope` is shown.
    static QShortcut *refresh(QWidget *scope, QAbstractButton *refresh);
    // Delete clicks `remove` while `view` has the focus (only there, so Delete keeps erasing text in
    // the page's edit fields).
    static QShortcut *deleteSelected(QAbstractItemView *view, QAbstractButton *remove);
    // `keys` click `button` in the given context; the building block of the three above.
    static QShortcut *clickOn(QWidget *scope, const QKeySequence &keys, QAbstractButton *button,
                              Qt::ShortcutContext context);
};

} // namespace Moltdesk::Ui
