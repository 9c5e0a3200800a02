#include "agent/toolresult.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

QString truncationNote(qsizetype shown, qsizetype total)
{
    return u"\n[output truncated: %1 of %2 characters shown]"_s.arg(shown).arg(total);
}

// Never cut between the two halves of a surrogate pair: the JSON sent to the provider must stay valid UTF-16.
QString cutText(const QString &text, qsizetype length)
{
    if (length > 0 && length < text.size() && text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

} // namespace

ToolResult ToolResult::json(const QJsonValue &value)
{
    if (value.isString())
        return text(value.toString());
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return text(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QJsonObject ToolResult::toBlock(const QString &toolUseId) const
{
    return {{u"type"_s, u"tool_result"_s}, {u"tool_use_id"_s, toolUseId}, {u"content"_s, content},
            {u"is_error"_s, isError}};
}

QString ToolResult::plainText() const
{
    if (content.isString())
        return content.toString();
    QStringList parts;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        if (block[u"type"_s].toString() == u"text"_s)
            parts.append(block[u"text"_s].toString());
    }
    return parts.join(u'\n');
}

qsizetype ToolResult::textLength() const
{
    if (content.isString())
        return content.toString().size();
    qsizetype total = 0;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks)
        total += block[u"text"_s].toString().size();
    return total;
}

ToolResult ToolResult::truncated(qsizetype cap) const
{
    const qsizetype total = textLength();
    if (cap < 0 || total <= cap)
        return *this;
    if (content.isString()) {
        const QString cut = cutText(content.toString(), cap);
        return {QString(cut + truncationNote(cut.size(), total)), isError};
    }
    // Keep blocks in order, spending the budget on text blocks; once it is spent, text blocks go.
    QJsonArray out;
    qsizetype budget = cap;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &value : blocks) {
        QJsonObject block = value.toObject();
        if (block[u"type"_s].toString() != u"text"_s) {
            out.append(block);
            continue;
        }
        const QString text = block[u"text"_s].toString();
        if (budget <= 0)
            continue;
        const QString cut = cutText(text, budget);
        budget -= cut.size();
        block[u"text"_s] = cut;
        out.append(block);
    }
    out.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, truncationNote(cap - budget, total).trimmed()}});
    return {out, isError};
}

} // namespace Moltdesk::Agent
