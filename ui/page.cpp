#include "page.h"

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

void Page::onActivated(bool)
{
}

void Page::onDeactivated()
{
}

} // namespace Moltdesk::Ui
