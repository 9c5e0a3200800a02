#include "providers/openaicall.h"

#include "providers/usageestimator.h"

#include <QJsonDocument>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

using Kind = ProviderError::Kind;

OpenAiCall::OpenAiCall(QNetworkAccessManager *network, OpenAiWire::Flavour flavour, ProviderRequest request,
                       ProviderEndpoint endpoint, QObject *parent)
    : ProviderCall(std::move(request), std::move(endpoint), parent)
{
    QNetworkRequest http(this->endpoint().apiUrl(u"chat/completions"_s));
    http.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    // Local servers need no key; sending an empty Bearer would only confuse proxies.
    if (!this->endpoint().apiKey.isEmpty())
        http.setRawHeader("authorization"_ba, "Bearer "_ba + this->endpoint().apiKey.toUtf8());
    if (this->request().stream)
        http.setRawHeader("accept"_ba, "text/event-stream"_ba);
    send(network, http, OpenAiWire::requestBody(this->request(), flavour));
}

ProviderError OpenAiCall::classifyHttpError(int status, const QByteArray &body) const
{
    return OpenAiWire::classify(status, body);
}

void OpenAiCall::handleBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError(Kind::Malformed, u"the reply is not JSON: %1"_s.arg(parseError.errorString()), 200));
        return;
    }
    QString error;
    std::optional<ProviderResult> result = OpenAiWire::parseCompletion(doc.object(), &error);
    if (!result) {
        fail(ProviderError(Kind::Malformed, error, 200));
        return;
    }
    if (!doc[u"usage"][u"prompt_tokens"].isDouble())
        result->usage = UsageEstimator::estimate(request(), result->content);
    succeed(*result);
}

void OpenAiCall::handleSseMessage(const SseMessage &message)
{
    if (message.data.trimmed() == u"[DONE]") {
        onDone();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError(Kind::Malformed, u"bad JSON in a stream data line: %1"_s.arg(parseError.errorString()), 200));
        return;
    }
    const QJsonObject chunk = doc.object();
    if (chunk[u"error"].isObject()) {
        // A failure after the 200 went out arrives as a chunk {"error":{...}}.
        fail(OpenAiWire::classifyErrorObject(0, chunk[u"error"].toObject()));
        return;
    }
    onChunk(chunk);
}

void OpenAiCall::onChunk(const QJsonObject &chunk)
{
    if (m_messageId.isEmpty())
        m_messageId = chunk[u"id"].toString();
    if (m_model.isEmpty())
        m_model = chunk[u"model"].toString();
    // The include_usage chunk comes last, with empty choices.
    if (OpenAiWire::parseUsage(chunk[u"usage"], &m_usage))
        m_haveUsage = true;

    for (const QJsonValue &choiceValue : chunk[u"choices"].toArray()) {
        const QJsonObject choice = choiceValue.toObject();
        if (choice[u"index"].toInt(0) != 0)
            continue; // we never ask for n > 1
        const QJsonObject delta = choice[u"delta"].toObject();
        const QString text = delta[u"content"].toString();
        if (!text.isEmpty()) {
            m_text += text;
            emit textDelta(text);
        }
        const QJsonArray toolCalls = delta[u"tool_calls"].toArray();
        for (qsizetype i = 0; i < toolCalls.size(); ++i)
            onToolCallDelta(toolCalls.at(i).toObject(), int(i));
        if (choice[u"finish_reason"].isString())
            m_finishReason = choice[u"finish_reason"].toString();
    }
}

void OpenAiCall::onToolCallDelta(const QJsonObject &delta, int position)
{
    // id and name arrive with a call's first delta, then only {"index", "function":{"arguments"}}
    // pieces; parallel calls interleave by index.
    const int index = delta[u"index"].toInt(position);
    const QJsonObject function = delta[u"function"].toObject();
    const bool isNew = !m_toolCalls.contains(index);
    ToolCall &call = m_toolCalls[index];
    if (call.id.isEmpty())
        call.id = delta[u"id"].toString();
    if (call.name.isEmpty())
        call.name = function[u"name"].toString();
    if (isNew) {
        if (call.id.isEmpty())
            call.id = u"call_%1"_s.arg(index); // some local servers send no id
        emit toolCallStarted(call.id, call.name);
    }
    const QString piece = function[u"arguments"].toString();
    if (!piece.isEmpty()) {
        call.arguments += piece;
        const QString id = call.id;
        emit toolInputDelta(id, piece);
    }
}

void OpenAiCall::onDone()
{
    ProviderResult result;
    result.messageId = m_messageId;
    result.model = m_model;
    if (!m_text.isEmpty())
        result.content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, m_text}});
    for (const ToolCall &call : std::as_const(m_toolCalls)) {
        QString error;
        const std::optional<QJsonObject> input = OpenAiWire::parseArguments(call.arguments, &error);
        if (!input) {
            fail(ProviderError(Kind::Malformed,
                               u"tool call %1 has arguments that are not a JSON object: %2"_s.arg(call.id, error), 200));
            return;
        }
        result.content.append(QJsonObject{{u"type"_s, u"tool_use"_s},
                                          {u"id"_s, call.id},
                                          {u"name"_s, call.name},
                                          {u"input"_s, *input}});
    }
    result.stopReason = OpenAiWire::stopReason(m_finishReason);
    if (!m_toolCalls.isEmpty() && result.stopReason == StopReason::EndTurn)
        result.stopReason = StopReason::ToolUse;
    result.usage = m_haveUsage ? m_usage : UsageEstimator::estimate(request(), result.content);
    succeed(result);
}

} // namespace Moltdesk::Providers
