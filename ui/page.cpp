#include "page.h"

#include "widgets/statusline.h"

namespace Moltdesk::Ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::activate()
{
    if (m_active)
        return;
    m_active = true;
    const bool first = !m_everActivated;
    m_everActivated = true;
    onActivated(first);
}

void Page::deactivate()
{
    if (!m_active)
        return;
    m_active = false;
    onDeactivated();
}

bool Page::confirmLeave()
{
    return true;
}

QString Page::pendingWork() const
{
    const QList<StatusLine *> lines = findChildren<StatusLine *>();
    for (const StatusLine *line : lines) {
        if (line->isBusy())
            return tr("%1 is still working").arg(title());
    }
    return QString();
}

void Page::focusMainControl()
{
    if (m_mainControl && m_mainControl->isVisible() && m_mainControl->isEnabled()) {
        m_mainControl->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The focus chain is in tab order, so this is the control Tab would reach first.
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
            && !w->focusProxy()) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void Page::onActivated(bool)
{
}

void Page::onDeactivated()
{
}

} // namespace Moltdesk::Ui
