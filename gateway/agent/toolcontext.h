#pragma once

#include <QString>

namespace Moltdesk::Agent {

// Who is calling a tool, for one call. Long-lived dependencies (stores, clock, time zone, network
// options) are not here: each tool receives them through its constructor (no singletons:
// dependencies through constructors, docs/architecture.md), so the agent loop only has to know the conversation it runs.
struct ToolContext
{
    QString sessionKey; // contract's scheme: "<channel>:dm:<peer>", "webchat:<client>", "cron:<job>", ...
    QString channel;    // "telegram", "discord", "whatsapp", "webchat", "api", "cron"
    QString userId;     // the sender's id within the channel; empty when there is no single sender
    QString runId;      // the agent run this call belongs to (for logs and events)
    QString callId;     // the model's tool_use id; set per call by ToolRegistry

    // Per-user data must be keyed by channel too: Telegram user 42 and Discord user 42 differ.
    QString qualifiedUser() const { return userId.isEmpty() ? QString() : channel + u':' + userId; }
};

} // namespace Moltdesk::Agent
