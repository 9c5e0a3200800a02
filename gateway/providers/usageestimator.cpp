#include "providers/usageestimator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Moltdesk::Providers {

namespace {
// Counts the characters a model actually reads: text, tool names/inputs and results - not the
// JSON punctuation of the envelope. Images are not counted (their cost is model-specific).
qint64 contentChars(const QJsonValue &content)
{
    if (content.isString())
        return content.toString().size();
    qint64 chars = 0;
    for (const QJsonValue &block : content.toArray()) {
        const QString type = block[u"type"].toString();
        if (type == u"text") {
            chars += block[u"text"].toString().size();
        } else if (type == u"tool_use") {
            chars += block[u"name"].toString().size();
            chars += QJsonDocument(block[u"input"].toObject()).toJson(QJsonDocument::Compact).size();
        } else if (type == u"tool_result") {
            chars += contentChars(block[u"content"]);
        }
    }
    return chars;
}
} // namespace

TokenUsage UsageEstimator::estimate(const ProviderRequest &request, const QJsonArray &replyContent)
{
    qint64 promptChars = request.systemPrompt.size();
    for (const QJsonValue &message : request.messages)
        promptChars += contentChars(message[u"content"]);
    if (!request.tools.isEmpty())
        promptChars += QJsonDocument(request.tools).toJson(QJsonDocument::Compact).size();

    TokenUsage usage;
    usage.inputTokens = tokensForChars(promptChars);
    usage.outputTokens = tokensForChars(contentChars(replyContent));
    usage.estimated = true;
    return usage;
}

} // namespace Moltdesk::Providers
