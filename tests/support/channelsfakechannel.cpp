#include "support/channelsfakechannel.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

using Channels::ChannelStatus;
using Channels::InboundMessage;
using Channels::SendResult;

ChannelsFakeChannel::ChannelsFakeChannel(const QString &name, Channels::Clock clock, QObject *parent)
    : Channel(name, std::move(clock), parent)
{
}

void ChannelsFakeChannel::start()
{
    ++startCount;
    setState(ChannelStatus::State::Running, u"fake channel running"_s);
}

void ChannelsFakeChannel::stop()
{
    ++stopCount;
    setState(ChannelStatus::State::Stopped);
}

void ChannelsFakeChannel::setTyping(const QString &chatId, bool on)
{
    typing.append({chatId, on});
}

void ChannelsFakeChannel::inject(const InboundMessage &message)
{
    deliver(message);
}

void ChannelsFakeChannel::setStateForTest(ChannelStatus::State state, const QString &detail)
{
    setState(state, detail);
}

void ChannelsFakeChannel::failNextSends(int count, const SendResult &result)
{
    m_failCount = count;
    m_failure = result;
}

void ChannelsFakeChannel::sendMessage(const Channels::OutboundMessage &message, SendCallback done)
{
    sent.append(message);
    m_pending.append({message, std::move(done)});
    if (!deferSends)
        completePendingSends();
}

int ChannelsFakeChannel::completePendingSends()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &entry : pending) {
        if (m_failCount > 0) {
            --m_failCount;
            entry.second(m_failure);
        } else {
            entry.second(SendResult::success({QString::number(m_nextMessageId++)}));
        }
    }
    return int(pending.size());
}

InboundMessage ChannelsFakeChannel::dm(const QString &senderId, const QString &messageId, const QString &text)
{
    InboundMessage message;
    message.channel = u"telegram"_s; // deliver() overwrites it with the channel's name
    message.chatId = senderId; // Telegram: a private chat's id is the user's id
    message.chatKind = InboundMessage::ChatKind::Dm;
    message.senderId = senderId;
    message.senderName = u"User "_s + senderId;
    message.text = text;
    message.channelMessageId = messageId;
    return message;
}

InboundMessage ChannelsFakeChannel::group(const QString &chatId, const QString &senderId, const QString &messageId,
                                          bool mentionsBot, const QString &text)
{
    InboundMessage message = dm(senderId, messageId, text);
    message.chatId = chatId;
    message.chatKind = InboundMessage::ChatKind::Group;
    message.chatTitle = u"Group "_s + chatId;
    message.mentionsBot = mentionsBot;
    return message;
}

} // namespace Moltdesk::TestSupport
