#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Moltdesk::Agent {

// Who is calling a tool, for one call. Long-lived dependencies (stores, clock, time zone, network
// options) are not here: each tool receives them through its constructor (no singletons:
// dependencies through constructors, docs/architecture.md), so the agent loop only has to know the conversation it runs.
struct ToolContext
{
    ToolContext() = default;
    ToolContext(QString sessionKey_, QString channel_, QString userId_ = {}, QString runId_ = {}, QString callId_ = {})
        : sessionKey(std::move(sessionKey_))
        , channel(std::move(channel_))
        , userId(std::move(userId_))
        , runId(std::move(runId_))
        , callId(std::move(callId_))
    {
    }

    QString sessionKey; // contract's scheme: "<channel>:dm:<peer>", "webchat:<client>", "cron:<job>", ...
    QString channel;    // "telegram", "discord", "whatsapp", "webchat", "api", "cron"
    QString userId;     // the sender's id within the channel; empty when there is no single sender
    QString runId;      // the agent run this call belongs to (for logs and events)
    QString callId;     // the model's tool_use id; set per call by ToolRegistry
    // The run's trust level (agent/trustlevel.h) and what it forbids; set by AgentTurn.
    QString trustLevel;       // "operator", "dm", "group", "cron"; empty = not decided (tests)
    QStringList deniedTools;  // ToolRegistry refuses calls to these
    // Set when web_fetch may send a query string only to these hosts (lower-case): the hosts the
    // conversation's own user messages mention. Unset: no such restriction.
    std::optional<QStringList> queryHosts;

    // Per-user data must be keyed by channel too: Telegram user 42 and Discord user 42 differ.
    QString qualifiedUser() const { return userId.isEmpty() ? QString() : channel + u':' + userId; }
};

} // namespace Moltdesk::Agent
