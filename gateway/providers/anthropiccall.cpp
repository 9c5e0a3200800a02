#include "providers/anthropiccall.h"

#include "base/logging.h"
#include "providers/anthropicwire.h"

#include <QJsonDocument>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Moltdesk::Providers {

using Kind = ProviderError::Kind;

AnthropicCall::AnthropicCall(QNetworkAccessManager *network, ProviderRequest request,
                             ProviderEndpoint endpoint, QObject *parent)
    : ProviderCall(std::move(request), std::move(endpoint), parent)
{
    QNetworkRequest http(this->endpoint().apiUrl(u"messages"_s));
    http.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    http.setRawHeader("x-api-key"_ba, this->endpoint().apiKey.toUtf8());
    // The API requires an explicit version (https://docs.anthropic.com/en/api/versioning).
    http.setRawHeader("anthropic-version"_ba, AnthropicWire::kApiVersion);
    if (this->request().stream)
        http.setRawHeader("accept"_ba, "text/event-stream"_ba);
    send(network, http, AnthropicWire::requestBody(this->request()));
}

ProviderError AnthropicCall::classifyHttpError(int status, const QByteArray &body) const
{
    return AnthropicWire::classify(status, body);
}

void AnthropicCall::handleBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError(Kind::Malformed, u"the reply is not JSON: %1"_s.arg(parseError.errorString()), 200));
        return;
    }
    QString error;
    const std::optional<ProviderResult> result = AnthropicWire::parseMessage(doc.object(), &error);
    if (!result) {
        fail(ProviderError(Kind::Malformed, error, 200));
        return;
    }
    succeed(*result);
}

void AnthropicCall::handleSseMessage(const SseMessage &message)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(message.data.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ProviderError(Kind::Malformed,
                           u"bad JSON in the data of a '%1' event: %2"_s.arg(message.event, parseError.errorString()),
                           200));
        return;
    }
    const QJsonObject event = doc.object();
    // The data's "type" always equals the SSE event name; trust the data.
    const QString type = event[u"type"].toString(message.event);

    if (type == u"message_start") {
        QString error;
        const std::optional<ProviderResult> start = AnthropicWire::parseMessage(event[u"message"].toObject(), &error);
        if (!start) {
            fail(ProviderError(Kind::Malformed, u"message_start: "_s + error, 200));
            return;
        }
        m_result = *start;
        m_result.content = QJsonArray();
        m_started = true;
    } else if (type == u"content_block_start") {
        onBlockStart(event);
    } else if (type == u"content_block_delta") {
        onBlockDelta(event);
    } else if (type == u"content_block_stop") {
        onBlockStop(event);
    } else if (type == u"message_delta") {
        const QJsonObject delta = event[u"delta"].toObject();
        if (delta[u"stop_reason"].isString())
            m_result.stopReason = AnthropicWire::stopReason(delta[u"stop_reason"].toString());
        m_result.usage = AnthropicWire::parseUsage(event[u"usage"].toObject(), m_result.usage);
    } else if (type == u"message_stop") {
        onMessageStop();
    } else if (type == u"error") {
        // Mid-stream errors arrive as an event on a 200 response, e.g. overloaded_error
        // (which would have been a 529 before the stream started).
        fail(AnthropicWire::classifyErrorObject(0, event[u"error"].toObject()));
    }
    // "ping" and event types added later are ignored, as the versioning policy asks.
}

void AnthropicCall::onBlockStart(const QJsonObject &event)
{
    const int index = event[u"index"].toInt(-1);
    const QJsonObject wire = event[u"content_block"].toObject();
    Block block;
    block.type = wire[u"type"].toString();
    if (index < 0 || !m_started) {
        fail(ProviderError(Kind::Malformed, u"content_block_start without an index or before message_start"_s, 200));
        return;
    }
    if (block.type == u"text") {
        block.text = wire[u"text"].toString();
        m_blocks.insert(index, block);
        if (!block.text.isEmpty())
            emit textDelta(block.text);
    } else if (block.type == u"tool_use") {
        block.id = wire[u"id"].toString();
        block.name = wire[u"name"].toString();
        block.input = wire[u"input"].toObject();
        m_blocks.insert(index, block);
        emit toolCallStarted(block.id, block.name);
    } else {
        m_blocks.insert(index, block); // kept only to ignore its deltas; dropped at the end
    }
}

void AnthropicCall::onBlockDelta(const QJsonObject &event)
{
    const int index = event[u"index"].toInt(-1);
    auto it = m_blocks.find(index);
    if (it == m_blocks.end()) {
        fail(ProviderError(Kind::Malformed, u"content_block_delta for unknown block %1"_s.arg(index), 200));
        return;
    }
    const QJsonObject delta = event[u"delta"].toObject();
    const QString deltaType = delta[u"type"].toString();
    if (deltaType == u"text_delta" && it->type == u"text") {
        const QString text = delta[u"text"].toString();
        it->text += text;
        emit textDelta(text);
    } else if (deltaType == u"input_json_delta" && it->type == u"tool_use") {
        const QString piece = delta[u"partial_json"].toString();
        it->inputJson += piece;
        const QString id = it->id;
        emit toolInputDelta(id, piece);
    }
}

void AnthropicCall::onBlockStop(const QJsonObject &event)
{
    const int index = event[u"index"].toInt(-1);
    auto it = m_blocks.find(index);
    if (it == m_blocks.end() || it->type != u"tool_use")
        return;
    if (it->inputJson.trimmed().isEmpty())
        return; // no deltas: the input given at content_block_start stands (usually {})
    QJsonParseError parseError;
    const QJsonDocument input = QJsonDocument::fromJson(it->inputJson.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !input.isObject()) {
        fail(ProviderError(Kind::Malformed,
                           u"the input of tool call %1 is not a JSON object: %2"_s.arg(it->id, parseError.errorString()),
                           200));
        return;
    }
    it->input = input.object();
}

void AnthropicCall::onMessageStop()
{
    if (!m_started) {
        fail(ProviderError(Kind::Malformed, u"message_stop without a message_start"_s, 200));
        return;
    }
    for (const Block &block : std::as_const(m_blocks)) {
        if (block.type == u"text") {
            m_result.content.append(QJsonObject{{u"type"_s, block.type}, {u"text"_s, block.text}});
        } else if (block.type == u"tool_use") {
            m_result.content.append(QJsonObject{{u"type"_s, block.type},
                                                {u"id"_s, block.id},
                                                {u"name"_s, block.name},
                                                {u"input"_s, block.input}});
        }
    }
    succeed(m_result);
}

} // namespace Moltdesk::Providers
