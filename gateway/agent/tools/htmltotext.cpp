#include "agent/tools/htmltotext.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

// Elements whose content is never text a reader sees.
const QStringList kSkipped = {u"script"_s, u"style"_s, u"noscript"_s, u"template"_s, u"svg"_s,
                              u"head"_s,   u"iframe"_s, u"object"_s,  u"canvas"_s};

const QStringList kBlocks = {u"p"_s,       u"div"_s,    u"br"_s,     u"tr"_s,       u"h1"_s,     u"h2"_s,
                             u"h3"_s,      u"h4"_s,     u"h5"_s,     u"h6"_s,       u"section"_s, u"article"_s,
                             u"header"_s,  u"footer"_s, u"nav"_s,    u"aside"_s,    u"main"_s,   u"ul"_s,
                             u"ol"_s,      u"table"_s,  u"blockquote"_s, u"pre"_s,  u"hr"_s,     u"form"_s,
                             u"dl"_s,      u"dt"_s,     u"dd"_s,     u"figure"_s,   u"figcaption"_s, u"address"_s,
                             u"details"_s, u"summary"_s, u"body"_s,  u"html"_s,     u"title"_s};

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {u"amp"_s, U'&'},       {u"lt"_s, U'<'},        {u"gt"_s, U'>'},        {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},     {u"nbsp"_s, U' '},      {u"copy"_s, U'\u00a9'}, {u"reg"_s, U'\u00ae'},
        {u"trade"_s, U'\u2122'}, {u"hellip"_s, U'\u2026'}, {u"mdash"_s, U'\u2014'}, {u"ndash"_s, U'\u2013'},
        {u"lsquo"_s, U'\u2018'}, {u"rsquo"_s, U'\u2019'}, {u"ldquo"_s, U'\u201c'}, {u"rdquo"_s, U'\u201d'},
        {u"laquo"_s, U'\u00ab'}, {u"raquo"_s, U'\u00bb'}, {u"bull"_s, U'\u2022'}, {u"middot"_s, U'\u00b7'},
        {u"euro"_s, U'\u20ac'}, {u"pound"_s, U'\u00a3'}, {u"yen"_s, U'\u00a5'},  {u"cent"_s, U'\u00a2'},
        {u"sect"_s, U'\u00a7'}, {u"para"_s, U'\u00b6'}, {u"deg"_s, U'\u00b0'},  {u"plusmn"_s, U'\u00b1'},
        {u"times"_s, U'\u00d7'}, {u"divide"_s, U'\u00f7'}, {u"frac12"_s, U'\u00bd'}, {u"shy"_s, U'\u00ad'},
        {u"auml"_s, U'\u00e4'}, {u"ouml"_s, U'\u00f6'}, {u"uuml"_s, U'\u00fc'}, {u"Auml"_s, U'\u00c4'},
        {u"Ouml"_s, U'\u00d6'}, {u"Uuml"_s, U'\u00dc'}, {u"szlig"_s, U'\u00df'}, {u"eacute"_s, U'\u00e9'},
        {u"egrave"_s, U'\u00e8'}, {u"agrave"_s, U'\u00e0'}, {u"ccedil"_s, U'\u00e7'}, {u"rarr"_s, U'\u2192'},
        {u"larr"_s, U'\u2190'}, {u"zwj"_s, U'\u200d'}, {u"zwnj"_s, U'\u200c'},  {u"thinsp"_s, U'\u2009'},
        {u"ensp"_s, U'\u2002'}, {u"emsp"_s, U'\u2003'},
    };
    return entities;
}

QString fromCodePoint(char32_t cp)
{
    // Surrogates, NUL and out-of-range references decode to U+FFFD (HTML §13.2.5.80).
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    return QString::fromUcs4(&cp, 1);
}

QString attribute(const QString &tag, const QString &name)
{
    static const QRegularExpression re(
        uR"re(([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))re"_s);
    for (auto it = re.globalMatch(tag); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).compare(name, Qt::CaseInsensitive) == 0) {
            for (int g = 2; g <= 4; ++g) {
                if (m.capturedStart(g) >= 0)
                    return HtmlToText::decodeEntities(m.captured(g)).trimmed();
            }
        }
    }
    return {};
}

// Collapses whitespace inside lines, trims them and keeps at most one empty line between blocks.
QString tidy(const QString &raw)
{
    static const QRegularExpression spaces(u"[ \\t\\f\\v\\x{00a0}]+"_s);
    const QStringList lines = raw.split(u'\n');
    QStringList out;
    bool lastEmpty = true;
    for (const QString &line : lines) {
        const QString clean = QString(line).replace(spaces, u" "_s).trimmed();
        if (clean.isEmpty()) {
            if (!lastEmpty)
                out.append(QString());
            lastEmpty = true;
            continue;
        }
        out.append(clean);
        lastEmpty = false;
    }
    while (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

} // namespace

QString HtmlToText::decodeEntities(const QString &text)
{
    if (!text.contains(u'&'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out.append(c);
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out.append(c);
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        bool ok = false;
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const uint cp = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                out.append(fromCodePoint(char32_t(cp)));
                i = semi;
                continue;
            }
        } else if (const auto it = namedEntities().constFind(name); it != namedEntities().constEnd()) {
            out.append(fromCodePoint(*it));
            i = semi;
            continue;
        }
        out.append(c);
    }
    return out;
}

QString HtmlToText::title(const QString &html)
{
    static const QRegularExpression re(u"<title[^>]*>(.*?)</title\\s*>"_s,
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(html);
    return m.hasMatch() ? tidy(decodeEntities(m.captured(1))).replace(u'\n', u' ') : QString();
}

QString HtmlToText::convert(const QString &html, const QUrl &baseUrl)
{
    QString out;
    out.reserve(html.size() / 2);
    QString anchorHref;
    qsizetype anchorStart = -1;
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i) {
            // Newlines in source text are just whitespace; line breaks come from block elements.
            QString text = decodeEntities(html.mid(i, textEnd - i));
            text.replace(u'\n', u' ').replace(u'\r', u' ');
            out.append(text);
        }
        if (lt < 0)
            break;
        // "<" not followed by a tag name, "/", "!" or "?" is text (HTML §13.2.5.6, tag open state).
        const QChar next = lt + 1 < n ? html.at(lt + 1) : QChar();
        if (!(next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            out.append(u'<');
            i = lt + 1;
            continue;
        }
        if (html.mid(lt, 4) == u"<!--"_s) {
            const qsizetype end = html.indexOf(u"-->"_s, lt + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', lt + 1);
        if (gt < 0)
            break; // an unterminated tag at the end: drop it
        const QString tag = html.mid(lt + 1, gt - lt - 1);
        i = gt + 1;
        const bool closing = tag.startsWith(u'/');
        static const QRegularExpression nameRe(u"^/?\\s*([A-Za-z][A-Za-z0-9-]*)"_s);
        const QRegularExpressionMatch nm = nameRe.match(tag);
        if (!nm.hasMatch()) {
            // "<!DOCTYPE", "<?xml", or a stray "<" in text: a stray one is text, the rest are dropped.
            if (!tag.startsWith(u'!') && !tag.startsWith(u'?'))
                out.append(u'<' + decodeEntities(tag) + u'>');
            continue;
        }
        const QString name = nm.captured(1).toLower();
        if (!closing && kSkipped.contains(name) && !tag.endsWith(u'/')) {
            const QRegularExpression endRe(u"</\\s*"_s + name + u"\\s*>"_s, QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch end = endRe.match(html, i);
            i = end.hasMatch() ? end.capturedEnd() : n;
            continue;
        }
        if (name == u"a"_s) {
            if (!closing) {
                anchorHref = attribute(tag, u"href"_s);
                anchorStart = out.size();
            } else if (anchorStart >= 0) {
                const QString label = out.mid(anchorStart).simplified();
                const bool useful = !anchorHref.isEmpty() && !anchorHref.startsWith(u'#')
                    && !anchorHref.startsWith(u"javascript:"_s, Qt::CaseInsensitive);
                if (useful) {
                    const QUrl target = baseUrl.isValid() ? baseUrl.resolved(QUrl(anchorHref)) : QUrl(anchorHref);
                    const QString shown = target.toString();
                    if (label.isEmpty())
                        out.append(shown);
                    else if (label != shown)
                        out.append(u" ("_s + shown + u')');
                }
                anchorHref.clear();
                anchorStart = -1;
            }
            continue;
        }
        if (name == u"img"_s) {
            const QString alt = attribute(tag, u"alt"_s);
            if (!alt.isEmpty())
                out.append(u" [image: "_s + alt + u"] "_s);
            continue;
        }
        if (name == u"li"_s) {
            if (!closing)
                out.append(u"\n- "_s);
            continue;
        }
        if (name == u"td"_s || name == u"th"_s) {
            out.append(u" "_s);
            continue;
        }
        if (kBlocks.contains(name))
            out.append(name == u"p"_s || name.startsWith(u'h') ? u"\n\n"_s : u"\n"_s);
    }
    return tidy(out);
}

} // namespace Moltdesk::Agent
