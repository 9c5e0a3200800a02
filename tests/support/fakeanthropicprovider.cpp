#include "support/fakeanthropicprovider.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

QJsonObject FakeAnthropicProvider::usage(int input, int output, int cacheRead, int cacheWrite)
{
    return {{u"input_tokens"_s, input},
            {u"output_tokens"_s, output},
            {u"cache_read_input_tokens"_s, cacheRead},
            {u"cache_creation_input_tokens"_s, cacheWrite}};
}

QJsonObject FakeAnthropicProvider::textBlock(const QString &text)
{
    return {{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

QJsonObject FakeAnthropicProvider::toolUseBlock(const QString &id, const QString &name, const QJsonObject &input)
{
    return {{u"type"_s, u"tool_use"_s}, {u"id"_s, id}, {u"name"_s, name}, {u"input"_s, input}};
}

FakeProviderReply FakeAnthropicProvider::message(const QJsonArray &content, const QString &stopReason,
                                                 const QJsonObject &usage)
{
    return FakeProviderReply::json(200, {{u"id"_s, u"msg_fake01"_s},
                                         {u"type"_s, u"message"_s},
                                         {u"role"_s, u"assistant"_s},
                                         {u"model"_s, u"claude-fake-1"_s},
                                         {u"content"_s, content},
                                         {u"stop_reason"_s, stopReason},
                                         {u"stop_sequence"_s, QJsonValue::Null},
                                         {u"usage"_s, usage}});
}

QByteArray FakeAnthropicProvider::event(const QString &type, const QJsonObject &data)
{
    return "event: " + type.toUtf8() + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

QList<QByteArray> FakeAnthropicProvider::streamEvents(const QJsonArray &content, const QString &stopReason,
                                                      const QJsonObject &usage, int pieceSize)
{
    QList<QByteArray> events;
    QJsonObject startUsage = usage;
    startUsage.insert(u"output_tokens"_s, 1); // message_start carries a provisional output count
    events.append(event(u"message_start"_s,
                        {{u"type"_s, u"message_start"_s},
                         {u"message"_s, QJsonObject{{u"id"_s, u"msg_fake01"_s},
                                                    {u"type"_s, u"message"_s},
                                                    {u"role"_s, u"assistant"_s},
                                                    {u"model"_s, u"claude-fake-1"_s},
                                                    {u"content"_s, QJsonArray()},
                                                    {u"stop_reason"_s, QJsonValue::Null},
                                                    {u"stop_sequence"_s, QJsonValue::Null},
                                                    {u"usage"_s, startUsage}}}}));
    events.append(event(u"ping"_s, {{u"type"_s, u"ping"_s}}));
    for (qsizetype index = 0; index < content.size(); ++index) {
        const QJsonObject block = content.at(index).toObject();
        const bool isTool = block[u"type"].toString() == u"tool_use";
        QJsonObject startBlock = block;
        QString full;
        if (isTool) {
            startBlock.insert(u"input"_s, QJsonObject());
            full = QString::fromUtf8(QJsonDocument(block[u"input"].toObject()).toJson(QJsonDocument::Compact));
        } else {
            startBlock.insert(u"text"_s, QString());
            full = block[u"text"].toString();
        }
        events.append(event(u"content_block_start"_s, {{u"type"_s, u"content_block_start"_s},
                                                       {u"index"_s, int(index)},
                                                       {u"content_block"_s, startBlock}}));
        for (qsizetype at = 0; at < full.size(); at += pieceSize) {
            const QString piece = full.mid(at, pieceSize);
            const QJsonObject delta = isTool ? QJsonObject{{u"type"_s, u"input_json_delta"_s}, {u"partial_json"_s, piece}}
                                             : QJsonObject{{u"type"_s, u"text_delta"_s}, {u"text"_s, piece}};
            events.append(event(u"content_block_delta"_s,
                                {{u"type"_s, u"content_block_delta"_s}, {u"index"_s, int(index)}, {u"delta"_s, delta}}));
        }
        events.append(event(u"content_block_stop"_s, {{u"type"_s, u"content_block_stop"_s}, {u"index"_s, int(index)}}));
    }
    events.append(event(u"message_delta"_s,
                        {{u"type"_s, u"message_delta"_s},
                         {u"delta"_s, QJsonObject{{u"stop_reason"_s, stopReason}, {u"stop_sequence"_s, QJsonValue::Null}}},
                         {u"usage"_s, QJsonObject{{u"output_tokens"_s, usage[u"output_tokens"]}}}}));
    events.append(event(u"message_stop"_s, {{u"type"_s, u"message_stop"_s}}));
    return events;
}

FakeProviderReply FakeAnthropicProvider::stream(const QJsonArray &content, const QString &stopReason,
                                                const QJsonObject &usage, int pieceSize)
{
    return FakeProviderReply::eventStream(streamEvents(content, stopReason, usage, pieceSize));
}

FakeProviderReply FakeAnthropicProvider::error(int status, const QString &type, const QString &message,
                                               const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return FakeProviderReply::json(
        status,
        {{u"type"_s, u"error"_s},
         {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}},
         {u"request_id"_s, u"req_fake"_s}},
        headers);
}

FakeProviderReply FakeAnthropicProvider::models(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject{{u"type"_s, u"model"_s}, {u"id"_s, id}, {u"display_name"_s, id},
                                {u"created_at"_s, u"2025-01-01T00:00:00Z"_s}});
    return FakeProviderReply::json(200, {{u"data"_s, data},
                                         {u"has_more"_s, false},
                                         {u"first_id"_s, ids.value(0)},
                                         {u"last_id"_s, ids.value(ids.size() - 1)}});
}

} // namespace Moltdesk::TestSupport
