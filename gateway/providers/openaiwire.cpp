#include "providers/openaiwire.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

using Kind = ProviderError::Kind;

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// tool_result content may be a string or canonical blocks; the tool role takes text only.
QString toolResultText(const QJsonObject &block)
{
    const QJsonValue content = block[u"content"];
    QString text;
    if (content.isString()) {
        text = content.toString();
    } else {
        QStringList parts;
        for (const QJsonValue &part : content.toArray()) {
            if (part[u"type"].toString() == u"text")
                parts.append(part[u"text"].toString());
            else if (part[u"type"].toString() == u"image")
                parts.append(u"[image omitted: the tool role carries text only]"_s);
        }
        text = parts.join(u'\n');
    }
    // OpenAI has no is_error flag; say it in the text so the model still knows.
    if (block[u"is_error"].toBool())
        text = u"Error: "_s + text;
    return text;
}

QJsonValue userContent(const QJsonArray &blocks)
{
    QJsonArray parts;
    QStringList texts;
    bool onlyText = true;
    for (const QJsonValue &block : blocks) {
        const QString type = block[u"type"].toString();
        if (type == u"text") {
            texts.append(block[u"text"].toString());
            parts.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, block[u"text"]}});
        } else if (type == u"image") {
            onlyText = false;
            const QJsonObject source = block[u"source"].toObject();
            const QString url = source[u"type"].toString() == u"url"
                                    ? source[u"url"].toString()
                                    : u"data:%1;base64,%2"_s.arg(source[u"media_type"].toString(),
                                                                 source[u"data"].toString());
            parts.append(QJsonObject{{u"type"_s, u"image_url"_s}, {u"image_url"_s, QJsonObject{{u"url"_s, url}}}});
        }
    }
    // Plain strings are what every compatible server accepts; parts only when images need them.
    if (onlyText)
        return texts.join(u'\n');
    return parts;
}

} // namespace

QJsonArray OpenAiWire::mapMessages(const QString &systemPrompt, const QJsonArray &canonical)
{
    QJsonArray out;
    if (!systemPrompt.isEmpty())
        out.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, systemPrompt}});

    for (const QJsonValue &messageValue : canonical) {
        const QJsonObject message = messageValue.toObject();
        const QString role = message[u"role"].toString();
        QJsonArray blocks;
        if (message[u"content"].isString())
            blocks.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, message[u"content"]}});
        else
            blocks = message[u"content"].toArray();

        if (role == u"assistant") {
            QStringList texts;
            QJsonArray toolCalls;
            for (const QJsonValue &block : std::as_const(blocks)) {
                const QString type = block[u"type"].toString();
                if (type == u"text") {
                    texts.append(block[u"text"].toString());
                } else if (type == u"tool_use") {
                    toolCalls.append(QJsonObject{
                        {u"id"_s, block[u"id"]},
                        {u"type"_s, u"function"_s},
                        {u"function"_s, QJsonObject{{u"name"_s, block[u"name"]},
                                                    {u"arguments"_s, compactJson(block[u"input"].toObject())}}}});
                }
            }
            QJsonObject wire{{u"role"_s, u"assistant"_s}};
            // content is null when the turn was only tool calls (API reference, assistant message).
            wire.insert(u"content"_s, texts.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(texts.join(u'\n')));
            if (!toolCalls.isEmpty())
                wire.insert(u"tool_calls"_s, toolCalls);
            out.append(wire);
            continue;
        }

        // A user turn: tool results become role "tool" messages (which must directly follow the
        // assistant's tool_calls), the rest stays one user message after them.
        QJsonArray rest;
        for (const QJsonValue &block : std::as_const(blocks)) {
            if (block[u"type"].toString() == u"tool_result") {
                out.append(QJsonObject{{u"role"_s, u"tool"_s},
                                       {u"tool_call_id"_s, block[u"tool_use_id"]},
                                       {u"content"_s, toolResultText(block.toObject())}});
            } else {
                rest.append(block);
            }
        }
        if (!rest.isEmpty())
            out.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, userContent(rest)}});
    }
    return out;
}

QJsonArray OpenAiWire::mapTools(const QJsonArray &canonicalTools)
{
    QJsonArray tools;
    for (const QJsonValue &tool : canonicalTools) {
        QJsonObject function{{u"name"_s, tool[u"name"]}, {u"parameters"_s, tool[u"input_schema"]}};
        if (tool[u"description"].isString())
            function.insert(u"description"_s, tool[u"description"]);
        tools.append(QJsonObject{{u"type"_s, u"function"_s}, {u"function"_s, function}});
    }
    return tools;
}

QByteArray OpenAiWire::requestBody(const ProviderRequest &request, Flavour flavour)
{
    QJsonObject body{{u"model"_s, request.model}, {u"messages"_s, mapMessages(request.systemPrompt, request.messages)}};
    // OpenAI deprecated max_tokens for max_completion_tokens (reasoning models reject the old
    // name); local servers generally only know max_tokens.
    body.insert(flavour == Flavour::OpenAi ? u"max_completion_tokens"_s : u"max_tokens"_s, request.maxOutputTokens);
    if (!request.tools.isEmpty())
        body.insert(u"tools"_s, mapTools(request.tools));
    if (request.stream) {
        body.insert(u"stream"_s, true);
        // Without this the stream carries no usage at all.
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> OpenAiWire::parseArguments(const QString &arguments, QString *error)
{
    if (arguments.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                              : u"not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

bool OpenAiWire::parseUsage(const QJsonValue &usageValue, TokenUsage *out)
{
    const QJsonObject usage = usageValue.toObject();
    if (usage.isEmpty() || !usage.contains(u"prompt_tokens"))
        return false;
    const qint64 prompt = usage[u"prompt_tokens"].toInteger();
    const qint64 cached = usage[u"prompt_tokens_details"][u"cached_tokens"].toInteger();
    out->cacheReadTokens = cached;
    out->inputTokens = std::max<qint64>(0, prompt - cached); // disjoint counts, see TokenUsage
    out->outputTokens = usage[u"completion_tokens"].toInteger();
    out->cacheWriteTokens = 0; // OpenAI caches automatically and bills no writes
    out->estimated = false;
    return true;
}

StopReason OpenAiWire::stopReason(const QString &finishReason)
{
    if (finishReason == u"tool_calls" || finishReason == u"function_call")
        return StopReason::ToolUse;
    if (finishReason == u"length")
        return StopReason::MaxTokens;
    if (finishReason == u"content_filter")
        return StopReason::Error;
    return StopReason::EndTurn; // "stop" (a stop sequence is not told apart by this API)
}

std::optional<ProviderResult> OpenAiWire::parseCompletion(const QJsonObject &completion, QString *error)
{
    const QJsonArray choices = completion[u"choices"].toArray();
    if (choices.isEmpty() || !choices.at(0)[u"message"].isObject()) {
        *error = u"the reply has no choices[0].message"_s;
        return std::nullopt;
    }
    const QJsonObject choice = choices.at(0).toObject();
    const QJsonObject message = choice[u"message"].toObject();
    ProviderResult result;
    result.messageId = completion[u"id"].toString();
    result.model = completion[u"model"].toString();
    result.stopReason = stopReason(choice[u"finish_reason"].toString());
    const QString text = message[u"content"].toString();
    if (!text.isEmpty())
        result.content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}});
    for (const QJsonValue &call : message[u"tool_calls"].toArray()) {
        const QJsonObject function = call[u"function"].toObject();
        QString argumentError;
        const std::optional<QJsonObject> input = parseArguments(function[u"arguments"].toString(), &argumentError);
        if (!input) {
            *error = u"tool call %1 has arguments that are not a JSON object: %2"_s.arg(call[u"id"].toString(),
                                                                                       argumentError);
            return std::nullopt;
        }
        result.content.append(QJsonObject{{u"type"_s, u"tool_use"_s},
                                          {u"id"_s, call[u"id"]},
                                          {u"name"_s, function[u"name"]},
                                          {u"input"_s, *input}});
    }
    if (!result.toolUses().isEmpty() && result.stopReason == StopReason::EndTurn)
        result.stopReason = StopReason::ToolUse; // some local servers say "stop" after tool calls
    parseUsage(completion[u"usage"], &result.usage);
    return result;
}

ProviderError OpenAiWire::classifyErrorObject(int httpStatus, const QJsonObject &error)
{
    const QString type = error[u"type"].toString();
    const QString code = error[u"code"].isString() ? error[u"code"].toString() : QString();
    const QString message = error[u"message"].toString();
    const QString text = message.isEmpty() ? u"OpenAI API error %1"_s.arg(code.isEmpty() ? type : code) : message;

    Kind kind = Kind::Server;
    // "You exceeded your current quota" arrives as a 429 like rate limits, but waiting does not
    // help (https://platform.openai.com/docs/guides/error-codes).
    if (code == u"insufficient_quota" || type == u"insufficient_quota" || code == u"billing_hard_limit_reached"
        || code == u"billing_not_active" || httpStatus == 402) {
        kind = Kind::SpendLimit;
    } else if (httpStatus == 429 || code == u"rate_limit_exceeded" || type == u"rate_limit_exceeded") {
        kind = Kind::RateLimited;
    } else if (httpStatus == 401 || httpStatus == 403 || code == u"invalid_api_key"
               || type == u"authentication_error") {
        kind = Kind::Auth;
    } else if (httpStatus == 408) {
        kind = Kind::Timeout;
    } else if (httpStatus == 529) {
        kind = Kind::Overloaded;
    } else if (httpStatus >= 500 || (httpStatus == 0 && type == u"server_error")) {
        kind = Kind::Server;
    } else if (httpStatus >= 400) {
        kind = Kind::BadRequest;
    }
    ProviderError result(kind, text, httpStatus);
    result.setProviderCode(code.isEmpty() ? type : code);
    return result;
}

ProviderError OpenAiWire::classify(int httpStatus, const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject error = doc[u"error"].toObject();
    if (error.isEmpty() && doc[u"error"].isString()) // Ollama: {"error":"message"}
        error.insert(u"message"_s, doc[u"error"]);
    if (error.isEmpty())
        error.insert(u"message"_s, u"HTTP %1 without an API error body"_s.arg(httpStatus));
    return classifyErrorObject(httpStatus, error);
}


} // namespace Moltdesk::Providers
