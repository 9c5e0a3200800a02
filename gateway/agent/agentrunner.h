#pragma once

#include "agent/agentservices.h"
#include "agent/turnoutcome.h"
#include "agent/turnrequest.h"
#include "storage/result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>

namespace Moltdesk::Sessions {
class SessionManager;
}

namespace Moltdesk::Agent {

class AgentTurn;

// The agent: takes messages for sessions and answers them, one run at a time per session (the
// SessionManager's actors), any number of sessions at once. Everything that starts a turn —
// chat.send, the OpenAI-compatible endpoint, channels, cron — goes through submit().
//
// Runs are identified by a runId (UUID). Events for the panel and WS clients come out as
// chatEvent()/agentEvent() payloads (docs/protocol.md "chat and agent events"); the outcome of
// every run is kept for a while (the last RecentOutcomes) so an idempotent repeat of chat.send
// can answer with it.
//
// Lives on the gateway thread.
class AgentRunner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TurnOutcome &)>;
    static constexpr int RecentOutcomes = 1000;

    AgentRunner(AgentServices services, Config::AiSettings settings, Sessions::SessionManager &actors,
                QObject *parent = nullptr);
    ~AgentRunner() override;

    // Queues the message in its session; returns the runId at once. `done` (optional) runs once
    // with the outcome, on this thread. An invalid session key is an error, nothing is queued.
    Storage::Result<QString> submit(const TurnRequest &request, Done done = {});

    // Aborts the run `runId` of the session (running: stopped; queued: dropped when its turn
    // comes, ending as aborted), or the running one when runId is empty. False if there was
    // nothing to abort.
    bool abort(const QString &sessionKey, const QString &runId = {});

    void setSettings(const Config::AiSettings &settings) { m_settings = settings; }
    const Config::AiSettings &settings() const { return m_settings; }

    bool isActive(const QString &runId) const { return m_active.contains(runId); }
    // The outcome of a finished run still remembered; nullopt when unknown or not finished.
    std::optional<TurnOutcome> outcome(const QString &runId) const;
    int activeRuns() const { return int(m_active.size()); }
    // Aborts every run (gateway stop). Their outcomes are "aborted".
    void abortAll();

signals:
    void chatEvent(const QJsonObject &payload);
    void agentEvent(const QJsonObject &payload);
    void runStarted(const QString &runId, const QString &sessionKey);
    void textDelta(const QString &runId, const QString &delta);
    void runFinished(const Moltdesk::Agent::TurnOutcome &outcome);

private:
    struct Run
    {
        QString sessionKey;
        QPointer<AgentTurn> turn;
        bool abortRequested = false;
        Done done;
    };

    void startRun(const QString &runId, const TurnRequest &request, std::function<void()> actorDone);
    void complete(const QString &runId, const TurnOutcome &outcome, const std::function<void()> &actorDone);
    void remember(const TurnOutcome &outcome);

    AgentServices m_services;
    Config::AiSettings m_settings;
    Sessions::SessionManager &m_actors;
    QHash<QString, Run> m_active; // queued or running
    QHash<QString, TurnOutcome> m_recent;
    std::deque<QString> m_recentOrder;
};

} // namespace Moltdesk::Agent
