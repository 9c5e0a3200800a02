#pragma once

#include "agent/tool.h"
#include "agent/tools/webfetchoptions.h"

#include <QElapsedTimer>
#include <QQueue>

#include <memory>

namespace Moltdesk::Agent {

// web_fetch: HTTP(S) GET of a URL for the model, with the SSRF guard, size and time caps, manual
// redirects, and HTML reduced to readable text (see WebFetchJob for how each is done).
// Create it on the thread the registry lives on (each call's job lives there).
// At most options.maxConcurrent fetches run at once, across every session (docs/tools.md); the
// others wait in arrival order. One that waited so long that the fetch could outlast timeout() is
// answered with an error instead of starting late.
class WebFetchTool : public Tool
{
public:
    explicit WebFetchTool(WebFetchOptions options = {});

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    // The job's own deadline answers first with a precise message; this is the registry's backstop
    // (a wait for a slot of at most timeLimit, then the fetch itself).
    std::chrono::milliseconds timeout() const override { return 2 * m_options.timeLimit + std::chrono::seconds(5); }
    qsizetype outputCap() const override { return 100 * 1024; }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;

    const WebFetchOptions &options() const { return m_options; }
    // Fetches running now / waiting for a slot.
    int activeFetches() const { return m_slots->active; }
    int waitingFetches() const { return int(m_slots->waiting.size()); }

private:
    struct Waiting
    {
        QUrl url;
        Done done;
        QElapsedTimer since;
    };
    struct FetchPool
    {
        int active = 0;
        QQueue<Waiting> waiting;
    };
    static void startFetch(const std::shared_ptr<FetchPool> &pool, const WebFetchOptions &options, const QUrl &url,
                           Done done);

    WebFetchOptions m_options;
    std::shared_ptr<FetchPool> m_slots = std::make_shared<FetchPool>();
};

} // namespace Moltdesk::Agent
