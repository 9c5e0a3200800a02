#pragma once

#include "channels/accessdecision.h"
#include "channels/channelclock.h"
#include "channels/grouprules.h"
#include "channels/inboundmessage.h"
#include "channels/noticethrottle.h"
#include "config/securitysettings.h"

#include <QHash>

namespace Moltdesk::Channels {

class PairingStore;

// Who may talk to the bot (docs/channels/README.md, "Access policy").
//
// Direct messages follow security.dmPolicy:
//   open      everyone;
//   allowlist security.allowFrom[channel] plus senders the operator approved by pairing earlier;
//             anyone else is dropped silently (a private bot does not answer strangers);
//   pairing   allowFrom and approved senders; an unknown sender gets a pairing code
//             (PairingStore); a rejected one is told once, then dropped silently.
// Group messages: only groups in GroupRules::allow (empty = all), only when the bot is mentioned
// or replied to (unless requireMention is false), and never from a sender the operator rejected.
//
// screen() is the part that depends only on the message (no storage, no side effects), so the
// pipeline runs it before the idempotency ledger and an unaddressed group chatter costs no write.
class AccessPolicy
{
public:
    // A sender refused because too many codes are pending hears "try later" at most this often.
    static constexpr qint64 BusyNoticeIntervalMs = 10 * 60 * 1000;

    // `pairing` may be null only when dmPolicy is not "pairing" (unknown senders are then denied).
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
    AccessDecision pair(const InboundMessage &message);
    bool inAllowFrom(const QString &channel, const QString &senderId) const;

    Config::SecuritySettings::DmPolicy m_policy;
    QMap<QString, QStringList> m_allowFrom;
    PairingStore *m_pairing;
    QHash<QString, GroupRules> m_groups;
    NoticeThrottle m_busyNotices;
};

} // namespace Moltdesk::Channels
