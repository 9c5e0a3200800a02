#include "wizard/fieldmessage.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    setMinimumHeight(fontMetrics().height() * 2 + 4);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void FieldMessage::setMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    QString prefix;
    QString style;
    // Same colours as StatusLine / SecretRow, readable on light and dark palettes.
    switch (kind) {
    case Kind::None:
    case Kind::Hint:
        style = u"color: palette(placeholder-text);"_s;
        break;
    case Kind::Busy:
        prefix = u"⏳ "_s;
        break;
    case Kind::Success:
        prefix = u"✔ "_s;
        style = u"color: #1e7a3c; font-weight: bold;"_s;
        break;
    case Kind::Error:
        prefix = u"✖ "_s;
        style = u"color: #b3261e;"_s;
        break;
    }
    const QString full = text.isEmpty() ? QString() : prefix + text;
    setText(full);
    setStyleSheet(style.isEmpty() ? QString() : u"QLabel { %1 }"_s.arg(style));
    setAccessibleDescription(full);
}

} // namespace Moltdesk::Ui
