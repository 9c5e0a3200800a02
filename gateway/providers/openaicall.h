#pragma once

#include "providers/openaiwire.h"
#include "providers/providercall.h"

#include <QMap>

namespace Moltdesk::Providers {

// A Chat Completions call: POST /v1/chat/completions, answered as one chat.completion object
// or as a stream of chat.completion.chunk objects ending with "data: [DONE]"
// (https://platform.openai.com/docs/api-reference/chat-streaming).
class OpenAiCall : public ProviderCall
{
    Q_OBJECT

public:
    OpenAiCall(QNetworkAccessManager *network, OpenAiWire::Flavour flavour, ProviderRequest request,
               ProviderEndpoint endpoint, QObject *parent);

protected:
    void handleSseMessage(const SseMessage &message) override;
    void handleBody(const QByteArray &body) override;
    ProviderError classifyHttpError(int status, const QByteArray &body) const override;

private:
    struct ToolCall
    {
        QString id;
        QString name;
        QString arguments;
    };

    void onChunk(const QJsonObject &chunk);
    void onToolCallDelta(const QJsonObject &delta, int position);
    void onDone();

    QString m_messageId;
    QString m_model;
    QString m_text;
    QString m_finishReason;
    QMap<int, ToolCall> m_toolCalls; // reassembled by the delta's "index"
    TokenUsage m_usage;
    bool m_haveUsage = false;
};

} // namespace Moltdesk::Providers
