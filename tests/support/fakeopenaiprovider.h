#pragma once

#include "support/fakeproviderreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Moltdesk::TestSupport {

// Scripted replies in OpenAI Chat Completions format
// (https://platform.openai.com/docs/api-reference/chat, .../chat-streaming), for a
// FakeProviderServer. Also stands in for Ollama / llama.cpp (pass a null usage).
class FakeOpenAiProvider
{
public:
    struct ToolCall
    {
        QString id;
        QString name;
        QString arguments; // the JSON string as the model wrote it
    };

    static QJsonObject usage(int prompt, int completion, int cached = 0);

    // Non-streamed chat.completion; `usage` empty = omitted (as local servers may do).
    static FakeProviderReply completion(const QString &text, const QList<ToolCall> &toolCalls = {},
                                        const QString &finishReason = QStringLiteral("stop"),
                                        const QJsonObject &usage = FakeOpenAiProvider::usage(12, 4));

    // "data: <chunk json>\n\n" for a chat.completion.chunk with one choice delta.
    static QByteArray chunk(const QJsonObject &delta, const QJsonValue &finishReason = QJsonValue::Null);
    static QByteArray usageChunk(const QJsonObject &usage);
    static QByteArray done() { return QByteArrayLiteral("data: [DONE]\n\n"); }

    // Text in `pieces`, then tool calls (arguments cut into `argPieceSize` pieces; with
    // `interleave` the pieces of all calls alternate, as parallel calls do), the finish chunk,
    // the usage chunk (unless `usage` is empty) and [DONE].
    static QList<QByteArray> streamEvents(const QStringList &pieces, const QList<ToolCall> &toolCalls,
                                          const QString &finishReason, const QJsonObject &usage,
                                          int argPieceSize = 5, bool interleave = true);
    static FakeProviderReply stream(const QStringList &pieces, const QList<ToolCall> &toolCalls = {},
                                    const QString &finishReason = QStringLiteral("stop"),
                                    const QJsonObject &usage = FakeOpenAiProvider::usage(12, 4));

    // {"error":{"message","type","code"}} with the given status.
    static FakeProviderReply error(int status, const QString &message, const QString &type, const QString &code,
                                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FakeProviderReply models(const QStringList &ids);
};

} // namespace Moltdesk::TestSupport
