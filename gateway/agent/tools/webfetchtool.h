#pragma once

#include "agent/tool.h"
#include "agent/tools/webfetchoptions.h"

namespace Moltdesk::Agent {

// web_fetch: HTTP(S) GET of a URL for the model, with the SSRF guard, size and time caps, manual
// redirects, and HTML reduced to readable text (see WebFetchJob for how each is done).
// Create it on the thread the registry lives on (each call's job lives there).
class WebFetchTool : public Tool
{
public:
    explicit WebFetchTool(WebFetchOptions options = {});

    QString name() const override;
    QString description() const override;
    QJsonObject inputSchema() const override;
    // The job's own deadline answers first with a precise message; this is the registry's backstop.
    std::chrono::milliseconds timeout() const override { return m_options.timeLimit + std::chrono::seconds(5); }
    qsizetype outputCap() const override { return 100 * 1024; }
    void run(const QJsonObject &input, const ToolContext &context, Done done) override;

    const WebFetchOptions &options() const { return m_options; }

private:
    WebFetchOptions m_options;
};

} // namespace Moltdesk::Agent
