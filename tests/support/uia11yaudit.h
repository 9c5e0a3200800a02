#pragma once

// Header-only on purpose (like uiscriptedprompter.h): testsupport does not link Qt Widgets or the
// ui library, only ui tests, which do, include this. No Q_OBJECT, so no moc run in testsupport.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QGraphicsView>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>

namespace Moltdesk::Ui {

// Walks a widget tree the way a screen-reader or keyboard user meets it and lists every control
// that has no accessible name, or no accessible description. A control counts when it takes Tab
// focus and is shown relative to `root` — the pages of a QStackedWidget (tab widgets, stacked pages)
// all count as shown, so one walk covers every tab. A name comes from setAccessibleName, a QLabel
// buddy, or a button's own text; and Qt's accessibility layer (what AT-SPI reads) must report it
// too, which catches buddies that Qt cannot see (a label in another container). A description is
// what that layer reports: accessibleDescription(), or else the tooltip.
class UiA11yAudit
{
public:
    // "Page › class 'objectName' (parent chain)" for every unnamed control under `root`.
    static QStringList unnamedControls(QWidget *root, const QString &scope)
    {
        QStringList problems;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!isControl(w) || !shownWithin(w, root))
                continue;
            const QString own = ownName(w, root);
            QString spoken;
            if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
                spoken = iface->text(QAccessible::Name).trimmed();
            if (own.isEmpty())
                problems << scope + QStringLiteral(" › no accessible name: ") + describe(w);
            else if (spoken.isEmpty())
                problems << scope + QStringLiteral(" › named only by a label Qt cannot associate (not a sibling?): ") + describe(w);
        }
        return problems;
    }

    // "Page › class 'objectName' (parent chain)" for every control under `root` (the same walk as
    // unnamedControls) whose accessible description, as Qt's accessibility layer reports it, is
    // empty. Qt reports accessibleDescription() or else the tooltip, so either counts — except for
    // item views (accessibleDescription() only) and tab bars (each tab's tooltip).
    static QStringList undescribedControls(QWidget *root, const QString &scope)
    {
        QStringList problems;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!isControl(w) || !shownWithin(w, root))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            // Qt 6.4 reports no description for a tab bar itself, only for each tab (its tooltip),
            // which is what a screen reader reads on the tab it is on.
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    QAccessibleInterface *tab = iface && i < iface->childCount() ? iface->child(i) : nullptr;
                    if (!tab || tab->text(QAccessible::Description).trimmed().isEmpty())
                        problems << scope + QStringLiteral(" › no accessible description (tab tooltip) for tab ") + QString::number(i)
                                        + QStringLiteral(" '") + tabs->tabText(i) + QStringLiteral("': ") + describe(w);
                }
                continue;
            }
            // Item views (QAccessibleTable) report accessibleDescription() only, never the tooltip.
            const QString spoken = iface ? iface->text(QAccessible::Description).trimmed() : QString();
            if (spoken.isEmpty())
                problems << scope + QStringLiteral(" › no accessible description: ") + describe(w);
        }
        return problems;
    }

    // Every control the walk checks, described; tests print it and assert it is not empty, so an
    // audit that silently sees nothing (a page not shown) fails.
    static QStringList controls(QWidget *root)
    {
        QStringList out;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (isControl(w) && shownWithin(w, root))
                out << describe(w);
        }
        return out;
    }

    // Mnemonic letters (Alt+X) used twice among the shown buttons, labels with buddies and tabs
    // (only the current tab of a tab widget counts; switch tabs to check the others).
    static QStringList mnemonicClashes(QWidget *root, const QString &scope, const QString &alsoUsed = QString())
    {
        QHash<QChar, QString> used;
        for (const QChar c : alsoUsed)
            used.insert(c.toLower(), QStringLiteral("menu"));
        QStringList problems;
        auto note = [&](const QString &text, const QString &who) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                return;
            if (used.contains(key))
                problems << scope + QStringLiteral(" › Alt+") + key.toUpper() + QStringLiteral(" used by ") + used.value(key) + QStringLiteral(" and ") + who;
            else
                used.insert(key, who);
        };
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            // Strictly shown: a hidden tab's mnemonics are not live, so they cannot clash.
            if (!w->isVisibleTo(root) || !w->isEnabled())
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                note(button->text(), describe(w));
            else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                note(label->text(), describe(w));
            else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    note(tabs->tabText(i), describe(w) + QStringLiteral(" tab ") + QString::number(i));
            }
        }
        return problems;
    }

    static QChar mnemonic(const QString &text)
    {
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) != u'&')
                continue;
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
        return {};
    }

    static QString describe(const QWidget *w)
    {
        QString chain;
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (!p->objectName().isEmpty()) {
                chain = p->objectName();
                break;
            }
        }
        QString text;
        if (auto *button = qobject_cast<const QAbstractButton *>(w))
            text = QStringLiteral(" text='") + button->text() + QStringLiteral("'");
        return QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(" '") + w->objectName() + QStringLiteral("'") + text
               + QStringLiteral(" in '") + chain + QStringLiteral("'");
    }

private:
    static bool isControl(const QWidget *w)
    {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            return false;
        // Parts of a compound control are named through the control itself.
        const QWidget *parent = w->parentWidget();
        if (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent))
            return false;
        if (qobject_cast<const QScrollBar *>(w))
            return false;
        return true;
    }

    // Shown relative to `root`, counting every page of a stacked widget as shown.
    static bool shownWithin(const QWidget *w, const QWidget *root)
    {
        for (const QWidget *p = w; p && p != root; p = p->parentWidget()) {
            if (p->isHidden() && !qobject_cast<const QStackedWidget *>(p->parentWidget()))
                return false;
            if (p->isWindow())
                return false; // a popup or dialog of its own
        }
        return true;
    }

    static QString ownName(const QWidget *w, const QWidget *root)
    {
        if (!w->accessibleName().trimmed().isEmpty())
            return w->accessibleName();
        if (auto *button = qobject_cast<const QAbstractButton *>(w)) {
            QString text = button->text();
            text.remove(u'&');
            if (!text.trimmed().isEmpty())
                return text;
        }
        if (auto *label = qobject_cast<const QLabel *>(w))
            return label->text();
        if (auto *tabs = qobject_cast<const QTabBar *>(w)) {
            if (auto *tabWidget = qobject_cast<const QTabWidget *>(tabs->parentWidget()))
                return tabWidget->accessibleName();
        }
        const QList<QLabel *> labels = root->window()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == w && !label->text().trimmed().isEmpty())
                return label->text();
        }
        return {};
    }
};

} // namespace Moltdesk::Ui
