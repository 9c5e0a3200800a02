#pragma once

#include "benchagent.h"
#include "latencystats.h"

#include <QString>
#include <QStringList>

namespace Moltdesk::Bench {

// One measured scenario: `sessions` closed-loop clients, each submitting its next turn when the
// previous one's outcome arrives (sessions run in parallel, turns within a session in order),
// `turns` in total after `warmup` turns that are not counted. A fresh BenchAgent per scenario.
class TurnBench
{
public:
    struct Scenario
    {
        QString name;
        BenchAgent::Options agent;
        int sessions = 1;
        int turns = 2000;
        int warmup = 200;
    };

    struct Result
    {
        Scenario scenario;
        double seconds = 0.0;        // measured phase, wall clock
        LatencyStats turnNs;         // submit -> outcome
        LatencyStats providerNs;     // per turn: HTTP round trips of its provider calls (1 session only)
        LatencyStats overheadNs;     // per turn: turn - provider (1 session only)
        LatencyStats roundTripNs;    // per provider call, as the client saw it
        LatencyStats serviceNs;      // per provider call, inside the fake server
        LatencyStats routerMs;       // per provider call, AttemptInfo::latencyMs from usage_calls (ms)
        qint64 rssBeforeKb = 0;
        qint64 rssAfterKb = 0;
        qint64 storageBefore = 0;
        qint64 storageAfter = 0;
        qint64 providerCalls = 0;
        qint64 largestRequestBytes = 0;
        QStringList errors;          // turns that did not end Final, and set-up failures

        double turnsPerSecond() const { return seconds > 0 ? double(turnNs.count()) / seconds : 0.0; }
    };

    static Result run(const Scenario &scenario);
};

} // namespace Moltdesk::Bench
