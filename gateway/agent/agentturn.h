#pragma once

#include "agent/agentservices.h"
#include "agent/toolresult.h"
#include "agent/turnoutcome.h"
#include "agent/turnrequest.h"
#include "providers/providererror.h"
#include "providers/providerresult.h"
#include "providers/router/attemptinfo.h"
#include "sessions/sessionkey.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Moltdesk::Providers {
class RoutedCall;
}

namespace Moltdesk::Agent {

// One agent run in one session (started by AgentRunner inside the session's actor, so runs of a
// session never overlap). The loop, docs/agent.md "A run":
//   command? → answer it. Otherwise store the user message, then per round: budget check →
//   context (ContextBuilder) → routed model call (streamed) → store the reply → record usage →
//   if the model called tools and rounds are left: run them, store the results, next round.
// Ends with exactly one finished(); the runner deletes the object afterwards. Every step that
// changes history writes SQLite before the next starts, so a crash mid-run loses at most the
// reply being streamed.
class AgentTurn : public QObject
{
    Q_OBJECT

public:
    AgentTurn(QString runId, TurnRequest request, Sessions::SessionKey key, const AgentServices &services,
              const Config::AiSettings &settings, QObject *parent = nullptr);
    ~AgentTurn() override;

    void start();
    // Stops the model call or drops the tool results still to come; ends with state aborted.
    void abort();

    const QString &runId() const { return m_runId; }

    // The prompt used when ai.systemPrompt is empty.
    static QString defaultSystemPrompt();
    // Appended to every system prompt, the configured one too: tool output is data, and in groups
    // only the gateway's sender tags say who wrote a message (docs/tools.md "Trust levels").
    static QString trustNote(TrustLevel level);
    // What the model reads of a web_fetch, files or memory result: between markers saying it is
    // data (other tools' results and errors unchanged).
    static ToolResult framed(const QString &toolName, const ToolResult &result);
    // Context window assumed for a provider type (no API reports it): see docs/agent.md.
    static int contextWindowFor(Config::ProviderType type);

signals:
    // `chat` and `agent` event payloads (contract: chat state delta|final|aborted|error; agent
    // stream lifecycle|assistant|tool), in order.
    void chatEvent(const QJsonObject &payload);
    void agentEvent(const QJsonObject &payload);
    // The text streamed so far was replaced (a retry or fail-over started over) or grew.
    void textDelta(const QString &delta, const QString &textSoFar);
    void finished(const Moltdesk::Agent::TurnOutcome &outcome);

private:
    void runCommandOrStart();
    void nextRound();
    void onCallFinished(const Providers::ProviderResult &result, const QList<Providers::AttemptInfo> &attempts);
    void onCallFailed(const Providers::ProviderError &error, const QList<Providers::AttemptInfo> &attempts);
    void runTools(const QJsonArray &toolUses);
    void recordAttempts(const QList<Providers::AttemptInfo> &attempts);
    QStringList allowedModels(QString *denial);
    bool appendMessage(const QString &role, const QJsonArray &content, const QString &model = {},
                       const QJsonObject &usage = {}, const QJsonObject &metadata = {});

    void finishFinal(const QString &text);
    void finishError(const QString &kind, const QString &message);
    void finishAborted();
    void finish(TurnOutcome::State state);

    void emitChat(const QString &state, const QJsonObject &extra);
    void emitAgent(const QString &stream, const QJsonObject &data);

    QString m_runId;
    TurnRequest m_request;
    Sessions::SessionKey m_key;
    AgentServices m_services;
    Config::AiSettings m_settings;
    TurnOutcome m_outcome;
    QElapsedTimer m_elapsed;
    QPointer<Providers::RoutedCall> m_call;
    QString m_streamed;        // text of the reply being streamed
    QString m_finalText;       // text of every assistant message of this run, joined
    int m_round = 0;
    int m_chatSeq = 0;
    int m_agentSeq = 0;
    TurnTrust m_trust;
    bool m_trustRestricted = false; // a trust decision was made (services.trust set)
    QStringList m_mentionedHosts;   // hosts named by the user messages of the last context window
    bool m_toolsRunning = false;
    bool m_abortRequested = false;
    bool m_done = false;
};

} // namespace Moltdesk::Agent
