#include "sessions/safemarkdown.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Ui {

namespace {

struct LinkRange
{
    int start = 0;
    int end = 0;
    QString href;
    QString text;
};

struct ImageRange
{
    int start = 0;
    int length = 0;
    QString name;
};

QString shownTarget(const QUrl &url)
{
    QString shown = url.scheme() == u"mailto"_s ? url.path() : url.toDisplayString(QUrl::RemoveUserInfo);
    if (shown.size() > SafeMarkdown::MaxShownTargetLength)
        shown = shown.left(SafeMarkdown::MaxShownTargetLength - 1) + u'…';
    return shown;
}

QTextCharFormat plain(QTextCharFormat format)
{
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    format.clearProperty(QTextFormat::TextToolTip);
    format.clearForeground();
    format.setFontUnderline(false);
    return format;
}

} // namespace

bool SafeMarkdown::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"mailto"_s)
        return !url.path().isEmpty();
    return (scheme == u"http"_s || scheme == u"https"_s) && !url.host().isEmpty();
}

QString SafeMarkdown::toHtml(const QString &markdown)
{
    QTextDocument doc;
    // No raw HTML: it would bring its own anchors, images and styles.
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub)
                                  | QTextDocument::MarkdownNoHTML);

    QList<LinkRange> links;
    QList<ImageRange> images;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                images.append({fragment.position(), fragment.length(), format.toImageFormat().name()});
                continue;
            }
            if (!format.isAnchor() && format.anchorHref().isEmpty())
                continue;
            const QString href = format.anchorHref();
            // One link may span several fragments ("[**bold** text](…)").
            if (!links.isEmpty() && links.last().end == fragment.position() && links.last().href == href) {
                links.last().end += fragment.length();
                links.last().text += fragment.text();
            } else {
                links.append({fragment.position(), fragment.position() + fragment.length(), href, fragment.text()});
            }
        }
    }

    // From the end, so earlier positions stay valid while text is inserted or replaced.
    struct Edit
    {
        int position;
        std::function<void()> apply;
    };
    QList<Edit> edits;
    for (const LinkRange &link : std::as_const(links)) {
        edits.append({link.start, [&doc, link] {
                          QTextCursor cursor(&doc);
                          cursor.setPosition(link.start);
                          const QUrl url(link.href);
                          if (!isOpenable(url)) {
                              // Not clickable: the same text, no anchor, no link styling.
                              for (int pos = link.start; pos < link.end; ++pos) {
                                  cursor.setPosition(pos);
                                  cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
                                  cursor.setCharFormat(plain(cursor.charFormat()));
                              }
                              return;
                          }
                          for (int pos = link.start; pos < link.end; ++pos) {
                              cursor.setPosition(pos);
                              cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
                              QTextCharFormat format = cursor.charFormat();
                              format.setToolTip(url.toDisplayString());
                              cursor.setCharFormat(format);
                          }
                          const QString target = shownTarget(url);
                          const QString text = link.text.trimmed();
                          QString withoutScheme = url.toDisplayString(QUrl::RemoveScheme);
                          if (withoutScheme.startsWith(u"//"_s))
                              withoutScheme = withoutScheme.mid(2);
                          if (text == link.href || text == target || text == url.toDisplayString()
                              || text == withoutScheme || (url.scheme() == u"mailto"_s && text == url.path()))
                              return; // an autolink shows its target already
                          cursor.setPosition(link.end);
                          QTextCharFormat after = cursor.charFormat();
                          cursor.insertText(u" ("_s + target + u')', plain(after));
                      }});
    }
    for (const ImageRange &image : std::as_const(images)) {
        edits.append({image.start, [&doc, image] {
                          QTextCursor cursor(&doc);
                          cursor.setPosition(image.start);
                          cursor.setPosition(image.start + image.length, QTextCursor::KeepAnchor);
                          const QString name = image.name.left(MaxShownTargetLength);
                          cursor.insertText(u"[image: "_s + name + u']', plain(QTextCharFormat()));
                      }});
    }
    std::stable_sort(edits.begin(), edits.end(), [](const Edit &a, const Edit &b) { return a.position > b.position; });
    for (const Edit &edit : std::as_const(edits))
        edit.apply();
    return doc.toHtml();
}

} // namespace Moltdesk::Ui
