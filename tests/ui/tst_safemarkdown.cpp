// The Sessions page shows conversation text that strangers and the model wrote. The attack: a
// message whose Markdown carries a clickable file:, javascript: or other link (or raw HTML, or an
// image that reads a local file), or a link whose text lies about where it goes. Rendered
// through the real MessageBubble, the document must hold no anchor but http(s)/mailto, no image,
// and every http link must show its target (docs/panel.md "Sessions").
#include "sessions/messagebubble.h"
#include "sessions/safemarkdown.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Moltdesk;

namespace {

struct Rendered
{
    QStringList hrefs;
    int images = 0;
    QString text;
};

Rendered render(const QString &markdown)
{
    Ui::MessageBubble bubble(Ui::MessageBubble::Kind::User, markdown);
    QTextDocument doc;
    doc.setHtml(bubble.renderedText());
    Rendered out;
    out.text = doc.toPlainText();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                ++out.images;
            if (format.isAnchor() || !format.anchorHref().isEmpty())
                out.hrefs << format.anchorHref();
        }
    }
    // The HTML itself carries no other anchor either (e.g. one Qt would only keep as markup).
    const QString html = bubble.renderedText();
    qsizetype at = 0;
    while ((at = html.indexOf(u"href=\""_s, at)) >= 0) {
        at += 6;
        out.hrefs << html.mid(at, html.indexOf(u'"', at) - at);
    }
    out.hrefs.removeDuplicates();
    return out;
}

bool allOpenable(const QStringList &hrefs)
{
    for (const QString &href : hrefs) {
        const QString scheme = QUrl(href).scheme().toLower();
        if (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s)
            return false;
    }
    return true;
}

} // namespace

class TestSafeMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void hostileLinksAreNotClickable_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("visible"); // the text still shown
        QTest::newRow("file link") << u"see [x](file:///etc/passwd) now"_s << u"x"_s;
        QTest::newRow("javascript link") << u"[y](javascript:alert(1))"_s << u"y"_s;
        QTest::newRow("javascript, odd case") << u"[y](JaVaScRiPt:alert(1))"_s << u"y"_s;
        QTest::newRow("data link") << u"[d](data:text/html;base64,PHNjcmlwdD4=)"_s << u"d"_s;
        QTest::newRow("custom handler") << u"[c](ms-settings:privacy)"_s << u"c"_s;
        QTest::newRow("relative path") << u"[r](/etc/passwd)"_s << u"r"_s;
        QTest::newRow("reference style") << u"[ref][1]\n\n[1]: file:///etc/shadow"_s << u"ref"_s;
        QTest::newRow("autolink with file scheme") << u"<file:///etc/passwd>"_s << u"file:///etc/passwd"_s;
        QTest::newRow("raw html anchor") << u"<a href=\"file:///etc/passwd\">z</a>"_s << u"z"_s;
        QTest::newRow("raw html block") << u"<div><a href='javascript:alert(1)'>w</a></div>"_s << u"w"_s;
        QTest::newRow("http link without a host") << u"[h](http:/etc/passwd)"_s << u"h"_s;
    }

    void hostileLinksAreNotClickable()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, visible);
        const Rendered rendered = render(markdown);
        QVERIFY2(rendered.hrefs.isEmpty(), qPrintable(rendered.hrefs.join(u", "_s)));
        QVERIFY2(rendered.text.contains(visible), qPrintable(rendered.text));
    }

    void webLinksShowWhereTheyGo_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("shown");
        QTest::newRow("text that lies") << u"[your bank](https://evil.example/login)"_s
                                        << u"https://evil.example/login"_s << u"your bank (https://evil.example/login)"_s;
        QTest::newRow("text that looks like another host") << u"[example.com](https://evil.example/example.com)"_s
                                                           << u"https://evil.example/example.com"_s
                                                           << u"example.com (https://evil.example/example.com)"_s;
        QTest::newRow("autolink") << u"<https://example.com/a>"_s << u"https://example.com/a"_s
                                  << u"https://example.com/a"_s;
        QTest::newRow("bare url") << u"go to https://example.com/b today"_s << u"https://example.com/b"_s
                                  << u"go to https://example.com/b today"_s;
        QTest::newRow("mailto") << u"[write](mailto:ops@example.com)"_s << u"mailto:ops@example.com"_s
                                << u"write (ops@example.com)"_s;
    }

    void webLinksShowWhereTheyGo()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, href);
        QFETCH(QString, shown);
        const Rendered rendered = render(markdown);
        QVERIFY(allOpenable(rendered.hrefs));
        QVERIFY2(rendered.hrefs.contains(href), qPrintable(rendered.hrefs.join(u", "_s)));
        QVERIFY2(rendered.text.contains(shown), qPrintable(rendered.text));
    }

    void longTargetsAreShortened()
    {
        const QString url = u"https://example.com/"_s + QString(200, u'a');
        const Rendered rendered = render(u"[click](%1)"_s.arg(url));
        QCOMPARE(rendered.hrefs, QStringList{url}); // the link itself is intact
        QVERIFY(rendered.text.contains(u"click (https://example.com/aaa"_s));
        QVERIFY(rendered.text.contains(u"…)"_s));
        QVERIFY(rendered.text.size() < 100);
    }

    void imagesAreNotLoaded()
    {
        const Rendered rendered = render(u"![secret](file:///etc/passwd) and ![x](https://example.com/t.png)"_s);
        QCOMPARE(rendered.images, 0);
        QVERIFY(rendered.text.contains(u"[image: file:///etc/passwd]"_s));
        QVERIFY(allOpenable(rendered.hrefs));
    }

    void ordinaryMarkdownStillRenders()
    {
        Ui::MessageBubble bubble(Ui::MessageBubble::Kind::Assistant, u"**bold** and `code`\n\n- item"_s);
        QTextDocument doc;
        doc.setHtml(bubble.renderedText());
        QCOMPARE(doc.toPlainText().trimmed(), u"bold and code\nitem"_s);
        QCOMPARE(bubble.text(), u"**bold** and `code`\n\n- item"_s); // the source is kept
    }

    void onlyWebAndMailSchemesOpen()
    {
        QVERIFY(Ui::SafeMarkdown::isOpenable(QUrl(u"https://example.com"_s)));
        QVERIFY(Ui::SafeMarkdown::isOpenable(QUrl(u"HTTP://example.com"_s)));
        QVERIFY(Ui::SafeMarkdown::isOpenable(QUrl(u"mailto:a@example.com"_s)));
        QVERIFY(!Ui::SafeMarkdown::isOpenable(QUrl(u"file:///etc/passwd"_s)));
        QVERIFY(!Ui::SafeMarkdown::isOpenable(QUrl(u"javascript:alert(1)"_s)));
        QVERIFY(!Ui::SafeMarkdown::isOpenable(QUrl(u"smb://host/share"_s)));
        QVERIFY(!Ui::SafeMarkdown::isOpenable(QUrl(u"/relative"_s)));
    }
};

QTEST_MAIN(TestSafeMarkdown)
#include "tst_safemarkdown.moc"
