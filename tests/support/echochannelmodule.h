#pragma once

#include "channels/channel.h"
#include "channels/channelmodule.h"

#include <QList>
#include <QPointer>

#include <memory>

namespace Moltdesk::TestSupport {

// What the echo channel's fake transport has seen, shared between a test and the module it gave
// the gateway.
struct EchoTransport
{
    QList<Channels::OutboundMessage> sent;
    int prepared = 0; // Channel::prepare calls (messages with attachments)
    bool failSends = false;
};

// A channel that exists only in tests, added to a real gateway through the module interface
// (Channels::ChannelModule) without any change to core: it proves the seam Discord and WhatsApp
// use (docs/channels/README.md "Channel modules"). Its transport is a route and a list:
//   POST /webhook/echo {"chat","sender","id","text"[,"group":true,"mention":true,"attachment":name]}
//     -> Channel::deliver -> 200 {"outcome":"dispatched"|...}, 500 when not stored, 400 bad body
//   sends are appended to EchoTransport::sent;
//   method channels.echo.sent {chat?} -> the sent messages (all, or to one chat).
// It is always enabled (it has no config section).
class EchoChannelModule : public Channels::ChannelModule
{
public:
    static inline const QString Name = QStringLiteral("echo");
    static inline const QString Path = QStringLiteral("/webhook/echo");

    explicit EchoChannelModule(std::shared_ptr<EchoTransport> transport);

    QString name() const override { return Name; }
    bool configure(const Config::Settings &settings) override;
    bool enabled() const override { return true; }
    std::unique_ptr<Channels::Channel> createChannel(const Channels::ModuleContext &context) override;
    void channelDropped() override { m_channel = nullptr; }
    QList<Channels::WebhookRoute> routes() override;
    QList<Channels::ModuleMethod> methods() override;

private:
    class EchoChannel;
    void receive(const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond);

    std::shared_ptr<EchoTransport> m_transport;
    bool m_configured = false;
    QPointer<Channels::Channel> m_channel; // an EchoChannel
};

} // namespace Moltdesk::TestSupport
