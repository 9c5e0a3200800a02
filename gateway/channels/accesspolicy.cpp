#include "channels/accesspolicy.h"

#include "base/logging.h"
#include "channels/pairingstore.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

using DmPolicy = Config::SecuritySettings::DmPolicy;

AccessPolicy::AccessPolicy(const Config::SecuritySettings &security, PairingStore *pairing, Clock clock)
    : m_policy(security.dmPolicy),
      m_allowFrom(security.allowFrom),
      m_pairing(pairing),
      m_busyNotices(BusyNoticeIntervalMs, std::move(clock))
{
}

void AccessPolicy::setGroupRules(const QString &channel, const GroupRules &rules)
{
    m_groups.insert(channel, rules);
}

void AccessPolicy::setSecurity(const Config::SecuritySettings &security)
{
    m_policy = security.dmPolicy;
    m_allowFrom = security.allowFrom;
}

GroupRules AccessPolicy::groupRules(const QString &channel) const
{
    return m_groups.value(channel, GroupRules());
}

bool AccessPolicy::inAllowFrom(const QString &channel, const QString &senderId) const
{
    return m_allowFrom.value(channel).contains(senderId);
}

AccessDecision AccessPolicy::screen(const InboundMessage &message) const
{
    if (message.chatKind == InboundMessage::ChatKind::Dm)
        return AccessDecision::admit(u"dm"_s);
    const GroupRules rules = groupRules(message.channel);
    if (!rules.allow.isEmpty() && !rules.allow.contains(message.chatId))
        return AccessDecision::deny(u"group_not_allowed"_s);
    // In a busy group the bot would otherwise answer every line; Telegram bots in privacy mode
    // behave the same way (they only see commands, mentions and replies).
    if (rules.requireMention && !message.mentionsBot && !message.replyToBot)
        return AccessDecision::ignore(u"not_addressed"_s);
    return AccessDecision::admit(u"group"_s);
}

AccessDecision AccessPolicy::decide(const InboundMessage &message)
{
    const AccessDecision screened = screen(message);
    if (screened.outcome != AccessDecision::Outcome::Admit)
        return screened;
    if (message.chatKind == InboundMessage::ChatKind::Dm)
        return decideDm(message);
    // An operator's "reject" follows the person into groups too: a denied sender never reaches
    // the agent, whichever chat they write from.
    if (m_pairing && m_pairing->senderState(message.channel, message.senderId) == PairingStore::SenderState::Rejected)
        return AccessDecision::deny(u"rejected"_s);
    return screened;
}

AccessDecision AccessPolicy::decideDm(const InboundMessage &message)
{
    if (m_policy == DmPolicy::Open)
        return AccessDecision::admit(u"open"_s);
    // allowFrom is the operator's explicit list: it wins over an earlier rejection.
    if (inAllowFrom(message.channel, message.senderId))
        return AccessDecision::admit(u"allowed"_s);
    const PairingStore::SenderState state =
        m_pairing ? m_pairing->senderState(message.channel, message.senderId) : PairingStore::SenderState::Unknown;
    if (state == PairingStore::SenderState::Approved)
        return AccessDecision::admit(u"paired"_s);
    if (state == PairingStore::SenderState::Rejected) {
        AccessDecision decision = AccessDecision::deny(u"rejected"_s);
        // Only the pairing flow promised the sender an answer; under allowlist stay silent.
        if (m_policy == DmPolicy::Pairing) {
            const Storage::Result<bool> tell = m_pairing->takeRejectionNotice(message.channel, message.senderId);
            if (!tell)
                qCWarning(lcChannels) << "rejection notice:" << tell.error().message;
            else if (tell.value())
                decision.notice = AccessDecision::Notice::Rejected;
        }
        return decision;
    }
    if (m_policy == DmPolicy::Allowlist || !m_pairing)
        return AccessDecision::deny(u"not_allowed"_s);
    return pair(message);
}

AccessDecision AccessPolicy::pair(const InboundMessage &message)
{
    const QString name = !message.senderName.isEmpty() ? message.senderName : message.senderUsername;
    const Storage::Result<PairingStore::Request> request = m_pairing->request(message.channel, message.senderId, name);
    if (!request) {
        // Fail closed: without a stored code nobody could approve this sender anyway.
        qCWarning(lcChannels) << "pairing request on" << message.channel << "failed:" << request.error().message;
        return AccessDecision::deny(u"storage_error"_s);
    }
    if (request->outcome == PairingStore::Request::Outcome::CapReached) {
        const bool tell = m_busyNotices.allow(message.channel + QChar(0x1f) + message.senderId);
        return AccessDecision::deny(u"pairing_busy"_s,
                                    tell ? AccessDecision::Notice::PairingBusy : AccessDecision::Notice::None);
    }
    AccessDecision decision{AccessDecision::Outcome::PairingNeeded, u"pairing"_s, AccessDecision::Notice::None,
                            request->pairing};
    if (request->notify)
        decision.notice = AccessDecision::Notice::PairingCode;
    return decision;
}

} // namespace Moltdesk::Channels
