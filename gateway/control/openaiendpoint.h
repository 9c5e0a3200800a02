#pragma once

#include "http/responder.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Moltdesk::Http {
struct Request;
class Router;
} // namespace Moltdesk::Http

namespace Moltdesk::Agent {
class AgentRunner;
struct TurnOutcome;
} // namespace Moltdesk::Control

namespace Moltdesk::Control {

// POST /v1/chat/completions: the agent behind OpenAI's Chat Completions wire format
// (https://platform.openai.com/docs/api-reference/chat), so the official SDKs and tools built
// for them work against Moltdesk unchanged: a protocol adapter over the agent, like the WebSocket
// methods of control/ (docs/architecture.md). docs/http.md "OpenAI-compatible endpoint" has the
// details; in short:
// - Authorization: Bearer <operator token> (401 otherwise, OpenAI's error shape).
// - `user` selects the session api:<user> (api:default without it). The gateway keeps the
//   history, so the last user message is the new input; earlier messages in the request are
//   not replayed (clients that resend the whole conversation do not duplicate it).
// - `model`: a configured "provider/model" puts that model first in the chain; any other value
//   (e.g. "moltdesk") uses ai.defaultModel. The reply names the model that answered.
// - Tools and memory are the gateway's own; client-side `tools` are refused (400).
// - stream:true answers with chat.completion.chunk events and `data: [DONE]`; usage in a last
//   chunk when stream_options.include_usage is set. A client that disconnects aborts the run.
class OpenAiEndpoint : public QObject
{
    Q_OBJECT

public:
    using TokenProvider = std::function<QString()>;

    OpenAiEndpoint(Agent::AgentRunner &runner, TokenProvider operatorToken, QObject *parent = nullptr);

    void registerRoutes(Http::Router &router);

private:
    void handle(const Http::Request &request, Http::Responder responder);
    void streamRun(const QString &runId, const QString &model, bool includeUsage, Http::Responder responder);
    static QJsonObject chunk(const QString &id, const QString &model, qint64 created, const QJsonObject &delta,
                             const QJsonValue &finishReason);
    static QByteArray dataLine(const QJsonObject &object);

    Agent::AgentRunner &m_runner;
    TokenProvider m_operatorToken;
};

} // namespace Moltdesk::Control
