#pragma once

#include <QString>
#include <QUrl>

namespace Moltdesk::Ui {

// Markdown from a conversation (what a channel's sender or the model wrote) made safe to show in
// a rich-text label (docs/panel.md "Sessions"):
// - raw HTML is not interpreted (shown as text), so `<a href=…>` or `<img src=…>` does nothing;
// - only http, https and mailto links stay links; every other scheme (`file:`, `javascript:`,
//   `data:`, custom URL handlers, relative targets) becomes plain text;
// - a link whose text is not its target shows the target after it, "text (https://host/path…)",
//   so the operator sees where a click goes;
// - images are not loaded (a `file:` image would read a local file): "[image: alt]" instead.
class SafeMarkdown
{
public:
    static constexpr int MaxShownTargetLength = 60;

    // The HTML for QLabel/QTextDocument (Qt::RichText).
    static QString toHtml(const QString &markdown);
    // http, https and mailto only.
    static bool isOpenable(const QUrl &url);
};

} // namespace Moltdesk::Ui
