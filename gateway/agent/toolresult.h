#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Moltdesk::Agent {

// What a tool hands back: `content` is either a string or an array of canonical content blocks
// (text / image), exactly what goes into a tool_result block's "content".
struct ToolResult
{
    QJsonValue content = QString();
    bool isError = false;

    static ToolResult text(const QString &text) { return {text, false}; }
    static ToolResult error(const QString &message) { return {message, true}; }
    static ToolResult blocks(const QJsonArray &blocks) { return {blocks, false}; }
    static ToolResult json(const QJsonValue &value);

    // The canonical {"type":"tool_result","tool_use_id","content","is_error"} block.
    QJsonObject toBlock(const QString &toolUseId) const;

    // Concatenated text (string content, or every text block); what tests and logs look at.
    QString plainText() const;
    // Characters of text the model would read (images are not counted).
    qsizetype textLength() const;
    // Cut the text to at most `cap` characters in total and say so, so the model knows it saw a part.
    ToolResult truncated(qsizetype cap) const;
};

} // namespace Moltdesk::Agent
