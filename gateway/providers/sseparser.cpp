#include "providers/sseparser.h"

namespace Moltdesk::Providers {

namespace {
const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

// QString::fromUtf8 drops a leading BOM, but past the stream's start a BOM is content (it then
// makes the line's field name unknown, as the spec implies).
QString decodeLine(const char *data, qsizetype size)
{
    const QByteArrayView line(data, size);
    if (line.startsWith(kBom))
        return QChar(0xFEFF) + QString::fromUtf8(line.sliced(kBom.size()));
    return QString::fromUtf8(line);
}
} // namespace

QList<SseMessage> SseParser::feed(const QByteArray &chunk)
{
    QList<SseMessage> out;
    m_buffer.append(chunk);

    if (!m_bomChecked) {
        // A chunk may end inside the three BOM bytes: wait until we can decide.
        if (m_buffer.size() < kBom.size() && kBom.startsWith(m_buffer))
            return out;
        if (m_buffer.startsWith(kBom))
            m_buffer.remove(0, kBom.size());
        m_bomChecked = true;
    }

    qsizetype pos = 0;
    if (m_skipLeadingLf && !m_buffer.isEmpty()) {
        if (m_buffer.at(0) == '\n')
            pos = 1;
        m_skipLeadingLf = false;
    }

    // Lines end with CRLF, LF or a lone CR (spec: "end-of-line").
    const qsizetype size = m_buffer.size();
    qsizetype lineStart = pos;
    for (qsizetype i = pos; i < size; ++i) {
        const char c = m_buffer.at(i);
        if (c != '\n' && c != '\r')
            continue;
        processLine(decodeLine(m_buffer.constData() + lineStart, i - lineStart), out);
        if (c == '\r') {
            if (i + 1 < size) {
                if (m_buffer.at(i + 1) == '\n')
                    ++i;
            } else {
                m_skipLeadingLf = true; // the LF (if any) comes with the next chunk
            }
        }
        lineStart = i + 1;
    }
    m_buffer.remove(0, lineStart);
    return out;
}

bool SseParser::hasPendingData() const
{
    return !m_buffer.isEmpty() || m_fieldsSeen;
}

void SseParser::processLine(const QString &line, QList<SseMessage> &out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.startsWith(u':'))
        return; // comment, e.g. keep-alive

    QString field;
    QString value;
    const qsizetype colon = line.indexOf(u':');
    if (colon < 0) {
        field = line; // a field with an empty value
    } else {
        field = line.left(colon);
        value = line.mid(colon + 1);
        if (value.startsWith(u' '))
            value.remove(0, 1); // only one leading space is dropped
    }

    m_fieldsSeen = true;
    if (field == u"event") {
        m_eventType = value;
    } else if (field == u"data") {
        if (m_hasData)
            m_data.append(u'\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == u"id") {
        if (!value.contains(QChar(u'\0')))
            m_lastEventId = value;
    } else if (field == u"retry") {
        bool allDigits = !value.isEmpty();
        for (const QChar ch : std::as_const(value))
            allDigits = allDigits && ch >= u'0' && ch <= u'9';
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (allDigits && ok)
            m_retryMs = ms;
    }
    // Any other field name is ignored, as the spec requires.
}

void SseParser::dispatch(QList<SseMessage> &out)
{
    // Spec: if the data buffer is empty, reset the buffers and do not dispatch.
    if (m_hasData) {
        SseMessage message;
        message.event = m_eventType.isEmpty() ? QStringLiteral("message") : m_eventType;
        message.data = m_data;
        message.lastEventId = m_lastEventId;
        out.append(std::move(message));
    }
    m_eventType.clear();
    m_data.clear();
    m_hasData = false;
    m_fieldsSeen = false;
}

} // namespace Moltdesk::Providers
