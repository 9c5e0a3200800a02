#pragma once

#include <QJsonArray>
#include <QString>

namespace Moltdesk::Providers {

// A provider-neutral model call. `messages` use the team's canonical format (Anthropic Messages
// API shapes: {"role","content":[text|image|tool_use|tool_result blocks]}); `tools` are
// {"name","description","input_schema"}. The system prompt travels separately.
struct ProviderRequest
{
    QString model; // the provider's own model name, without the "provider/" prefix
    QString systemPrompt;
    QJsonArray messages;
    QJsonArray tools;
    int maxOutputTokens = 4096;
    bool stream = true;
};

} // namespace Moltdesk::Providers
