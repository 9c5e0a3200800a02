#pragma once

#include "channels/telegram/markdowntag.h"

#include <QList>
#include <QString>

namespace Moltdesk::Telegram {

// A run of text with the tags around it (outermost first). A plain-only span appears in the
// plain-text rendering but not in the HTML: e.g. " (https://…)" after a link's text, so the
// plain fallback still shows where the link pointed.
struct MarkdownSpan
{
    QString text;
    QList<MarkdownTag> tags;
    bool plainOnly = false;
};

} // namespace Moltdesk::Telegram
