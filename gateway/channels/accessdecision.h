#pragma once

#include "channels/pendingpairing.h"

#include <QString>

namespace Moltdesk::Channels {

// What AccessPolicy decided about one inbound message, and what (if anything) to tell the sender.
struct AccessDecision
{
    enum class Outcome {
        Admit,         // hand it on (rate limit, then the agent)
        PairingNeeded, // unknown DM sender, or unapproved group, under dmPolicy "pairing": a code is pending
        Deny,          // never reaches the agent
        Ignore,        // a group message not addressed to the bot: not an offence, just not for us
    };
    enum class Notice {
        None,
        PairingCode,      // "ask the operator to approve code X" (new code, or a due reminder)
        GroupPairingCode, // the same for a group: "this group is not approved yet, code X"
        Rejected,         // the operator declined the sender: told once, then silence
        GroupRejected,    // the operator declined the group: told once, then silence
    };

    Outcome outcome = Outcome::Admit;
    // A label from a small fixed set, for metrics and logs (never request data): "allowed",
    // "open", "paired", "group", "not_allowed", "rejected", "pairing", "group_pairing",
    // "group_rejected", "group_not_allowed", "not_addressed", "storage_error".
    QString reason;
    Notice notice = Notice::None;
    PendingPairing pairing; // for PairingCode

    static AccessDecision admit(const QString &reason) { return {Outcome::Admit, reason, Notice::None, {}}; }
    static AccessDecision deny(const QString &reason, Notice notice = Notice::None)
    {
        return {Outcome::Deny, reason, notice, {}};
    }
    static AccessDecision ignore(const QString &reason) { return {Outcome::Ignore, reason, Notice::None, {}}; }
};

} // namespace Moltdesk::Channels
