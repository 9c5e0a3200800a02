// agentturns: what the agent costs per turn when the provider costs nothing.
// See docs/benchmarks.md ("agent turns") for how to run it and how to read the tables.

#include "appendbench.h"
#include "turnbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using Moltdesk::Bench::AppendBench;
using Moltdesk::Bench::LatencyStats;
using Moltdesk::Bench::TurnBench;

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString kib(qint64 bytes)
{
    return number(double(bytes) / 1024.0, 1) + u" KiB"_s;
}

int positive(const QCommandLineParser &parser, const QString &name, bool *ok)
{
    bool parsed = false;
    const int value = parser.value(name).toInt(&parsed);
    if (!parsed || value <= 0) {
        std::fprintf(stderr, "agentturns: --%s must be a positive integer, got '%s'\n", qPrintable(name),
                     qPrintable(parser.value(name)));
        *ok = false;
    }
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"agentturns"_s);
    // The agent logs every turn; at thousands of turns per second that is the benchmark.
    QLoggingCategory::setFilterRules(u"moltdesk.*.debug=false\nmoltdesk.*.info=false"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Agent turn overhead and turns/s against an instant fake provider."_s);
    parser.addHelpOption();
    parser.addOption({u"turns"_s, u"Measured turns per scenario (default 2000)."_s, u"n"_s, u"2000"_s});
    parser.addOption({u"warmup"_s, u"Warm-up turns per scenario, not counted (default 200)."_s, u"n"_s, u"200"_s});
    parser.addOption({u"sessions"_s, u"Sessions of the concurrent scenarios (default 64)."_s, u"n"_s, u"64"_s});
    parser.process(app);
    bool ok = true;
    const int turns = positive(parser, u"turns"_s, &ok);
    const int warmup = positive(parser, u"warmup"_s, &ok);
    const int sessions = positive(parser, u"sessions"_s, &ok);
    if (!ok)
        return 2;

    using Options = Moltdesk::Bench::BenchAgent::Options;
    const auto scenario = [&](const QString &name, Options options, int n) {
        return TurnBench::Scenario{name, options, n, turns, warmup};
    };
    const QString many = QString::number(sessions);
    const QList<TurnBench::Scenario> scenarios = {
        scenario(u"streamed"_s, Options{true, false, false, 4}, 1),
        scenario(u"non-streamed"_s, Options{false, false, false, 4}, 1),
        scenario(u"streamed + 1 echo tool round"_s, Options{true, true, false, 4}, 1),
        scenario(u"streamed, synchronous=OFF (bench only)"_s, Options{true, false, true, 4}, 1),
        scenario(u"streamed"_s, Options{true, false, false, 4}, sessions),
        scenario(u"streamed, provider maxConcurrent unlimited"_s, Options{true, false, false, 0}, sessions),
        scenario(u"streamed + 1 echo tool round"_s, Options{true, true, false, 4}, sessions),
    };

    QTextStream out(stdout);
    QList<TurnBench::Result> results;
    int failures = 0;
    for (const auto &s : scenarios) {
        std::fprintf(stderr, "agentturns: %s, %d session(s)...\n", qPrintable(s.name), s.sessions);
        results << TurnBench::run(s);
        if (!results.last().errors.isEmpty()) {
            ++failures;
            const QStringList &errors = results.last().errors;
            std::fprintf(stderr, "agentturns: %lld turn(s) failed, first: %s\n", qlonglong(errors.size()),
                         qPrintable(errors.first()));
        }
    }

    out << "### Turns (" << turns << " measured after " << warmup << " warm-up, per scenario)\n\n"
        << "| scenario | sessions | turns/s | turn p50 | turn p90 | turn p99 |\n|---|---|---|---|---|---|\n";
    for (const auto &r : results)
        out << "| " << r.scenario.name << " | " << r.scenario.sessions << " | " << number(r.turnsPerSecond(), 0)
            << " | " << r.turnNs.p(50) << " | " << r.turnNs.p(90) << " | " << r.turnNs.p(99) << " |\n";

    out << "\n### Where the time goes (1 session; per turn unless noted)\n\n"
        << "| scenario | provider calls/turn | server service p50 (per call) | HTTP round trip p50 / p99 (per call) "
           "| router latencyMs p50 / p99 (per call) | provider time p50 / p99 | turn overhead p50 / p99 |\n"
        << "|---|---|---|---|---|---|---|\n";
    for (const auto &r : results) {
        if (r.scenario.sessions != 1)
            continue;
        out << "| " << r.scenario.name << " | " << number(double(r.providerCalls) / double(qMax<qsizetype>(1, r.turnNs.count())), 1)
            << " | " << r.serviceNs.p(50) << " | " << r.roundTripNs.p(50) << " / " << r.roundTripNs.p(99) << " | "
            << r.routerMs.percentileNs(50) / 1000000 << " ms / " << r.routerMs.percentileNs(99) / 1000000 << " ms | "
            << r.providerNs.p(50) << " / " << r.providerNs.p(99) << " | " << r.overheadNs.p(50) << " / "
            << r.overheadNs.p(99) << " |\n";
    }

    out << "\n### Memory and storage\n\n"
        << "| scenario | sessions | RSS before → after | SQLite (db + wal) growth per turn | largest request body |\n"
        << "|---|---|---|---|---|\n";
    for (const auto &r : results)
        out << "| " << r.scenario.name << " | " << r.scenario.sessions << " | " << r.rssBeforeKb / 1024 << " → "
            << r.rssAfterKb / 1024 << " MiB | "
            << number(double(r.storageAfter - r.storageBefore) / double(qMax<qsizetype>(1, r.turnNs.count())), 0)
            << " B | " << kib(r.largestRequestBytes) << " |\n";

    out << "\n### SessionStore::append alone (" << turns << " small user messages, one session)\n\n"
        << "| synchronous | p50 | p90 | p99 | mean |\n|---|---|---|---|---|\n";
    for (bool off : {false, true}) {
        const AppendBench::Result r = AppendBench::run(turns, off);
        if (!r.error.isEmpty()) {
            ++failures;
            std::fprintf(stderr, "agentturns: append bench: %s\n", qPrintable(r.error));
            continue;
        }
        out << "| " << (off ? "OFF (bench only)" : "FULL (the gateway's)") << " | " << r.appendNs.p(50) << " | "
            << r.appendNs.p(90) << " | " << r.appendNs.p(99) << " | "
            << LatencyStats::format(qint64(r.appendNs.meanNs())) << " |\n";
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}
