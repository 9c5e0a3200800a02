#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace Moltdesk::Agent {

// One message for the agent to answer: what a channel, the panel's chat box, the OpenAI-compatible
// endpoint or a cron job hands to AgentRunner::submit().
struct TurnRequest
{
    QString sessionKey;       // contract scheme, validated by submit()
    QString userId;           // the sender within the channel (per-user memory); may be empty
    QString text;             // the user's words; "/reset" etc. are commands (see ChatCommands)
    // Group messages: the gateway's "[from: name (id N)]" (Agent::senderTag) put in front of the
    // stored text, whose own "[from:" look-alikes are neutralised. Empty for DMs and the panel.
    QString senderTag;
    QJsonArray extraContent;  // further canonical blocks (images, attachment notes), after the text
    QString channelMessageId; // the channel's id of the message, stored with it
    QStringList models;       // model chain override ("provider/model"); empty = ai.defaultModel + fallbacks
    bool cacheable = false;   // allow the response cache (cron prompts); conversations: off
    bool commands = true;     // interpret "/help" & co.; off for the API endpoint and cron prompts
    // The user message is already the newest turn of the history (a channel message replayed from
    // the durable queue after a crash that came after the run had stored it): answer it without
    // storing it a second time. text/extraContent are then not used.
    bool userMessageStored = false;
};

} // namespace Moltdesk::Agent
