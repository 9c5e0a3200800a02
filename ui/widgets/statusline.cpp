#include "widgets/statusline.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

StatusLine::StatusLine(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // indeterminate: we never know how long SQLite takes
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(80);
    m_bar->setMaximumHeight(10);
    m_bar->setAccessibleName(tr("Loading"));
    m_bar->hide();
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

void StatusLine::begin(const QString &what)
{
    ++m_busy;
    m_bar->show();
    m_busyText = what;
    setMessage(what, false);
}

void StatusLine::end()
{
    if (m_busy > 0)
        --m_busy;
    if (m_busy == 0) {
        m_bar->hide();
        // Only the "Loading…" text goes; an outcome shown meanwhile ("Saved", an error) stays.
        if (!m_error && m_label->text() == m_busyText)
            m_label->clear();
    }
}

void StatusLine::showError(const QString &message)
{
    setMessage(message, true);
}

void StatusLine::showInfo(const QString &message)
{
    setMessage(message, false);
}

void StatusLine::clearMessage()
{
    setMessage({}, false);
}

QString StatusLine::text() const
{
    return m_label->text();
}

void StatusLine::setMessage(const QString &message, bool error)
{
    m_error = error && !message.isEmpty();
    m_label->setText(message);
    m_label->setStyleSheet(m_error ? u"color: #b3261e;"_s : QString());
    m_label->setAccessibleDescription(message);
}

} // namespace Moltdesk::Ui
