#pragma once

#include "providers/providercall.h"

#include <QJsonObject>
#include <QMap>

namespace Moltdesk::Providers {

// A Messages API call: POST /v1/messages, answered either as one JSON message or as the event
// stream of https://docs.anthropic.com/en/api/messages-streaming (message_start,
// content_block_start/delta/stop, message_delta, message_stop, ping, error).
class AnthropicCall : public ProviderCall
{
    Q_OBJECT

public:
    AnthropicCall(QNetworkAccessManager *network, ProviderRequest request, ProviderEndpoint endpoint,
                  QObject *parent);

protected:
    void handleSseMessage(const SseMessage &message) override;
    void handleBody(const QByteArray &body) override;
    ProviderError classifyHttpError(int status, const QByteArray &body) const override;

private:
    struct Block
    {
        QString type;
        QString text;
        QString id;
        QString name;
        QString inputJson; // input_json_delta pieces, parsed at content_block_stop
        QJsonObject input;
    };

    void onBlockStart(const QJsonObject &event);
    void onBlockDelta(const QJsonObject &event);
    void onBlockStop(const QJsonObject &event);
    void onMessageStop();

    ProviderResult m_result;
    QMap<int, Block> m_blocks; // by the stream's block index = position in the final content
    bool m_started = false;
};

} // namespace Moltdesk::Providers
