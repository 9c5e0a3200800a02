#include "channels/inboundpipeline.h"

#include "base/logging.h"
#include "channels/accesspolicy.h"
#include "channels/channel.h"
#include "channels/channelmetrics.h"
#include "channels/inboundledger.h"
#include "channels/senderratelimiter.h"


using namespace Qt::StringLiterals;

namespace Moltdesk::Channels {

InboundPipeline::InboundPipeline(InboundLedger &ledger, AccessPolicy &access, SenderRateLimiter &rateLimiter,
                                 Dispatch dispatch, ChannelMetrics *metrics, QObject *parent)
    : QObject(parent),
      m_ledger(ledger),
      m_access(access),
      m_rateLimiter(rateLimiter),
      m_metrics(metrics),
      m_dispatch(std::move(dispatch))
{
}

QString InboundPipeline::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Dispatched:
        return u"dispatched"_s;
    case Outcome::Invalid:
        return u"invalid"_s;
    case Outcome::Ignored:
        return u"ignored"_s;
    case Outcome::Duplicate:
        return u"duplicate"_s;
    case Outcome::Denied:
        return u"denied"_s;
    case Outcome::PairingNeeded:
        return u"pairing"_s;
    case Outcome::RateLimited:
        return u"rate_limited"_s;
    case Outcome::StorageError:
        return u"storage_error"_s;
    }
    return u"invalid"_s;
}

InboundPipeline::Outcome InboundPipeline::process(Channel &channel, const InboundMessage &message)
{
    // 1. validate
    if (const Storage::Result<void> valid = message.validate(); !valid) {
        qCWarning(lcChannels) << "dropping malformed message from" << channel.name() << ":" << valid.error().message;
        channel.reportError(u"malformed inbound message: "_s + valid.error().message);
        return drop(channel, message, Outcome::Invalid, u"invalid"_s);
    }

    // 2. screen (message-only)
    const AccessDecision screened = m_access.screen(message);
    if (screened.outcome == AccessDecision::Outcome::Ignore)
        return drop(channel, message, Outcome::Ignored, screened.reason);
    if (screened.outcome == AccessDecision::Outcome::Deny)
        return drop(channel, message, Outcome::Denied, screened.reason);

    // 3. ledger
    const Storage::Result<InboundLedger::Claim> claim = m_ledger.claim(message.channel, message.ledgerKey());
    if (!claim) {
        qCWarning(lcChannels) << "inbound ledger:" << claim.error().message;
        channel.reportError(u"could not record inbound message: "_s + claim.error().message);
        return drop(channel, message, Outcome::StorageError, u"storage_error"_s);
    }
    if (claim.value() == InboundLedger::Claim::Duplicate)
        return drop(channel, message, Outcome::Duplicate, u"duplicate"_s);

    // 4. access
    const AccessDecision decision = m_access.decide(message);
    if (decision.notice != AccessDecision::Notice::None)
        notify(channel, message, noticeText(decision));
    switch (decision.outcome) {
    case AccessDecision::Outcome::Admit:
        break;
    case AccessDecision::Outcome::PairingNeeded:
        return drop(channel, message, Outcome::PairingNeeded, decision.reason);
    case AccessDecision::Outcome::Ignore:
        return drop(channel, message, Outcome::Ignored, decision.reason);
    case AccessDecision::Outcome::Deny:
        if (decision.reason == u"storage_error"_s) {
            channel.reportError(u"could not store a pairing request"_s);
            return drop(channel, message, Outcome::StorageError, decision.reason);
        }
        return drop(channel, message, Outcome::Denied, decision.reason);
    }

    // 5. rate limit
    const SenderRateLimiter::Verdict verdict = m_rateLimiter.check(message.channel, message.senderId);
    if (!verdict.allowed) {
        if (verdict.notify)
            notify(channel, message, rateLimitNoticeText());
        return drop(channel, message, Outcome::RateLimited, u"rate_limited"_s);
    }

    // 6. dispatch
    if (!m_dispatch) {
        qCWarning(lcChannels) << "no dispatch connected; message from" << message.channel << "admitted but unhandled";
    } else {
        switch (m_dispatch(message)) {
        case Handoff::Accepted:
            break;
        case Handoff::Duplicate:
            return drop(channel, message, Outcome::Duplicate, u"duplicate"_s);
        case Handoff::Failed:
            // Not stored for the agent: forget the claim so the channel's redelivery (we do not
            // ack) is processed instead of being dropped as a duplicate.
            if (const auto released = m_ledger.release(message.channel, message.ledgerKey()); !released)
                qCWarning(lcChannels) << "inbound ledger release:" << released.error().message;
            channel.reportError(u"could not queue the inbound message for the agent"_s);
            return drop(channel, message, Outcome::StorageError, u"storage_error"_s);
        }
    }
    channel.countDispatched();
    Q_EMIT processed(message, Outcome::Dispatched);
    return Outcome::Dispatched;
}

InboundPipeline::Outcome InboundPipeline::drop(Channel &channel, const InboundMessage &message, Outcome outcome,
                                               const QString &reason)
{
    // Invalid and StorageError were counted as errors where they happened; ordinary group chatter
    // (Ignored) is not a rejection, so it stays out of the counters.
    switch (outcome) {
    case Outcome::Duplicate:
        channel.countDuplicate();
        break;
    case Outcome::Denied:
    case Outcome::PairingNeeded:
    case Outcome::RateLimited:
        channel.countRejected();
        break;
    default:
        break;
    }
    if (m_metrics)
        m_metrics->recordDropped(channel.name(), reason);
    qCDebug(lcChannels) << "inbound on" << channel.name() << "dropped:" << reason;
    Q_EMIT processed(message, outcome);
    return outcome;
}

void InboundPipeline::notify(Channel &channel, const InboundMessage &message, const QString &text)
{
    OutboundMessage notice;
    notice.chatId = message.chatId;
    notice.text = text;
    notice.replyToMessageId = message.channelMessageId;
    notice.plainText = true;
    channel.send(notice, [channelName = channel.name()](const SendResult &result) {
        if (!result.ok)
            qCWarning(lcChannels) << "notice on" << channelName << "not delivered:" << result.error;
    });
}

QString InboundPipeline::noticeText(const AccessDecision &decision)
{
    switch (decision.notice) {
    case AccessDecision::Notice::None:
        return {};
    case AccessDecision::Notice::PairingCode:
        return tr("Hi! I only talk to people my operator has approved. Your pairing code is %1 - please "
                  "ask the operator to approve it in Moltdesk. The code is valid for one hour.")
            .arg(decision.pairing.code);
    case AccessDecision::Notice::GroupPairingCode:
        return tr("I only answer in groups my operator has approved. This group's pairing code is %1 - "
                  "ask the operator to approve it in Moltdesk. The code is valid for one hour.")
            .arg(decision.pairing.code);
    case AccessDecision::Notice::Rejected:
        return tr("Sorry, the operator of this bot has declined your request.");
    case AccessDecision::Notice::GroupRejected:
        return tr("Sorry, the operator of this bot has declined to answer in this group.");
    }
    return {};
}

QString InboundPipeline::rateLimitNoticeText()
{
    return tr("You're sending messages faster than I can answer; please wait a minute.");
}

} // namespace Moltdesk::Channels
