#include "support/fakeopenaiprovider.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

QJsonObject FakeOpenAiProvider::usage(int prompt, int completion, int cached)
{
    return {{u"prompt_tokens"_s, prompt},
            {u"completion_tokens"_s, completion},
            {u"total_tokens"_s, prompt + completion},
            {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, cached}}}};
}

FakeProviderReply FakeOpenAiProvider::completion(const QString &text, const QList<ToolCall> &toolCalls,
                                                 const QString &finishReason, const QJsonObject &usage)
{
    QJsonObject message{{u"role"_s, u"assistant"_s},
                        {u"content"_s, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text)}};
    if (!toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : toolCalls)
            calls.append(QJsonObject{{u"id"_s, call.id},
                                     {u"type"_s, u"function"_s},
                                     {u"function"_s, QJsonObject{{u"name"_s, call.name}, {u"arguments"_s, call.arguments}}}});
        message.insert(u"tool_calls"_s, calls);
    }
    QJsonObject body{{u"id"_s, u"chatcmpl-fake01"_s},
                     {u"object"_s, u"chat.completion"_s},
                     {u"created"_s, 1700000000},
                     {u"model"_s, u"gpt-fake-1"_s},
                     {u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0},
                                                           {u"message"_s, message},
                                                           {u"finish_reason"_s, finishReason}}}}};
    if (!usage.isEmpty())
        body.insert(u"usage"_s, usage);
    return FakeProviderReply::json(200, body);
}

namespace {
QJsonObject chunkEnvelope()
{
    return {{u"id"_s, u"chatcmpl-fake01"_s},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, 1700000000},
            {u"model"_s, u"gpt-fake-1"_s}};
}
QByteArray dataLine(const QJsonObject &json)
{
    return "data: " + QJsonDocument(json).toJson(QJsonDocument::Compact) + "\n\n";
}
} // namespace

QByteArray FakeOpenAiProvider::chunk(const QJsonObject &delta, const QJsonValue &finishReason)
{
    QJsonObject body = chunkEnvelope();
    body.insert(u"choices"_s, QJsonArray{QJsonObject{{u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}});
    return dataLine(body);
}

QByteArray FakeOpenAiProvider::usageChunk(const QJsonObject &usage)
{
    QJsonObject body = chunkEnvelope();
    body.insert(u"choices"_s, QJsonArray());
    body.insert(u"usage"_s, usage);
    return dataLine(body);
}

QList<QByteArray> FakeOpenAiProvider::streamEvents(const QStringList &pieces, const QList<ToolCall> &toolCalls,
                                                   const QString &finishReason, const QJsonObject &usage,
                                                   int argPieceSize, bool interleave)
{
    QList<QByteArray> events;
    events.append(chunk({{u"role"_s, u"assistant"_s}, {u"content"_s, QString()}}));
    for (const QString &piece : pieces)
        events.append(chunk({{u"content"_s, piece}}));

    // First delta of each call: id, type, name and empty arguments.
    for (qsizetype i = 0; i < toolCalls.size(); ++i) {
        const QJsonObject call{{u"index"_s, int(i)},
                               {u"id"_s, toolCalls.at(i).id},
                               {u"type"_s, u"function"_s},
                               {u"function"_s, QJsonObject{{u"name"_s, toolCalls.at(i).name}, {u"arguments"_s, QString()}}}};
        events.append(chunk({{u"tool_calls"_s, QJsonArray{call}}}));
    }
    auto argumentChunk = [](int index, const QString &piece) {
        return chunk({{u"tool_calls"_s, QJsonArray{QJsonObject{{u"index"_s, index},
                                                               {u"function"_s, QJsonObject{{u"arguments"_s, piece}}}}}}});
    };
    qsizetype longest = 0;
    for (const ToolCall &call : toolCalls)
        longest = std::max(longest, call.arguments.size());
    if (interleave) {
        for (qsizetype at = 0; at < longest; at += argPieceSize) {
            for (qsizetype i = 0; i < toolCalls.size(); ++i) {
                if (at < toolCalls.at(i).arguments.size())
                    events.append(argumentChunk(int(i), toolCalls.at(i).arguments.mid(at, argPieceSize)));
            }
        }
    } else {
        for (qsizetype i = 0; i < toolCalls.size(); ++i) {
            for (qsizetype at = 0; at < toolCalls.at(i).arguments.size(); at += argPieceSize)
                events.append(argumentChunk(int(i), toolCalls.at(i).arguments.mid(at, argPieceSize)));
        }
    }
    events.append(chunk(QJsonObject(), finishReason));
    if (!usage.isEmpty())
        events.append(usageChunk(usage));
    events.append(done());
    return events;
}

FakeProviderReply FakeOpenAiProvider::stream(const QStringList &pieces, const QList<ToolCall> &toolCalls,
                                             const QString &finishReason, const QJsonObject &usage)
{
    return FakeProviderReply::eventStream(streamEvents(pieces, toolCalls, finishReason, usage));
}

FakeProviderReply FakeOpenAiProvider::error(int status, const QString &message, const QString &type,
                                            const QString &code, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return FakeProviderReply::json(
        status,
        {{u"error"_s, QJsonObject{{u"message"_s, message},
                                  {u"type"_s, type},
                                  {u"param"_s, QJsonValue::Null},
                                  {u"code"_s, code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}}}},
        headers);
}

FakeProviderReply FakeOpenAiProvider::models(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{u"id"_s, id}, {u"object"_s, u"model"_s}, {u"created"_s, 1700000000},
                                {u"owned_by"_s, u"fake"_s}});
    return FakeProviderReply::json(200, {{u"object"_s, u"list"_s}, {u"data"_s, data}});
}

} // namespace Moltdesk::TestSupport
