#pragma once

#include "channels/accessdecision.h"
#include "channels/channelclock.h"
#include "channels/grouprules.h"
#include "channels/inboundmessage.h"
#include "config/securitysettings.h"

#include <QHash>

namespace Moltdesk::Channels {

class PairingStore;

// Who may talk to the bot (docs/channels/README.md, "Access policy" and "Groups").
//
// Direct messages follow security.dmPolicy:
//   open      everyone;
//   allowlist security.allowFrom[channel] plus senders the operator approved by pairing earlier;
//             anyone else is dropped silently (a private bot does not answer strangers);
//   pairing   allowFrom and approved senders; an unknown sender gets a pairing code
//             (PairingStore); a rejected one is told once, then dropped silently.
// Groups are default-deny. A group is answered when it is listed in GroupRules::allow or the
// operator approved it by pairing; under dmPolicy "open" an empty GroupRules::allow also lets in
// every group. Otherwise, under "pairing", the first message addressed to the bot in an unknown
// group gets the group a pairing code (one notice, reminders at most every
// PairingStore::ReminderIntervalMs); under "allowlist" it is dropped silently. In an answered
// group only messages that mention or reply to the bot count (unless requireMention is false),
// and never one from a sender the operator rejected.
//
// screen() is the part that needs no storage and has no side effects (the operator's decisions
// are cached in memory), so the pipeline runs it before the idempotency ledger and an
// unaddressed group chatter costs no write.
class AccessPolicy
{
public:
    // `pairing` may be null only when dmPolicy is not "pairing" (unknown senders are then denied).
    // The clock is not read here any more (reminders are the PairingStore's); the parameter stays
    // for the callers that pass one.
    AccessPolicy(const Config::SecuritySettings &security, PairingStore *pairing, Clock clock = {});

    void setGroupRules(const QString &channel, const GroupRules &rules);
    // Config reload (security.dmPolicy, security.allowFrom): the next decision uses them. Pairing
    // codes already issued and operator decisions stay in the PairingStore.
    void setSecurity(const Config::SecuritySettings &security);
    GroupRules groupRules(const QString &channel) const;
    Config::SecuritySettings::DmPolicy dmPolicy() const { return m_policy; }

    // Message-only checks. Admit means "no objection so far".
    AccessDecision screen(const InboundMessage &message) const;
    // The full decision. May issue a pairing code (PairingStore::request) or record that a
    // rejected sender was told.
    AccessDecision decide(const InboundMessage &message);

private:
    AccessDecision decideDm(const InboundMessage &message);
    AccessDecision decideGroup(const InboundMessage &message);
    AccessDecision pair(const InboundMessage &message);
    AccessDecision pairGroup(const InboundMessage &message);
    bool inAllowFrom(const QString &channel, const QString &senderId) const;
    bool groupAnswered(const InboundMessage &message) const;

    Config::SecuritySettings::DmPolicy m_policy;
    QMap<QString, QStringList> m_allowFrom;
    PairingStore *m_pairing;
    QHash<QString, GroupRules> m_groups;
};

} // namespace Moltdesk::Channels
