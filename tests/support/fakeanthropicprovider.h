#pragma once

#include "support/fakeproviderreply.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Moltdesk::TestSupport {

// Scripted replies in Anthropic Messages API format (https://docs.anthropic.com/en/api/messages,
// .../messages-streaming, .../errors), for a FakeProviderServer.
class FakeAnthropicProvider
{
public:
    static QJsonObject usage(int input, int output, int cacheRead = 0, int cacheWrite = 0);
    static QJsonObject textBlock(const QString &text);
    static QJsonObject toolUseBlock(const QString &id, const QString &name, const QJsonObject &input);

    // Non-streamed message reply.
    static FakeProviderReply message(const QJsonArray &content, const QString &stopReason = QStringLiteral("end_turn"),
                                     const QJsonObject &usage = FakeAnthropicProvider::usage(10, 5));

    // One SSE event exactly as the API frames it: "event: <type>\ndata: <json>\n\n".
    static QByteArray event(const QString &type, const QJsonObject &data);
    // The documented event sequence for `content`: message_start, ping, per block
    // content_block_start / deltas (text split at `pieceSize` chars, tool input JSON likewise) /
    // content_block_stop, message_delta, message_stop.
    static QList<QByteArray> streamEvents(const QJsonArray &content, const QString &stopReason,
                                          const QJsonObject &usage, int pieceSize = 4);
    static FakeProviderReply stream(const QJsonArray &content, const QString &stopReason = QStringLiteral("end_turn"),
                                    const QJsonObject &usage = FakeAnthropicProvider::usage(10, 5), int pieceSize = 4);

    // {"type":"error","error":{"type":...,"message":...}} with the given status.
    static FakeProviderReply error(int status, const QString &type, const QString &message,
                                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static FakeProviderReply models(const QStringList &ids);
};

} // namespace Moltdesk::TestSupport
