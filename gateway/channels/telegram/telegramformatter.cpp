#include "channels/telegram/telegramformatter.h"

#include "channels/telegram/markdownrenderer.h"
#include "channels/telegram/textsplitter.h"

namespace Moltdesk::Telegram {

namespace {

QString visibleText(const MarkdownRichText &text)
{
    QString out;
    for (const MarkdownSpan &span : text.spans())
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

    void add(const MarkdownRenderer::Unit &unit)
    {
        if (unit.text.plainLength() > m_limit) {
            addOversized(unit);
            return;
        }
        // plainLength() >= visibleLength(), so checking the plain length covers both versions.
        const qsizetype separator = m_current.isEmpty() ? 0 : qMax<qsizetype>(unit.separator.size(), 1);
        if (!m_current.isEmpty() && m_current.plainLength() + separator + unit.text.plainLength() > m_limit)
            flush();
        MarkdownRenderer::appendUnit(m_current, m_current.isEmpty() ? nullptr : &m_previous, unit);
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
    void addOversized(const MarkdownRenderer::Unit &unit)
    {
        flush();
        const QString plain = unit.text.plainText();
        const TextSplitter splitter(m_limit);
        for (const TextSplitter::Piece &piece : splitter.pieces(plain)) {
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
                MarkdownRichText text;
                text.append(plain);
                html = text.html();
            }
            m_chunks.append({html, plain});
        }
        m_current = {};
    }

    qsizetype m_limit;
    MarkdownRichText m_current;
    MarkdownRenderer::Unit m_previous;
    QList<TelegramFormatter::Chunk> m_chunks;
};

} // namespace

QList<TelegramFormatter::Chunk> TelegramFormatter::format(const QString &markdown, qsizetype limit)
{
    ChunkBuilder builder(qMax<qsizetype>(limit, 16));
    for (const MarkdownRenderer::Unit &unit : MarkdownRenderer::renderUnits(markdown))
        builder.add(unit);
    return builder.finish();
}

} // namespace Moltdesk::Telegram
