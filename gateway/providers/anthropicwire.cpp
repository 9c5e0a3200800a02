#include "providers/anthropicwire.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

using Kind = ProviderError::Kind;

QByteArray AnthropicWire::requestBody(const ProviderRequest &request)
{
    QJsonObject body{{u"model"_s, request.model},
                     {u"max_tokens"_s, request.maxOutputTokens},
                     {u"messages"_s, request.messages}};
    if (!request.systemPrompt.isEmpty())
        body.insert(u"system"_s, request.systemPrompt);
    if (!request.tools.isEmpty()) {
        // Already {"name","description","input_schema"}; copy only those keys so nothing of
        // ours (e.g. timeouts) leaks onto the wire.
        QJsonArray tools;
        for (const QJsonValue &tool : request.tools) {
            QJsonObject wire{{u"name"_s, tool[u"name"]}, {u"input_schema"_s, tool[u"input_schema"]}};
            if (tool[u"description"].isString())
                wire.insert(u"description"_s, tool[u"description"]);
            tools.append(wire);
        }
        body.insert(u"tools"_s, tools);
    }
    if (request.stream)
        body.insert(u"stream"_s, true);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

TokenUsage AnthropicWire::parseUsage(const QJsonObject &usage, TokenUsage base)
{
    // message_delta usage is cumulative and may omit fields: keep what message_start said.
    if (usage.contains(u"input_tokens"))
        base.inputTokens = usage[u"input_tokens"].toInteger();
    if (usage.contains(u"output_tokens"))
        base.outputTokens = usage[u"output_tokens"].toInteger();
    if (usage.contains(u"cache_read_input_tokens"))
        base.cacheReadTokens = usage[u"cache_read_input_tokens"].toInteger();
    if (usage.contains(u"cache_creation_input_tokens"))
        base.cacheWriteTokens = usage[u"cache_creation_input_tokens"].toInteger();
    return base;
}

StopReason AnthropicWire::stopReason(const QString &wire)
{
    if (wire == u"tool_use")
        return StopReason::ToolUse;
    if (wire == u"max_tokens" || wire == u"model_context_window_exceeded")
        return StopReason::MaxTokens;
    if (wire == u"stop_sequence")
        return StopReason::StopSequence;
    if (wire == u"refusal")
        return StopReason::Error;
    return StopReason::EndTurn; // end_turn, pause_turn
}

bool AnthropicWire::isCanonicalBlock(const QString &type)
{
    return type == u"text" || type == u"tool_use";
}

std::optional<ProviderResult> AnthropicWire::parseMessage(const QJsonObject &message, QString *error)
{
    if (message[u"type"].toString() != u"message" || !message[u"content"].isArray()) {
        *error = u"the reply is not a Messages API message object"_s;
        return std::nullopt;
    }
    ProviderResult result;
    result.messageId = message[u"id"].toString();
    result.model = message[u"model"].toString();
    result.stopReason = stopReason(message[u"stop_reason"].toString());
    result.usage = parseUsage(message[u"usage"].toObject());
    for (const QJsonValue &block : message[u"content"].toArray()) {
        const QString type = block[u"type"].toString();
        if (type == u"text") {
            result.content.append(QJsonObject{{u"type"_s, type}, {u"text"_s, block[u"text"].toString()}});
        } else if (type == u"tool_use") {
            result.content.append(QJsonObject{{u"type"_s, type},
                                              {u"id"_s, block[u"id"].toString()},
                                              {u"name"_s, block[u"name"].toString()},
                                              {u"input"_s, block[u"input"].toObject()}});
        }
    }
    return result;
}

ProviderError AnthropicWire::classifyErrorObject(int httpStatus, const QJsonObject &error)
{
    const QString type = error[u"type"].toString();
    const QString message = error[u"message"].toString();
    const QString detailCode = error[u"details"][u"error_code"].toString();
    const QString text = message.isEmpty() ? u"Anthropic API error %1"_s.arg(type) : message;

    Kind kind = Kind::Server;
    // Spend caps look like other errors: 429 rate_limit_error with details.error_code
    // enforced_spend_limit_reached, 402 billing_error, or 400 "credit balance is too low".
    if (detailCode == u"enforced_spend_limit_reached" || type == u"billing_error" || httpStatus == 402
        || message.contains(u"credit balance"_s, Qt::CaseInsensitive)) {
        kind = Kind::SpendLimit;
    } else if (type == u"overloaded_error" || httpStatus == 529) {
        kind = Kind::Overloaded;
    } else if (type == u"rate_limit_error" || httpStatus == 429) {
        kind = Kind::RateLimited;
    } else if (type == u"authentication_error" || type == u"permission_error" || httpStatus == 401
               || httpStatus == 403) {
        kind = Kind::Auth;
    } else if (httpStatus == 408 || type == u"timeout_error") {
        kind = Kind::Timeout;
    } else if (type == u"api_error" || httpStatus >= 500) {
        kind = Kind::Server;
    } else if (type == u"invalid_request_error" || type == u"not_found_error"
               || type == u"request_too_large" || (httpStatus >= 400 && httpStatus < 500)) {
        kind = Kind::BadRequest;
    }
    ProviderError result(kind, text, httpStatus);
    result.setProviderCode(detailCode.isEmpty() ? type : detailCode);
    return result;
}

ProviderError AnthropicWire::classify(int httpStatus, const QByteArray &body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QJsonObject error = json[u"error"].toObject();
    if (error.isEmpty())
        error.insert(u"message"_s, u"HTTP %1 without an API error body"_s.arg(httpStatus));
    return classifyErrorObject(httpStatus, error);
}


} // namespace Moltdesk::Providers
