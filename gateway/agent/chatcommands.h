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

    // The command word ("reset") if `text` is one of ours, with or without a Telegram-style
    // "@botname" suffix ("/reset@my_bot"); nullopt otherwise.
    static std::optional<QString> parse(const QString &text);

    static Reply run(const QString &command, const Sessions::SessionKey &key, const AgentServices &services,
                     const Config::AiSettings &settings);

    static QString helpText();
};

} // namespace Moltdesk::Agent
