#include "channels/telegram/markdowninlineparser.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

// Deeper emphasis nesting than this is left as literal text: it bounds the recursion when the
// tree is flattened, whatever the input.
constexpr int MaxNesting = 32;

struct Node
{
    enum class Kind { Text, Bold, Italic, Strike, Code, Link };
    Kind kind = Kind::Text;
    QString text;        // Text, Code; the raw destination for Link
    QList<Node> children;
    int depth = 0;
};

struct Item
{
    Node node;               // when !delimiter
    bool delimiter = false;
    QChar ch;
    int count = 0;
    int originalCount = 0;
    bool canOpen = false;
    bool canClose = false;
};

Node textNode(const QString &text)
{
    Node n;
    n.text = text;
    return n;
}

bool isAsciiPunctuation(QChar c)
{
    return c.unicode() < 128 && (c.isPunct() || c.isSymbol());
}

bool isSpace(QChar c) { return c.isSpace(); }

// CommonMark 0.31 counts Unicode P* and S* as punctuation for flanking; a surrogate half is an
// astral character, almost always an emoji (So).
bool isPunctuation(QChar c) { return c.isPunct() || c.isSymbol() || c.isSurrogate(); }

Node literal(const Item &item)
{
    return item.delimiter ? textNode(QString(item.count, item.ch)) : item.node;
}

// CommonMark spec, "Phase 2: inline structure" / "process emphasis", without the
// openers_bottom optimisation (inputs are single chat messages).
QList<Node> processEmphasis(QList<Item> items)
{
    qsizetype closer = 0;
    while (closer < items.size()) {
        const Item &c = items.at(closer);
        if (!c.delimiter || !c.canClose || c.count == 0) {
            ++closer;
            continue;
        }
        qsizetype opener = -1;
        for (qsizetype k = closer - 1; k >= 0; --k) {
            const Item &o = items.at(k);
            if (!o.delimiter || o.ch != c.ch || !o.canOpen || o.count == 0)
                continue;
            if (c.ch == u'~' && o.count != c.count)
                continue;
            const bool ruleOfThree = (o.canClose || c.canOpen) && (o.originalCount + c.originalCount) % 3 == 0
                && !(o.originalCount % 3 == 0 && c.originalCount % 3 == 0);
            if (ruleOfThree)
                continue;
            opener = k;
            break;
        }
        if (opener < 0) {
            ++closer;
            continue;
        }
        const int use = c.ch == u'~' ? c.count : (items.at(opener).count >= 2 && c.count >= 2 ? 2 : 1);
        int depth = 0;
        for (qsizetype k = opener + 1; k < closer; ++k)
            depth = qMax(depth, items.at(k).delimiter ? 0 : items.at(k).node.depth);
        if (depth + 1 > MaxNesting) {
            items[closer].canClose = false; // too deep: this closer stays literal
            continue;
        }
        Node wrap;
        wrap.kind = c.ch == u'~' ? Node::Kind::Strike : (use == 2 ? Node::Kind::Bold : Node::Kind::Italic);
        wrap.depth = depth + 1;
        for (qsizetype k = opener + 1; k < closer; ++k)
            wrap.children.append(literal(items.at(k)));
        items.remove(opener + 1, closer - opener - 1);
        Item wrapped;
        wrapped.node = wrap;
        items.insert(opener + 1, wrapped);
        closer = opener + 2;
        items[opener].count -= use;
        items[closer].count -= use;
        if (items.at(closer).count == 0)
            items.removeAt(closer);
        if (items.at(opener).count == 0) {
            items.removeAt(opener);
            --closer;
        }
    }
    QList<Node> nodes;
    for (const Item &item : items) {
        if (item.delimiter && item.count == 0)
            continue;
        nodes.append(literal(item));
    }
    return nodes;
}

struct LinkMatch
{
    qsizetype end = -1; // index after the closing ')'
    QString label;
    QString destination;
};

// [label](destination "title") starting at `start` (the '['). CommonMark "Links", simplified:
// balanced brackets in the label, balanced parentheses or <...> in the destination.
LinkMatch matchLink(QStringView s, qsizetype start)
{
    LinkMatch m;
    const qsizetype n = s.size();
    int depth = 0;
    qsizetype i = start;
    qsizetype close = -1;
    for (; i < n; ++i) {
        const QChar c = s.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'[') {
            ++depth;
        } else if (c == u']') {
            if (--depth == 0) {
                close = i;
                break;
            }
        }
    }
    if (close < 0 || close + 1 >= n || s.at(close + 1) != u'(')
        return m;
    i = close + 2;
    while (i < n && s.at(i) == u' ')
        ++i;
    QString destination;
    if (i < n && s.at(i) == u'<') {
        ++i;
        while (i < n && s.at(i) != u'>' && s.at(i) != u'\n')
            destination += s.at(i++);
        if (i >= n || s.at(i) != u'>')
            return m;
        ++i;
    } else {
        int parens = 0;
        while (i < n && !isSpace(s.at(i))) {
            const QChar c = s.at(i);
            if (c == u'(') {
                ++parens;
            } else if (c == u')') {
                if (parens == 0)
                    break;
                --parens;
            } else if (c == u'\\' && i + 1 < n && isAsciiPunctuation(s.at(i + 1))) {
                ++i;
            }
            destination += s.at(i++);
        }
    }
    while (i < n && isSpace(s.at(i)))
        ++i;
    if (i < n && (s.at(i) == u'"' || s.at(i) == u'\'')) { // a title: Telegram has no use for it
        const QChar quote = s.at(i++);
        while (i < n && s.at(i) != quote)
            ++i;
        if (i >= n)
            return m;
        ++i;
        while (i < n && isSpace(s.at(i)))
            ++i;
    }
    if (i >= n || s.at(i) != u')')
        return m;
    m.end = i + 1;
    m.label = s.mid(start + 1, close - start - 1).toString();
    m.destination = destination;
    return m;
}

// GFM "Autolinks (extension)": a bare URL ends at whitespace or '<', minus trailing punctuation
// and unbalanced closing parentheses.
qsizetype bareUrlEnd(QStringView s, qsizetype start)
{
    qsizetype end = start;
    while (end < s.size() && !isSpace(s.at(end)) && s.at(end) != u'<')
        ++end;
    while (end > start) {
        const QChar last = s.at(end - 1);
        if (u"?!.,:*_~'\""_s.contains(last)) {
            --end;
        } else if (last == u')') {
            const QStringView url = s.mid(start, end - start);
            if (url.count(u'(') >= url.count(u')'))
                break;
            --end;
        } else {
            break;
        }
    }
    return end;
}

QList<Node> parseInline(QStringView s, bool allowLinks);

void flush(QString &buffer, QList<Item> &items)
{
    if (buffer.isEmpty())
        return;
    Item item;
    item.node = textNode(buffer);
    items.append(item);
    buffer.clear();
}

QList<Node> parseInline(QStringView s, bool allowLinks)
{
    QList<Item> items;
    QString buffer;
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < n && isAsciiPunctuation(s.at(i + 1))) {
            buffer += s.at(i + 1);
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < n && s.at(i + run) == u'`')
                ++run;
            qsizetype j = i + run;
            qsizetype found = -1;
            while (j < n) {
                if (s.at(j) != u'`') {
                    ++j;
                    continue;
                }
                qsizetype other = 0;
                while (j + other < n && s.at(j + other) == u'`')
                    ++other;
                if (other == run) {
                    found = j;
                    break;
                }
                j += other;
            }
            if (found < 0) {
                buffer += QString(run, u'`');
                i += run;
                continue;
            }
            // CommonMark "Code spans": line endings become spaces; one leading and trailing
            // space is stripped when both are present and the content isn't all spaces.
            QString code = s.mid(i + run, found - i - run).toString();
            code.replace(u'\n', u' ');
            if (code.size() >= 2 && code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty())
                code = code.mid(1, code.size() - 2);
            flush(buffer, items);
            Item item;
            item.node.kind = Node::Kind::Code;
            item.node.text = code;
            items.append(item);
            i = found + run;
            continue;
        }
        if (allowLinks && c == u'<') {
            const qsizetype close = s.indexOf(u'>', i + 1);
            const QStringView inner = close > 0 ? s.mid(i + 1, close - i - 1) : QStringView();
            const bool autolink = !inner.isEmpty() && !inner.contains(u' ') && !inner.contains(u'<')
                && !inner.contains(u'\n') && !MarkdownInlineParser::linkTarget(inner.toString()).isEmpty();
            if (autolink) {
                flush(buffer, items);
                Item item;
                item.node.kind = Node::Kind::Link;
                item.node.text = inner.toString();
                item.node.children.append(textNode(inner.toString()));
                items.append(item);
                i = close + 1;
                continue;
            }
        }
        if (allowLinks && (c == u'[' || (c == u'!' && i + 1 < n && s.at(i + 1) == u'['))) {
            const qsizetype open = c == u'!' ? i + 1 : i;
            const LinkMatch link = matchLink(s, open);
            if (link.end > 0) {
                flush(buffer, items);
                Item item;
                item.node.kind = Node::Kind::Link;
                item.node.text = link.destination;
                item.node.children = parseInline(link.label, false);
                if (item.node.children.isEmpty())
                    item.node.children.append(textNode(c == u'!' ? u"image"_s : link.destination));
                items.append(item);
                i = link.end;
                continue;
            }
        }
        if (c == u'h' && (s.mid(i).startsWith(u"http://"_s) || s.mid(i).startsWith(u"https://"_s))
            && (i == 0 || !s.at(i - 1).isLetterOrNumber())) {
            const qsizetype end = bareUrlEnd(s, i);
            buffer += s.mid(i, end - i);
            i = end;
            continue;
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = 0;
            while (i + run < n && s.at(i + run) == c)
                ++run;
            if (c == u'~' && run != 2) {
                buffer += QString(run, c);
                i += run;
                continue;
            }
            const QChar prev = i > 0 ? s.at(i - 1) : u' ';
            const QChar next = i + run < n ? s.at(i + run) : u' ';
            // CommonMark "Emphasis and strong emphasis": left- and right-flanking delimiter runs.
            const bool left = !isSpace(next) && (!isPunctuation(next) || isSpace(prev) || isPunctuation(prev));
            const bool right = !isSpace(prev) && (!isPunctuation(prev) || isSpace(next) || isPunctuation(next));
            Item item;
            item.delimiter = true;
            item.ch = c;
            item.count = item.originalCount = int(qMin<qsizetype>(run, 1000));
            if (c == u'_') {
                item.canOpen = left && (!right || isPunctuation(prev));
                item.canClose = right && (!left || isPunctuation(next));
            } else {
                item.canOpen = left;
                item.canClose = right;
            }
            if (run > 1000) // absurd runs: the excess is plain text
                buffer += QString(run - 1000, c);
            flush(buffer, items);
            items.append(item);
            i += run;
            continue;
        }
        buffer += c;
        ++i;
    }
    flush(buffer, items);
    return processEmphasis(std::move(items));
}

QString plainOf(const QList<Node> &nodes)
{
    QString out;
    for (const Node &node : nodes)
        out += node.kind == Node::Kind::Text || node.kind == Node::Kind::Code ? node.text : plainOf(node.children);
    return out;
}

void emitNodes(const QList<Node> &nodes, const QList<MarkdownTag> &tags, bool restricted, MarkdownRichText &out)
{
    for (const Node &node : nodes) {
        switch (node.kind) {
        case Node::Kind::Text:
            out.append(node.text, tags);
            break;
        case Node::Kind::Code:
            out.append(node.text, restricted ? tags : tags + QList<MarkdownTag>{{MarkdownTag::Kind::Code, {}}});
            break;
        case Node::Kind::Bold:
            emitNodes(node.children, tags + QList<MarkdownTag>{{MarkdownTag::Kind::Bold, {}}}, restricted, out);
            break;
        case Node::Kind::Italic:
            emitNodes(node.children, tags + QList<MarkdownTag>{{MarkdownTag::Kind::Italic, {}}}, restricted, out);
            break;
        case Node::Kind::Strike:
            emitNodes(node.children, tags + QList<MarkdownTag>{{MarkdownTag::Kind::Strike, {}}}, restricted, out);
            break;
        case Node::Kind::Link: {
            const QString href = MarkdownInlineParser::linkTarget(node.text);
            const bool sameText = plainOf(node.children) == node.text;
            if (!href.isEmpty() && !restricted) {
                emitNodes(node.children, tags + QList<MarkdownTag>{{MarkdownTag::Kind::Link, href}}, restricted, out);
                if (!sameText)
                    out.append(u" ("_s + node.text + u")"_s, tags, true);
            } else {
                emitNodes(node.children, tags, restricted, out);
                if (!sameText && !node.text.isEmpty())
                    out.append(u" ("_s + node.text + u")"_s, tags);
            }
            break;
        }
        }
    }
}

} // namespace

void MarkdownInlineParser::render(const QString &source, const QList<MarkdownTag> &baseTags, MarkdownRichText &out)
{
    bool restricted = false;
    for (const MarkdownTag &tag : baseTags)
        restricted = restricted || tag.kind == MarkdownTag::Kind::Blockquote;
    emitNodes(parseInline(source, true), baseTags, restricted, out);
}

QString MarkdownInlineParser::toPlainText(const QString &source)
{
    MarkdownRichText text;
    render(source, {}, text);
    return text.plainText();
}

QString MarkdownInlineParser::linkTarget(const QString &destination)
{
    // Telegram's text links take http(s) and tg:// URLs (Bot API "formatting options"); anything
    // else (javascript:, data:, relative paths) is never made clickable.
    const QUrl url(destination.trimmed(), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme == u"tg"_s)
        return QString::fromLatin1(url.toEncoded());
    if ((scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty())
        return {};
    return QString::fromLatin1(url.toEncoded());
}

} // namespace Moltdesk::Telegram
