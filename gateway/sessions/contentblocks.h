#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Moltdesk::Sessions {

// Helpers over canonical content blocks (Anthropic Messages API shapes,
// https://docs.anthropic.com/en/api/messages): text, image, tool_use, tool_result. Other block
// types (e.g. a provider's "thinking") are stored as they are if they carry a string "type".
class ContentBlocks
{
public:
    // Empty if `content` is a non-empty array of well-formed blocks; otherwise what is wrong,
    // naming the block index.
    static QString validate(const QJsonArray &content);

    // A user message that opens a turn: it has at least one block that is not a tool_result.
    static bool startsTurn(const QString &role, const QJsonArray &content);
    static QStringList toolUseIds(const QJsonArray &content);
    static QStringList toolResultIds(const QJsonArray &content);
};

} // namespace Moltdesk::Sessions
