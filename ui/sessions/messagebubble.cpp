#include "sessions/messagebubble.h"

#include "sessions/safemarkdown.h"

#include <QDesktopServices>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

MessageBubble::MessageBubble(Kind kind, const QString &markdown, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setObjectName(u"messageBubble"_s);
    // As wide as the text needs, up to the row's share: a short "hi" is a small bubble.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    m_body = new QLabel(this);
    m_body->setObjectName(u"bubbleText"_s);
    m_body->setWordWrap(true);
    // The text is untrusted (a channel's sender, the model): rendered by SafeMarkdown, and a click
    // opens only http(s) and mailto, checked again here.
    m_body->setTextFormat(m_kind == Kind::Error ? Qt::PlainText : Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setOpenExternalLinks(false);
    connect(m_body, &QLabel::linkActivated, this, [](const QString &link) {
        const QUrl url(link);
        if (SafeMarkdown::isOpenable(url))
            QDesktopServices::openUrl(url);
    });
    layout->addWidget(m_body);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"bubbleMeta"_s);
    m_meta->setVisible(false);
    QFont small = m_meta->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_meta->setFont(small);
    m_meta->setStyleSheet(u"color: palette(mid);"_s);
    layout->addWidget(m_meta);
    setText(markdown);
    applyStyle();
}

void MessageBubble::setText(const QString &markdown)
{
    m_markdown = markdown;
    QString shown = markdown;
    if (m_typing)
        shown += (shown.isEmpty() ? QString() : u" "_s) + u"▍"_s;
    m_body->setText(m_kind == Kind::Error ? shown : SafeMarkdown::toHtml(shown));
    m_body->setAccessibleName(markdown);
}

QString MessageBubble::renderedText() const
{
    return m_body->text();
}

QString MessageBubble::meta() const
{
    return m_meta->text();
}

void MessageBubble::setMeta(const QString &meta)
{
    m_meta->setText(meta);
    m_meta->setVisible(!meta.isEmpty());
}

void MessageBubble::setTyping(bool typing)
{
    m_typing = typing;
    setText(m_markdown);
}

void MessageBubble::applyStyle()
{
    // Colours picked to read on light and dark palettes; the user's side is the accent colour.
    QString colours;
    switch (m_kind) {
    case Kind::User:
        colours = u"background: #dbeafe; color: #0f172a; border: 1px solid #bfdbfe;"_s;
        setAccessibleName(tr("Message from the user"));
        break;
    case Kind::Assistant:
        colours = u"background: #f1f5f9; color: #0f172a; border: 1px solid #e2e8f0;"_s;
        setAccessibleName(tr("Message from the agent"));
        break;
    case Kind::Error:
        colours = u"background: #fee2e2; color: #7f1d1d; border: 1px solid #fca5a5;"_s;
        setAccessibleName(tr("Error"));
        break;
    case Kind::Notice:
        colours = u"background: #fef9c3; color: #422006; border: 1px solid #fde68a;"_s;
        setAccessibleName(tr("Notice"));
        break;
    }
    setStyleSheet(u"QFrame#messageBubble { "_s + colours + u" border-radius: 10px; }"_s
                  + u" QLabel#bubbleMeta { color: #64748b; }"_s);
}

} // namespace Moltdesk::Ui
