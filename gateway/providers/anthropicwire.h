#pragma once

#include "providers/providererror.h"
#include "providers/providerrequest.h"
#include "providers/providerresult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Moltdesk::Providers {

// Anthropic Messages API wire format (https://docs.anthropic.com/en/api/messages): request
// bodies, reply parsing and error classification (https://docs.anthropic.com/en/api/errors).
// Our canonical message format *is* this API's shape, so requests pass messages through.
class AnthropicWire
{
public:
    static constexpr const char *kApiVersion = "2023-06-01";

    static QByteArray requestBody(const ProviderRequest &request);
    // A non-streamed reply, or the message of message_start. Empty optional + `error` when the
    // object is not a message.
    static std::optional<ProviderResult> parseMessage(const QJsonObject &message, QString *error);
    static TokenUsage parseUsage(const QJsonObject &usage, TokenUsage base = {});
    static StopReason stopReason(const QString &wire);
    // Canonical blocks only: text and tool_use (thinking and server-tool blocks are dropped).
    static bool isCanonicalBlock(const QString &type);

    static ProviderError classify(int httpStatus, const QByteArray &body);
    // The {"type":"error","error":{...}} object of a body or of an `error` stream event.
    static ProviderError classifyErrorObject(int httpStatus, const QJsonObject &error);
};

} // namespace Moltdesk::Providers
