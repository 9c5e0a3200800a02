#pragma once

#include "providers/providererror.h"
#include "providers/providerrequest.h"
#include "providers/providerresult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Moltdesk::Providers {

// OpenAI Chat Completions wire format (https://platform.openai.com/docs/api-reference/chat),
// also spoken by Ollama, llama.cpp's server and vLLM. Maps our canonical (Anthropic-shaped)
// messages to OpenAI's and back.
class OpenAiWire
{
public:
    enum class Flavour { OpenAi, Compatible };

    static QByteArray requestBody(const ProviderRequest &request, Flavour flavour);
    static QJsonArray mapMessages(const QString &systemPrompt, const QJsonArray &canonical);
    static QJsonArray mapTools(const QJsonArray &canonicalTools);

    // A non-streamed chat.completion object.
    static std::optional<ProviderResult> parseCompletion(const QJsonObject &completion, QString *error);
    // A tool call's "arguments" string -> input object ("" counts as {}).
    static std::optional<QJsonObject> parseArguments(const QString &arguments, QString *error);
    // Returns false when the object holds no usage (local servers often omit it).
    static bool parseUsage(const QJsonValue &usage, TokenUsage *out);
    static StopReason stopReason(const QString &finishReason);

    static ProviderError classify(int httpStatus, const QByteArray &body);
    static ProviderError classifyErrorObject(int httpStatus, const QJsonObject &error);
};

} // namespace Moltdesk::Providers
