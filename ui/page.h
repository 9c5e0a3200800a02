#pragma once

#include <QIcon>
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

    // Called by MainWindow; subclasses override onActivated()/onDeactivated().
    void activate();
    void deactivate();

protected:
    // `first` is true on the first activation: the moment to load data.
    virtual void onActivated(bool first);
    virtual void onDeactivated();

private:
    bool m_active = false;
    bool m_everActivated = false;
};

} // namespace Moltdesk::Ui
