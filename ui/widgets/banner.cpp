#include "widgets/banner.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

Banner::Banner(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTone(Tone::Neutral);
}

void Banner::setTone(Tone tone)
{
    m_tone = tone;
    // Light backgrounds with dark text of the same hue keep WCAG contrast in light and dark themes.
    QString colours;
    switch (tone) {
    case Tone::Neutral:
        colours = u"background: #eef1f5; color: #1f2933; border: 1px solid #cfd6de;"_s;
        break;
    case Tone::Success:
        colours = u"background: #e7f6ec; color: #14532d; border: 1px solid #9fd8b2;"_s;
        break;
    case Tone::Warning:
        colours = u"background: #fff4e5; color: #663c00; border: 1px solid #ffcc80;"_s;
        break;
    case Tone::Error:
        colours = u"background: #fdecea; color: #7f1d1d; border: 1px solid #f5a3a0;"_s;
        break;
    }
    setStyleSheet(u"QLabel { %1 border-radius: 6px; padding: 10px 12px; }"_s.arg(colours));
}

} // namespace Moltdesk::Ui
