#include "channels/accesspolicy.h"

#include "base/logging.h"
#include "channels/pairingstore.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

using DmPolicy = Config::SecuritySettings::DmPolicy;

AccessPolicy::AccessPolicy(const Config::SecuritySettings &security, PairingStore *pairing, Clock)
    : m_policy(security.dmPolicy),
      m_allowFrom(security.allowFrom),
      m_pairing(pairing)
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

bool AccessPolicy::groupAnswered(const InboundMessage &message) const
{
    const GroupRules rules = groupRules(message.channel);
    if (rules.allow.contains(message.chatId))
        return true;
    if (m_pairing && m_pairing->groupState(message.channel, message.chatId) == PairingStore::SenderState::Approved)
        return true;
    // Only an operator who opened the bot to everyone gets every group by default.
    return m_policy == DmPolicy::Open && rules.allow.isEmpty();
}

AccessDecision AccessPolicy::screen(const InboundMessage &message) const
{
    if (message.chatKind == InboundMessage::ChatKind::Dm)
        return AccessDecision::admit(u"dm"_s);
    const GroupRules rules = groupRules(message.channel);
    // In a busy group the bot would otherwise answer every line; Telegram bots in privacy mode
    // behave the same way (they only see commands, mentions and replies).
    const bool addressed = !rules.requireMention || message.mentionsBot || message.replyToBot;
    if (!addressed)
        return AccessDecision::ignore(u"not_addressed"_s); // chatter, in any group, is not an offence
    if (!groupAnswered(message)) {
        // An unknown group may ask the operator (decide() issues the code), but only when it
        // addressed the bot; all other traffic from it stops here, before any write.
        const bool mayAsk = m_policy == DmPolicy::Pairing && m_pairing && (message.mentionsBot || message.replyToBot);
        return mayAsk ? AccessDecision::admit(u"group_pairing"_s) : AccessDecision::deny(u"group_not_allowed"_s);
    }
    return AccessDecision::admit(u"group"_s);
}

AccessDecision AccessPolicy::decide(const InboundMessage &message)
{
    const AccessDecision screened = screen(message);
    if (screened.outcome != AccessDecision::Outcome::Admit)
        return screened;
    if (message.chatKind == InboundMessage::ChatKind::Dm)
        return decideDm(message);
    return decideGroup(message);
}

AccessDecision AccessPolicy::decideGroup(const InboundMessage &message)
{
    // An operator's "reject" follows the person into groups too: a denied sender never reaches
    // the agent, whichever chat they write from - and cannot ask for a group either.
    if (m_pairing && m_pairing->senderState(message.channel, message.senderId) == PairingStore::SenderState::Rejected)
        return AccessDecision::deny(u"rejected"_s);
    if (groupAnswered(message))
        return AccessDecision::admit(u"group"_s);
    // screen() admitted an unknown group only under "pairing" with a store.
    if (m_pairing->groupState(message.channel, message.chatId) == PairingStore::SenderState::Rejected) {
        AccessDecision decision = AccessDecision::deny(u"group_rejected"_s);
        const Storage::Result<bool> tell =
            m_pairing->takeRejectionNotice(PairingStore::Kind::Group, message.channel, message.chatId);
        if (!tell)
            qCWarning(lcChannels) << "group rejection notice:" << tell.error().message;
        else if (tell.value())
            decision.notice = AccessDecision::Notice::GroupRejected;
        return decision;
    }
    return pairGroup(message);
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
    AccessDecision decision{AccessDecision::Outcome::PairingNeeded, u"pairing"_s, AccessDecision::Notice::None,
                            request->pairing};
    if (request->notify)
        decision.notice = AccessDecision::Notice::PairingCode;
    return decision;
}

AccessDecision AccessPolicy::pairGroup(const InboundMessage &message)
{
    const Storage::Result<PairingStore::Request> request =
        m_pairing->request(PairingStore::Kind::Group, message.channel, message.chatId, message.chatTitle);
    if (!request) {
        qCWarning(lcChannels) << "group pairing request on" << message.channel << "failed:" << request.error().message;
        return AccessDecision::deny(u"storage_error"_s);
    }
    AccessDecision decision{AccessDecision::Outcome::PairingNeeded, u"group_pairing"_s, AccessDecision::Notice::None,
                            request->pairing};
    if (request->notify)
        decision.notice = AccessDecision::Notice::GroupPairingCode;
    return decision;
}

} // namespace Moltdesk::Channels
