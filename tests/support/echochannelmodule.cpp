#include "support/echochannelmodule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Moltdesk::TestSupport {

class EchoChannelModule::EchoChannel : public Channels::Channel
{
public:
    EchoChannel(std::shared_ptr<EchoTransport> transport, Channels::Clock clock)
        : Channels::Channel(EchoChannelModule::Name, std::move(clock)), m_transport(std::move(transport))
    {
    }

    void start() override { setState(Channels::ChannelStatus::State::Running); }
    void stop() override { setState(Channels::ChannelStatus::State::Stopped); }
    Channels::ChannelLimits limits() const override { return {}; }
    void setTyping(const QString &, bool) override {}

    // Attachments are "fetched" by describing them to the model as text.
    void prepare(const Channels::InboundMessage &message, Prepared ready) override
    {
        ++m_transport->prepared;
        QJsonArray blocks;
        for (const Channels::Attachment &attachment : message.attachments)
            blocks.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, u"[echo attachment %1]"_s.arg(attachment.fileName)}});
        ready(message, blocks);
    }

    Channels::InboundPipeline::Outcome receive(Channels::InboundMessage message) { return deliver(std::move(message)); }

protected:
    void sendMessage(const Channels::OutboundMessage &message, SendCallback done) override
    {
        if (m_transport->failSends) {
            done(Channels::SendResult::failure(u"echo transport refused the send"_s));
            return;
        }
        m_transport->sent.append(message);
        done(Channels::SendResult::success({QString::number(m_transport->sent.size())}));
    }

private:
    std::shared_ptr<EchoTransport> m_transport;
};

EchoChannelModule::EchoChannelModule(std::shared_ptr<EchoTransport> transport) : m_transport(std::move(transport)) {}

bool EchoChannelModule::configure(const Config::Settings &)
{
    const bool first = !m_configured;
    m_configured = true;
    return first;
}

std::unique_ptr<Channels::Channel> EchoChannelModule::createChannel(const Channels::ModuleContext &context)
{
    auto channel = std::make_unique<EchoChannel>(m_transport, context.clock);
    m_channel = channel.get();
    return channel;
}

QList<Channels::WebhookRoute> EchoChannelModule::routes()
{
    return {{u"POST"_s, Path, [this](const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond) {
                 receive(request, respond);
             }}};
}

void EchoChannelModule::receive(const Channels::WebhookRequest &request, const Channels::WebhookRespond &respond)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString chat = body.value(u"chat"_s).toString();
    const QString id = body.value(u"id"_s).toString();
    if (chat.isEmpty() || id.isEmpty()) {
        respond(Channels::WebhookReply::error(400, "bad_message", u"chat and id are required"_s));
        return;
    }
    if (!m_channel) {
        respond(Channels::WebhookReply::error(503, "not_running", u"the echo channel is not running"_s));
        return;
    }
    Channels::InboundMessage message;
    message.chatId = chat;
    message.senderId = body.value(u"sender"_s).toString(chat);
    message.senderName = u"Echo user "_s + message.senderId;
    message.channelMessageId = id;
    message.text = body.value(u"text"_s).toString();
    if (body.value(u"group"_s).toBool()) {
        message.chatKind = Channels::InboundMessage::ChatKind::Group;
        message.mentionsBot = body.value(u"mention"_s).toBool();
    }
    if (const QString file = body.value(u"attachment"_s).toString(); !file.isEmpty()) {
        Channels::Attachment attachment;
        attachment.fileRef = file;
        attachment.fileName = file;
        message.attachments.append(attachment);
    }
    const Channels::InboundPipeline::Outcome outcome = static_cast<EchoChannel *>(m_channel.data())->receive(message);
    if (outcome == Channels::InboundPipeline::Outcome::StorageError) {
        respond(Channels::WebhookReply::error(500, "not_stored", u"not stored; deliver it again"_s));
        return;
    }
    respond(Channels::WebhookReply::json(200, {{u"outcome"_s, Channels::InboundPipeline::outcomeName(outcome)}}));
}

QList<Channels::ModuleMethod> EchoChannelModule::methods()
{
    auto sent = [transport = m_transport](const QJsonObject &params, const Channels::MethodAnswer &answer) {
        const QJsonValue chat = params.value(u"chat"_s);
        if (!chat.isUndefined() && !chat.isString()) {
            answer({}, Channels::MethodError{Channels::MethodError::Kind::InvalidParams, u"chat must be a string"_s});
            return;
        }
        QJsonArray out;
        for (const Channels::OutboundMessage &message : transport->sent) {
            if (chat.isString() && message.chatId != chat.toString())
                continue;
            out.append(QJsonObject{{u"chat"_s, message.chatId},
                                   {u"text"_s, message.text},
                                   {u"replyTo"_s, message.replyToMessageId}});
        }
        answer(QJsonObject{{u"messages"_s, out}}, std::nullopt);
    };
    return {{u"channels.echo.sent"_s, sent}};
}

} // namespace Moltdesk::TestSupport
