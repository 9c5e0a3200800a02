#include "channels/telegram/telegramformatter.h"

#include "channels/markdownparser.h"
#include "channels/telegram/telegramhtml.h"
#include "channels/textsplitter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Telegram {

namespace {

using Channels::RichText::Block;
using Channels::RichText::Mark;
using Channels::RichText::Span;

// One rendered block: what the chunker packs and, when too long, cuts.
struct Unit
{
    HtmlText text;
    QList<HtmlTag> container; // tags around the whole unit (a blockquote)
    QString separator;        // what goes before it when it follows another unit
};

QList<HtmlTag> with(const QList<HtmlTag> &tags, HtmlTag::Kind kind, const QString &attribute = {})
{
    QList<HtmlTag> out = tags;
    out.append({kind, attribute});
    return out;
}

// A language name for class="language-x": letters, digits and + # . _ - only, so the attribute
// never carries anything odd (it is escaped anyway).
QString cleanLanguage(const QString &language)
{
    QString out;
    for (const QChar c : language) {
        if (c.isLetterOrNumber() || u"+#._-"_s.contains(c))
            out += c;
    }
    return out.left(32);
}

QString bulletFor(int listDepth)
{
    static const QString bullets[] = {u"•"_s, u"◦"_s, u"▪"_s};
    return bullets[qBound(0, listDepth, 2)];
}

// Telegram's text links take http(s) and tg:// URLs (Bot API "formatting options"); anything
// else (javascript:, data:, relative paths) is never made clickable. Empty when not allowed.
QString linkTarget(const QString &destination)
{
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

// Inline spans inside `base`. Inside a blockquote links and code can't be entities (Telegram
// forbids the nesting), so a link reads "label (url)" and code is bare text. A link whose label
// is not its URL is followed by " (url)": visible when the link can't be an entity, plain-only
// (the fallback still shows where it pointed) when it is one.
void appendSpans(HtmlText &out, const QList<Span> &spans, const QList<HtmlTag> &base, bool quoted)
{
    qsizetype linkStart = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span &span = spans.at(i);
        const Mark *link = span.link();
        QList<HtmlTag> tags = base;
        QList<HtmlTag> outsideLink;
        QString href;
        for (const Mark &mark : span.marks) {
            switch (mark.kind) {
            case Mark::Kind::Bold: tags.append({HtmlTag::Kind::Bold, {}}); break;
            case Mark::Kind::Italic: tags.append({HtmlTag::Kind::Italic, {}}); break;
            case Mark::Kind::Strike: tags.append({HtmlTag::Kind::Strike, {}}); break;
            case Mark::Kind::Code:
                if (!quoted)
                    tags.append({HtmlTag::Kind::Code, {}});
                break;
            case Mark::Kind::Link:
                if (&mark != link)
                    break; // an image inside a link: the outer link wins
                outsideLink = tags;
                href = quoted || mark.bareUrl ? QString() : linkTarget(mark.url);
                if (!href.isEmpty())
                    tags.append({HtmlTag::Kind::Link, href});
                break;
            }
        }
        if (link && (i == 0 || !spans.at(i - 1).link() || spans.at(i - 1).link()->link != link->link))
            linkStart = i;
        out.append(span.text, tags);
        const bool linkEnds = link
            && (i + 1 == spans.size() || !spans.at(i + 1).link() || spans.at(i + 1).link()->link != link->link);
        if (!linkEnds || link->bareUrl || link->url.isEmpty())
            continue;
        QString label;
        for (qsizetype k = linkStart; k <= i; ++k)
            label += spans.at(k).text;
        if (label != link->url)
            out.append(u" ("_s + link->url + u')', outsideLink, !href.isEmpty());
    }
}

HtmlText renderTable(const QList<QStringList> &rows, const QList<HtmlTag> &container, bool quoted)
{
    qsizetype columns = 0;
    for (const QStringList &row : rows)
        columns = qMax(columns, row.size());
    QList<qsizetype> widths(columns, 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths.at(c), row.at(c).size());
    }
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList padded;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString cell = c < rows.at(r).size() ? rows.at(r).at(c) : QString();
            padded.append(c + 1 < columns ? cell.leftJustified(widths.at(c)) : cell);
        }
        QString line = padded.join(u" | "_s);
        while (line.endsWith(u' '))
            line.chop(1);
        lines.append(line);
        if (r == 0) {
            QStringList rule;
            for (qsizetype c = 0; c < columns; ++c)
                rule.append(QString(qMax<qsizetype>(widths.at(c), 1), QChar(0x2500)));
            lines.append(rule.join(u"─┼─"_s));
        }
    }
    HtmlText out;
    // No pre inside a blockquote (Telegram nesting rules): the lines stay, unaligned.
    out.append(lines.join(u'\n'), quoted ? container : with(container, HtmlTag::Kind::Pre));
    return out;
}

QList<Unit> renderUnits(const QString &markdown)
{
    QList<Unit> units;
    QList<qsizetype> markerWidths; // per list depth: the width of the open item's marker and space
    const auto indentFor = [&markerWidths](qsizetype levels) {
        qsizetype width = 0;
        for (qsizetype d = 0; d < qMin(levels, markerWidths.size()); ++d)
            width += markerWidths.at(d);
        return QString(width, u' ');
    };
    for (const Block &block : Channels::MarkdownParser::parse(markdown).blocks) {
        const bool quoted = block.quoteDepth > 0;
        Unit unit;
        if (quoted)
            unit.container.append({HtmlTag::Kind::Blockquote, {}});
        unit.separator = block.blankBefore ? u"\n\n"_s : u"\n"_s;
        const QList<HtmlTag> &container = unit.container;
        switch (block.kind) {
        case Block::Kind::Paragraph: {
            const QString indent = indentFor(block.listDepth);
            HtmlText text;
            appendSpans(text, block.spans, container, quoted);
            unit.text.append(indent, container);
            unit.text.append(indent.isEmpty() ? text : text.indented(indent));
            break;
        }
        case Block::Kind::Heading:
            unit.text.append(indentFor(block.listDepth), container);
            appendSpans(unit.text, block.spans, with(container, HtmlTag::Kind::Bold), quoted);
            break;
        case Block::Kind::ListItem: {
            const qsizetype depth = qMax(block.listDepth, 1);
            QString marker = block.number > 0 ? QString::number(block.number) + u'.' : bulletFor(int(depth - 1));
            if (block.task != Block::Task::None) {
                const QString box = block.task == Block::Task::Done ? u"☑"_s : u"☐"_s;
                marker = block.number > 0 ? marker + u' ' + box : box;
            }
            const QString indent = indentFor(depth - 1);
            markerWidths.resize(depth);
            markerWidths[depth - 1] = marker.size() + 1;
            HtmlText text;
            appendSpans(text, block.spans, container, quoted);
            unit.text.append(indent + marker + u' ', container);
            unit.text.append(text.indented(indentFor(depth)));
            break;
        }
        case Block::Kind::CodeBlock:
            if (block.text.isEmpty())
                continue; // an empty <pre> says nothing and Telegram may reject an empty entity
            if (quoted) // no pre inside a blockquote (Telegram nesting rules): keep the lines
                unit.text.append(block.text, container);
            else
                unit.text.append(block.text, with(container, HtmlTag::Kind::Pre, cleanLanguage(block.language)));
            break;
        case Block::Kind::Table:
            unit.text = renderTable(block.rows, container, quoted);
            break;
        case Block::Kind::Rule:
            unit.text.append(indentFor(block.listDepth) + QString(12, QChar(0x2500)), container);
            break;
        }
        if (unit.text.plainLength() > 0)
            units.append(unit);
    }
    return units;
}

// Appends `unit` to `out`, preceded by its separator when `previous` is set; the separator stays
// inside the container both units share, so consecutive quoted lines stay one quote.
void appendUnit(HtmlText &out, const Unit *previous, const Unit &unit)
{
    if (previous && !out.isEmpty()) {
        const qsizetype shared = HtmlTag::commonPrefix(previous->container, unit.container);
        out.append(unit.separator.isEmpty() ? u"\n"_s : unit.separator, previous->container.first(shared));
    }
    out.append(unit.text);
}

HtmlText render(const QString &markdown)
{
    const QList<Unit> units = renderUnits(markdown);
    HtmlText out;
    for (qsizetype i = 0; i < units.size(); ++i)
        appendUnit(out, i > 0 ? &units.at(i - 1) : nullptr, units.at(i));
    return out;
}

QString visibleText(const HtmlText &text)
{
    QString out;
    for (const HtmlSpan &span : text.spans())
        out += span.plainOnly ? QString() : span.text;
    return out;
}

class ChunkBuilder
{
public:
    explicit ChunkBuilder(qsizetype limit)
        : m_limit(limit)
    {
    }

    void add(const Unit &unit)
    {
        if (unit.text.plainLength() > m_limit) {
            addOversized(unit);
            return;
        }
        // plainLength() >= visibleLength(), so checking the plain length covers both versions.
        const qsizetype separator = m_current.isEmpty() ? 0 : qMax<qsizetype>(unit.separator.size(), 1);
        if (!m_current.isEmpty() && m_current.plainLength() + separator + unit.text.plainLength() > m_limit)
            flush();
        appendUnit(m_current, m_current.isEmpty() ? nullptr : &m_previous, unit);
        m_previous = unit;
    }

    QList<TelegramFormatter::Chunk> finish()
    {
        flush();
        return m_chunks;
    }

private:
    // One block longer than a message: cut its text (plain text, which contains the visible
    // text) into pieces and send each piece's spans as its own chunk.
    void addOversized(const Unit &unit)
    {
        flush();
        const QString plain = unit.text.plainText();
        const Channels::TextSplitter splitter(m_limit);
        for (const Channels::TextSplitter::Piece &piece : splitter.pieces(plain)) {
            m_current = unit.text.slice(piece.start, piece.length);
            flush();
        }
    }

    void flush()
    {
        if (m_current.isEmpty())
            return;
        const QString plain = m_current.plainText();
        if (!plain.trimmed().isEmpty()) {
            QString html = m_current.html();
            if (visibleText(m_current).trimmed().isEmpty()) {
                // Only plain-only text (a link's " (url)") landed here: send it visibly rather
                // than an empty message, which Telegram rejects.
                HtmlText text;
                text.append(plain);
                html = text.html();
            }
            m_chunks.append({html, plain});
        }
        m_current = {};
    }

    qsizetype m_limit;
    HtmlText m_current;
    Unit m_previous;
    QList<TelegramFormatter::Chunk> m_chunks;
};

} // namespace

QList<TelegramFormatter::Chunk> TelegramFormatter::format(const QString &markdown, qsizetype limit)
{
    ChunkBuilder builder(qMax<qsizetype>(limit, 16));
    for (const Unit &unit : renderUnits(markdown))
        builder.add(unit);
    return builder.finish();
}

QString TelegramFormatter::toHtml(const QString &markdown)
{
    return render(markdown).html();
}

QString TelegramFormatter::toPlainText(const QString &markdown)
{
    return render(markdown).plainText();
}

} // namespace Moltdesk::Telegram
