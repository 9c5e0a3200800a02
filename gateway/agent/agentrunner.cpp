#include "agent/agentrunner.h"

#include "agent/agentturn.h"
#include "base/logging.h"
#include "sessions/sessionkey.h"
#include "sessions/sessionmanager.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

AgentRunner::AgentRunner(AgentServices services, Config::AiSettings settings, Sessions::SessionManager &actors,
                         QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_settings(std::move(settings))
    , m_actors(actors)
{
    qRegisterMetaType<Moltdesk::Agent::TurnOutcome>();
}

// Turns are children: they and their calls die with the runner without emitting anything (the
// gateway calls abortAll() first when it stops, so runs end as "aborted" while the actors live).
AgentRunner::~AgentRunner() = default;

Storage::Result<QString> AgentRunner::submit(const TurnRequest &request, Done done)
{
    const auto key = Sessions::SessionKey::parse(request.sessionKey);
    if (!key)
        return key.error();
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_active.insert(runId, Run{key->toString(), {}, false, std::move(done)});

    QPointer<AgentRunner> self(this);
    TurnRequest normalised = request;
    normalised.sessionKey = key->toString();
    m_actors.post(
        normalised.sessionKey,
        [self, runId, normalised](std::function<void()> actorDone) {
            if (!self) {
                actorDone();
                return;
            }
            self->startRun(runId, normalised, std::move(actorDone));
        },
        [self, runId] {
            if (!self)
                return;
            if (auto it = self->m_active.find(runId); it != self->m_active.end() && it->turn)
                it->turn->abort();
        });
    return runId;
}

void AgentRunner::startRun(const QString &runId, const TurnRequest &request, std::function<void()> actorDone)
{
    auto it = m_active.find(runId);
    if (it == m_active.end()) {
        actorDone();
        return;
    }
    const auto key = Sessions::SessionKey::parse(request.sessionKey);
    if (it->abortRequested || !key) {
        TurnOutcome outcome;
        outcome.runId = runId;
        outcome.sessionKey = request.sessionKey;
        outcome.state = TurnOutcome::State::Aborted;
        complete(runId, outcome, actorDone);
        return;
    }

    auto *turn = new AgentTurn(runId, request, key.value(), m_services, m_settings, this);
    it->turn = turn;
    connect(turn, &AgentTurn::chatEvent, this, &AgentRunner::chatEvent);
    connect(turn, &AgentTurn::agentEvent, this, &AgentRunner::agentEvent);
    connect(turn, &AgentTurn::textDelta, this,
            [this, runId](const QString &delta, const QString &) { Q_EMIT textDelta(runId, delta); });
    connect(turn, &AgentTurn::finished, this, [this, runId, turn, actorDone](const TurnOutcome &outcome) {
        turn->deleteLater();
        complete(runId, outcome, actorDone);
    });
    Q_EMIT runStarted(runId, request.sessionKey);
    turn->start();
}

void AgentRunner::complete(const QString &runId, const TurnOutcome &outcome, const std::function<void()> &actorDone)
{
    const Run run = m_active.take(runId);
    remember(outcome);
    qCDebug(lcAgent).noquote() << "run" << runId << "in" << outcome.sessionKey << "ended"
                               << TurnOutcome::stateName(outcome.state) << "after" << outcome.durationMs << "ms";
    if (run.done)
        run.done(outcome);
    Q_EMIT runFinished(outcome);
    actorDone();
}

void AgentRunner::remember(const TurnOutcome &outcome)
{
    m_recent.insert(outcome.runId, outcome);
    m_recentOrder.push_back(outcome.runId);
    while (m_recentOrder.size() > size_t(RecentOutcomes)) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
}

std::optional<TurnOutcome> AgentRunner::outcome(const QString &runId) const
{
    const auto it = m_recent.constFind(runId);
    if (it == m_recent.constEnd())
        return std::nullopt;
    return it.value();
}

bool AgentRunner::abort(const QString &sessionKey, const QString &runId)
{
    const auto key = Sessions::SessionKey::parse(sessionKey);
    if (!key)
        return false;
    if (runId.isEmpty())
        return m_actors.abort(key->toString());
    auto it = m_active.find(runId);
    if (it == m_active.end() || it->sessionKey != key->toString())
        return false;
    if (it->turn) {
        it->turn->abort();
        return true;
    }
    it->abortRequested = true; // still queued: ends as aborted when its turn comes
    return true;
}

void AgentRunner::abortAll()
{
    const QStringList ids = m_active.keys();
    for (const QString &id : ids) {
        auto it = m_active.find(id);
        if (it == m_active.end())
            continue;
        it->abortRequested = true;
        if (it->turn)
            it->turn->abort();
    }
}

} // namespace Moltdesk::Agent
