#pragma once

#include "channels/channel.h"

#include <QList>
#include <QPair>

namespace Moltdesk::TestSupport {

// An in-memory Channel for tests of the channel machinery and, later, of the agent glue: inject()
// plays an inbound message as an adapter would deliver it, every send is recorded in `sent`, and
// the next sends can be made to fail. Sends answer synchronously unless `deferSends` is set, in
// which case completePendingSends() answers them (to test callbacks that arrive later).
class ChannelsFakeChannel : public Channels::Channel
{
    Q_OBJECT

public:
    explicit ChannelsFakeChannel(const QString &name = QStringLiteral("telegram"), Channels::Clock clock = {},
                                 QObject *parent = nullptr);

    void start() override;
    void stop() override;
    Channels::ChannelLimits limits() const override { return m_limits; }
    void setTyping(const QString &chatId, bool on) override;

    // Plays a message through deliver() (counts it, fills channel and receivedAt, emits inbound).
    void inject(const Channels::InboundMessage &message);
    // Exposes the adapter-side status calls.
    void setStateForTest(Channels::ChannelStatus::State state, const QString &detail = QString());
    void reportErrorForTest(const QString &error) { reportError(error); }

    // The next `count` sends fail with `result` (ok must be false).
    void failNextSends(int count, const Channels::SendResult &result);
    int completePendingSends();

    // A DM / group message with sensible defaults, for tests.
    static Channels::InboundMessage dm(const QString &senderId, const QString &messageId,
                                       const QString &text = QStringLiteral("hello"));
    static Channels::InboundMessage group(const QString &chatId, const QString &senderId, const QString &messageId,
                                          bool mentionsBot, const QString &text = QStringLiteral("hello"));

    QList<Channels::OutboundMessage> sent;
    QList<QPair<QString, bool>> typing; // (chatId, on) in call order
    int startCount = 0;
    int stopCount = 0;
    bool deferSends = false;
    Channels::ChannelLimits m_limits;

protected:
    void sendMessage(const Channels::OutboundMessage &message, SendCallback done) override;

private:
    QList<QPair<Channels::OutboundMessage, SendCallback>> m_pending;
    int m_failCount = 0;
    Channels::SendResult m_failure;
    int m_nextMessageId = 1000;
};

} // namespace Moltdesk::TestSupport
