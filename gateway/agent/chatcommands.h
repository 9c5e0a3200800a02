#pragma once

#include "agent/agentservices.h"
#include "sessions/sessionkey.h"

#include <QString>

#include <optional>

namespace Moltdesk::Agent {

// The commands every channel gets (docs/agent.md "Commands"): /help, /start (= /help),
// /reset, /usage, /model. They are answered without a model call, cost nothing and are not
// stored in the history. Anything else starting with "/" goes to the model as text (people type
// paths and smileys like "/shrug").
class ChatCommands
{
public:
    struct Reply
    {
        QString text;
        bool ok = true; // false: the command failed (e.g. storage error); text says why
    };

    // The command word ("reset") if `text` is one of ours; nullopt otherwise. A command with an
    // "@botname" suffix ("/reset@other_bot") is addressed to a bot by name and never ours here:
    // channels strip their own bot's name before the text reaches the agent.
    static std::optional<QString> parse(const QString &text);

    static Reply run(const QString &command, const Sessions::SessionKey &key, const AgentServices &services,
                     const Config::AiSettings &settings);

    static QString helpText();
};

} // namespace Moltdesk::Agent
