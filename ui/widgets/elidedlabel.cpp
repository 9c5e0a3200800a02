#include "widgets/elidedlabel.h"

#include <QEvent>
#include <QFontMetrics>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {
// Room for a few characters and the ellipsis: enough to recognise the text, never enough to push
// the buttons beside it off the window.
constexpr int MinimumCharacters = 8;
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setWordWrap(false);
    setTextFormat(Qt::PlainText); // data, never markup
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    setAccessibleName(text);
    updateGeometry();
    elide();
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics metrics(font());
    const QMargins margins = contentsMargins();
    const int width = qMin(metrics.horizontalAdvance(m_fullText),
                           metrics.horizontalAdvance(u'M') * MinimumCharacters + metrics.horizontalAdvance(u"…"_s));
    return {width + margins.left() + margins.right(), metrics.height() + margins.top() + margins.bottom()};
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics metrics(font());
    const QMargins margins = contentsMargins();
    return {metrics.horizontalAdvance(m_fullText) + margins.left() + margins.right(),
            metrics.height() + margins.top() + margins.bottom()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        elide();
    }
}

void ElidedLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_fullText, Qt::ElideRight, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace Moltdesk::Ui
