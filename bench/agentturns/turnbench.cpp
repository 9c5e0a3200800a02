#include "turnbench.h"

#include "instantproviderserver.h"
#include "processprobe.h"
#include "timingnetworkaccessmanager.h"

#include "agent/agentrunner.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace Moltdesk::Bench {

namespace {

// Drives `total` turns over `sessions` closed-loop clients and waits for all of them.
class TurnDriver
{
public:
    TurnDriver(BenchAgent &agent, int sessions, int total, bool record)
        : m_agent(agent)
        , m_sessions(sessions)
        , m_remaining(total)
        , m_record(record)
    {
    }

    QStringList run()
    {
        for (int s = 0; s < m_sessions && m_remaining > 0; ++s)
            submitNext(s);
        if (m_inFlight > 0)
            m_loop.exec();
        return m_errors;
    }

    QList<qint64> turnNs, providerNs, overheadNs;

private:
    void submitNext(int session)
    {
        --m_remaining;
        ++m_inFlight;
        Agent::TurnRequest request;
        request.sessionKey = u"api:bench-%1"_s.arg(session);
        request.text = u"Hello, this is turn %1."_s.arg(++m_submitted);
        request.commands = false;
        auto timer = std::make_shared<QElapsedTimer>();
        const qint64 providerBefore = m_agent.network().totalNs();
        timer->start();
        const auto runId = m_agent.runner().submit(request, [this, session, timer, providerBefore](
                                                                const Agent::TurnOutcome &outcome) {
            const qint64 ns = timer->nsecsElapsed();
            --m_inFlight;
            if (outcome.state != Agent::TurnOutcome::State::Final)
                m_errors << u"%1: %2 %3"_s.arg(outcome.sessionKey, outcome.errorKind, outcome.replyText);
            if (m_record) {
                turnNs << ns;
                // Only one session: every call finishing meanwhile belongs to this turn.
                if (m_sessions == 1) {
                    const qint64 provider = m_agent.network().totalNs() - providerBefore;
                    providerNs << provider;
                    overheadNs << ns - provider;
                }
            }
            if (m_remaining > 0)
                submitNext(session);
            else if (m_inFlight == 0)
                m_loop.quit();
        });
        if (!runId) {
            --m_inFlight;
            m_errors << u"submit: "_s + runId.error().message;
        }
    }

    BenchAgent &m_agent;
    int m_sessions;
    int m_remaining;
    bool m_record;
    int m_inFlight = 0;
    int m_submitted = 0;
    QStringList m_errors;
    QEventLoop m_loop;
};

QList<qint64> routerLatenciesMs(Storage::Database &database, qint64 skip)
{
    QList<qint64> out;
    auto db = database.connection();
    if (!db)
        return out;
    QSqlQuery query(db.value());
    query.prepare(u"SELECT latency_ms FROM usage_calls ORDER BY id LIMIT -1 OFFSET ?"_s);
    query.addBindValue(skip);
    if (!query.exec())
        return out;
    while (query.next())
        out << query.value(0).toLongLong() * 1000000; // stored in ms; kept in ns for LatencyStats
    return out;
}

} // namespace

TurnBench::Result TurnBench::run(const Scenario &scenario)
{
    Result result;
    result.scenario = scenario;
    BenchAgent agent(scenario.agent);
    if (!agent.ok()) {
        result.errors << agent.error();
        return result;
    }

    result.errors << TurnDriver(agent, scenario.sessions, scenario.warmup, false).run();
    const qsizetype callsBefore = agent.network().finishedCount();
    const qsizetype servedBefore = agent.server().requestCount();
    result.rssBeforeKb = ProcessProbe::rssKb();
    result.storageBefore = agent.storageBytes();

    TurnDriver measured(agent, scenario.sessions, scenario.turns, true);
    QElapsedTimer wall;
    wall.start();
    result.errors << measured.run();
    result.seconds = double(wall.nsecsElapsed()) / 1e9;

    result.rssAfterKb = ProcessProbe::rssKb();
    result.storageAfter = agent.storageBytes();
    result.turnNs = LatencyStats(measured.turnNs);
    result.providerNs = LatencyStats(measured.providerNs);
    result.overheadNs = LatencyStats(measured.overheadNs);
    result.roundTripNs = LatencyStats(agent.network().roundTripsNs(callsBefore));
    result.serviceNs = LatencyStats(agent.server().serviceTimesNs(servedBefore));
    result.routerMs = LatencyStats(routerLatenciesMs(agent.database(), callsBefore));
    result.providerCalls = agent.network().finishedCount() - callsBefore;
    result.largestRequestBytes = agent.server().largestRequestBytes();
    if (agent.server().badRequests() > 0)
        result.errors << u"the instant provider got %1 request(s) without Content-Length"_s.arg(agent.server().badRequests());
    return result;
}

} // namespace Moltdesk::Bench
