#pragma once

#include <QString>
#include <QUrl>

namespace Moltdesk::Agent {

// Reduces an HTML page to the text a reader sees, for a model with a limited context: scripts,
// styles and comments go, block elements become line breaks, character references are decoded
// (HTML Living Standard §13.5, named references for the common subset), whitespace is collapsed,
// and a link keeps its target as "text (absolute URL)". Not a full HTML parser: it never needs to
// render, only to read, and it must never fail on malformed markup.
class HtmlToText
{
public:
    static QString convert(const QString &html, const QUrl &baseUrl = {});
    static QString title(const QString &html);
    static QString decodeEntities(const QString &text);
};

} // namespace Moltdesk::Agent
