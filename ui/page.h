#pragma once

#include <QIcon>
#include <QPointer>
#include <QWidget>

namespace Moltdesk::Ui {

// One page of the control panel. MainWindow::addPage() lists it in the navigation with its icon
// and title and calls activated()/deactivated() as the user moves between pages, so a page loads
// its data only when it is first shown (and a page that reveals secrets can hide them on leave).
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

    bool isActive() const { return m_active; }

    // Asked by MainWindow before the user moves to another page; false keeps this page shown (the
    // Settings page asks whether to discard unsaved edits). Default: always true.
    virtual bool confirmLeave();
    // Work a rebuild of the page would lose, in words ("unsaved changes on Settings"), or empty.
    // MainWindow rebuilds its pages when the language changes only while every page says empty.
    // Default: a StatusLine of the page is still busy.
    virtual QString pendingWork() const;

    // Called by MainWindow; subclasses override onActivated()/onDeactivated().
    void activate();
    void deactivate();

    // The control the keyboard should land on when the user jumps to this page (Ctrl+1…9, Enter
    // in the navigation): its list or search field. Pages set it in their constructor.
    QWidget *mainControl() const { return m_mainControl; }
    void setMainControl(QWidget *control) { m_mainControl = control; }
    // Focuses the main control, or the first control of the page that takes Tab focus when the main
    // control is hidden or disabled right now.
    void focusMainControl();

protected:
    // `first` is true on the first activation: the moment to load data.
    virtual void onActivated(bool first);
    virtual void onDeactivated();

private:
    bool m_active = false;
    bool m_everActivated = false;
    QPointer<QWidget> m_mainControl;
};

} // namespace Moltdesk::Ui
