#include "providers/providerresult.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

QString ProviderResult::stopReasonName(StopReason reason)
{
    switch (reason) {
    case StopReason::EndTurn: return u"end_turn"_s;
    case StopReason::ToolUse: return u"tool_use"_s;
    case StopReason::MaxTokens: return u"max_tokens"_s;
    case StopReason::StopSequence: return u"stop_sequence"_s;
    case StopReason::Error: return u"error"_s;
    }
    return u"error"_s;
}

QJsonObject ProviderResult::toMessage() const
{
    return {{u"role"_s, u"assistant"_s}, {u"content"_s, content}};
}

QString ProviderResult::text() const
{
    QString text;
    for (const QJsonValue &block : content) {
        if (block[u"type"].toString() == u"text")
            text += block[u"text"].toString();
    }
    return text;
}

QJsonArray ProviderResult::toolUses() const
{
    QJsonArray uses;
    for (const QJsonValue &block : content) {
        if (block[u"type"].toString() == u"tool_use")
            uses.append(block);
    }
    return uses;
}

} // namespace Moltdesk::Providers
