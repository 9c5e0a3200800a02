#include "control/openaiendpoint.h"

#include "agent/agentrunner.h"
#include "agent/turnoutcome.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"
#include "http/sseevent.h"
#include "providers/router/routedrequest.h"
#include "security/constanttime.h"
#include "sessions/sessionkey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Moltdesk::Control {

using Agent::AgentRunner;
using Agent::TurnOutcome;
using Agent::TurnRequest;

namespace {
constexpr int MaxMessageLength = 100000;

// OpenAI's error body: {"error":{"message","type","param","code"}}; SDKs raise it as an APIError.
Http::Response openAiError(int status, const QString &type, const QString &message, const QString &code = {},
                           const QString &param = {})
{
    QJsonObject error{{u"message"_s, message},
                      {u"type"_s, type},
                      {u"param"_s, param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
                      {u"code"_s, code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code)}};
    return Http::Response::json(status, QJsonObject{{u"error"_s, error}});
}

Http::Response invalid(const QString &message, const QString &param = {})
{
    return openAiError(400, u"invalid_request_error"_s, message, {}, param);
}

// Text of a message's `content`: a string, or an array of parts of which the text parts count.
std::optional<QString> contentText(const QJsonValue &content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return std::nullopt;
    QStringList parts;
    for (const QJsonValue &part : content.toArray()) {
        const QJsonObject object = part.toObject();
        if (object.value(u"type"_s).toString() != u"text"_s)
            return std::nullopt;
        parts << object.value(u"text"_s).toString();
    }
    return parts.join(u'\n');
}

// The HTTP status for a run that did not end well.
Http::Response failedRun(const TurnOutcome &outcome)
{
    if (outcome.errorKind == u"budget"_s)
        return openAiError(429, u"insufficient_quota"_s, outcome.replyText, u"budget_exceeded"_s);
    if (outcome.errorKind == u"provider"_s)
        return openAiError(502, u"api_error"_s, outcome.replyText, u"upstream_error"_s);
    if (outcome.errorKind == u"context"_s || outcome.errorKind == u"input"_s)
        return invalid(outcome.replyText);
    if (outcome.state == TurnOutcome::State::Aborted)
        return openAiError(503, u"api_error"_s, u"the run was aborted"_s, u"aborted"_s);
    return openAiError(500, u"api_error"_s, outcome.replyText);
}

// A final answer, also when the tool-round limit cut the run short (the text then ends with a
// note); everything else is an error for the client.
bool answeredWell(const TurnOutcome &outcome)
{
    return outcome.state == TurnOutcome::State::Final
           && (outcome.errorKind.isEmpty() || outcome.errorKind == u"tool_rounds"_s);
}

// A client that hangs up does not want the answer: stop the run (and its provider spend).
void abortWhenGone(const Http::Responder &responder, QObject *context, AgentRunner &runner,
                   const QString &sessionKey, const QString &runId)
{
    QPointer<AgentRunner> guard(&runner);
    responder.onClientGone(context, [guard, sessionKey, runId] {
        if (guard)
            guard->abort(sessionKey, runId);
    });
}

QString finishReason(const TurnOutcome &outcome)
{
    return outcome.stopReason == u"max_tokens"_s ? u"length"_s : u"stop"_s;
}

QJsonObject usageJson(const TurnOutcome &outcome)
{
    // OpenAI counts cached tokens inside prompt_tokens.
    const qint64 prompt = outcome.usage.inputTokens + outcome.usage.cacheReadTokens + outcome.usage.cacheWriteTokens;
    return {{u"prompt_tokens"_s, prompt},
            {u"completion_tokens"_s, outcome.usage.outputTokens},
            {u"total_tokens"_s, prompt + outcome.usage.outputTokens},
            {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, outcome.usage.cacheReadTokens}}}};
}
} // namespace

OpenAiEndpoint::OpenAiEndpoint(AgentRunner &runner, TokenProvider operatorToken, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_operatorToken(std::move(operatorToken))
{
}

void OpenAiEndpoint::registerRoutes(Http::Router &router)
{
    router.addRoute(u"POST"_s, u"/v1/chat/completions"_s,
                    [this](const Http::Request &request, Http::Responder responder) { handle(request, responder); });
}

void OpenAiEndpoint::handle(const Http::Request &request, Http::Responder responder)
{
    const QByteArray auth = request.header("authorization");
    const QByteArray token = m_operatorToken ? m_operatorToken().toUtf8() : QByteArray();
    if (!auth.startsWith("Bearer ") || token.isEmpty() || !Security::constantTimeEquals(auth.mid(7), token)) {
        responder.send(openAiError(401, u"invalid_request_error"_s,
                                   u"send the Moltdesk operator token as the API key (Authorization: Bearer ...)"_s,
                                   u"invalid_api_key"_s));
        return;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        responder.send(invalid(u"the body must be a JSON object: "_s + parseError.errorString()));
        return;
    }
    const QJsonObject body = doc.object();
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    if (messages.isEmpty()) {
        responder.send(invalid(u"messages must be a non-empty array"_s, u"messages"_s));
        return;
    }
    if (body.contains(u"tools"_s) || body.contains(u"functions"_s)) {
        responder.send(invalid(u"client-side tools are not supported: the gateway's own tools apply"_s, u"tools"_s));
        return;
    }
    const QJsonObject last = messages.last().toObject();
    if (last.value(u"role"_s).toString() != u"user"_s) {
        responder.send(invalid(u"the last message must have role \"user\""_s, u"messages"_s));
        return;
    }
    const auto text = contentText(last.value(u"content"_s));
    if (!text || text->trimmed().isEmpty() || text->size() > MaxMessageLength) {
        responder.send(invalid(u"the last message's content must be non-empty text (a string or text parts) of at "
                               "most %1 characters"_s.arg(MaxMessageLength),
                               u"messages"_s));
        return;
    }

    const QString user = body.value(u"user"_s).toString(u"default"_s);
    const auto key = Sessions::SessionKey::api(user.isEmpty() ? u"default"_s : user);
    if (!key) {
        responder.send(invalid(u"user: "_s + key.error().message, u"user"_s));
        return;
    }

    TurnRequest turn;
    turn.sessionKey = key->toString();
    turn.userId = user;
    turn.text = *text;
    turn.commands = false;
    const QString model = body.value(u"model"_s).toString();
    if (model.contains(u'/') && m_runner.settings().providers.contains(model.section(u'/', 0, 0))) {
        turn.models = QStringList{model};
        for (const QString &m : Providers::RoutedRequest::modelChain(m_runner.settings()))
            if (m != model)
                turn.models << m;
    }

    const bool stream = body.value(u"stream"_s).toBool();
    const bool includeUsage = body.value(u"stream_options"_s).toObject().value(u"include_usage"_s).toBool();
    const QString displayModel = model.isEmpty() ? m_runner.settings().defaultModel : model;

    if (!stream) {
        const qint64 created = QDateTime::currentSecsSinceEpoch();
        auto runId = m_runner.submit(turn, [responder, created, displayModel](const TurnOutcome &outcome) {
            if (!answeredWell(outcome)) {
                responder.send(failedRun(outcome));
                return;
            }
            const QJsonObject completion{
                {u"id"_s, QString(u"chatcmpl-"_s + outcome.runId)},
                {u"object"_s, u"chat.completion"_s},
                {u"created"_s, created},
                {u"model"_s, outcome.model.isEmpty() ? displayModel : outcome.model},
                {u"choices"_s, QJsonArray{QJsonObject{
                                   {u"index"_s, 0},
                                   {u"message"_s, QJsonObject{{u"role"_s, u"assistant"_s},
                                                              {u"content"_s, outcome.replyText}}},
                                   {u"finish_reason"_s, finishReason(outcome)}}}},
                {u"usage"_s, usageJson(outcome)}};
            responder.send(Http::Response::json(200, completion));
        });
        if (!runId) {
            responder.send(invalid(runId.error().message));
            return;
        }
        abortWhenGone(responder, this, m_runner, turn.sessionKey, runId.value());
        return;
    }

    // Streamed: the run's text deltas become chunks. The run is submitted first and its
    // signals connected before the event loop runs again, so no delta is missed.
    auto runId = m_runner.submit(turn);
    if (!runId) {
        responder.send(invalid(runId.error().message));
        return;
    }
    streamRun(runId.value(), displayModel, includeUsage, responder);
    abortWhenGone(responder, this, m_runner, turn.sessionKey, runId.value());
}

void OpenAiEndpoint::streamRun(const QString &runId, const QString &model, bool includeUsage,
                               Http::Responder responder)
{
    const QString id = u"chatcmpl-"_s + runId;
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    responder.startEventStream();
    responder.write(
        dataLine(chunk(id, model, created, {{u"role"_s, u"assistant"_s}, {u"content"_s, QString()}}, QJsonValue())));

    // One connection per signal, all owned by a guard object deleted when the run ends.
    auto *guard = new QObject(this);
    auto streamed = std::make_shared<QString>();
    connect(&m_runner, &AgentRunner::textDelta, guard,
            [responder, runId, id, model, created, streamed](const QString &run, const QString &delta) {
                if (run != runId)
                    return;
                *streamed += delta;
                responder.write(dataLine(chunk(id, model, created, {{u"content"_s, delta}}, QJsonValue())));
            });
    connect(&m_runner, &AgentRunner::runFinished, guard,
            [responder, runId, id, model, created, includeUsage, guard, streamed](const TurnOutcome &outcome) {
                if (outcome.runId != runId)
                    return;
                guard->deleteLater();
                const QString answered = outcome.model.isEmpty() ? model : outcome.model;
                if (answeredWell(outcome)) {
                    // Text that was not streamed (the note after the last tool round) goes out as
                    // one more delta, so the client ends up with the whole answer.
                    if (outcome.replyText.startsWith(*streamed) && outcome.replyText.size() > streamed->size())
                        responder.write(dataLine(chunk(id, answered, created,
                                                       {{u"content"_s, outcome.replyText.mid(streamed->size())}},
                                                       QJsonValue())));
                    responder.write(dataLine(chunk(id, answered, created, {}, finishReason(outcome))));
                    if (includeUsage) {
                        QJsonObject last = chunk(id, answered, created, {}, QJsonValue());
                        last.insert(u"choices"_s, QJsonArray());
                        last.insert(u"usage"_s, usageJson(outcome));
                        responder.write(dataLine(last));
                    }
                } else {
                    // Failures after the stream started travel as an error object in a data line,
                    // as OpenAI does.
                    responder.write("data: " + failedRun(outcome).body + "\n\n");
                }
                responder.write("data: [DONE]\n\n");
                responder.end();
            });
}

QJsonObject OpenAiEndpoint::chunk(const QString &id, const QString &model, qint64 created, const QJsonObject &delta,
                                  const QJsonValue &finishReason)
{
    return {{u"id"_s, id},
            {u"object"_s, u"chat.completion.chunk"_s},
            {u"created"_s, created},
            {u"model"_s, model},
            {u"choices"_s, QJsonArray{QJsonObject{
                               {u"index"_s, 0}, {u"delta"_s, delta}, {u"finish_reason"_s, finishReason}}}}};
}

QByteArray OpenAiEndpoint::dataLine(const QJsonObject &object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

} // namespace Moltdesk::Control
