#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Moltdesk::Sessions {
class SessionKey;
}

namespace Moltdesk::Agent {

// On whose behalf a run acts, derived by the gateway from the session key and how the sender was
// admitted, never from anything the user writes (docs/tools.md "Trust levels"):
//   operator  the panel's chat, WebSocket chat.send on a webchat session, the OpenAI-compatible API;
//   dm        a direct message from a sender on security.allowFrom or approved by pairing;
//   group     a group chat, and a direct message admitted only because dmPolicy is "open" (a
//             stranger, treated like a group);
//   cron      a job of the operator's cron configuration (session "cron:<id>").
// Each level has its own list of tools (security.tools.<level>).
enum class TrustLevel { Operator, Dm, Group, Cron };

QString trustLevelName(TrustLevel level); // "operator", "dm", "group", "cron"
std::optional<TrustLevel> trustLevelFromName(const QString &name);

// The level of a session by its key alone; `senderTrusted` says whether a DM's peer is on
// allowFrom or approved (false: a stranger under dmPolicy "open", or one rejected/forgotten since).
TrustLevel trustLevelOf(const Sessions::SessionKey &key, bool senderTrusted);

// What a run may do, fixed when the run starts.
struct TurnTrust
{
    TrustLevel level = TrustLevel::Operator;
    // Built-in tools this level may not use: they are not offered to the model and a call is refused.
    QStringList deniedTools;
    // web_fetch may send a query string only to hosts the conversation's own user messages mention.
    bool restrictQueryHosts = false;
};

// The gateway's tag in front of a group message: "[from: Ann Lee (id 123)]". Brackets,
// parentheses, line breaks and control characters are removed from the name, so no member's
// name can close the tag early or start a second one.
QString senderTag(const QString &displayName, const QString &senderId);
// A user's own "[from: ..." (any case, any spacing) becomes "(from: ...", so text typed into a
// message can never look like the gateway's tag.
QString neutraliseSenderTags(const QString &text);
// Host names a text mentions: hosts of http(s) URLs and bare names such as "example.org",
// lower-case, without duplicates.
QStringList mentionedHosts(const QString &text);

} // namespace Moltdesk::Agent
