#include "agent/tools/webfetchtool.h"

#include "agent/tools/webfetchjob.h"
#include "base/logging.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

WebFetchTool::WebFetchTool(WebFetchOptions options)
    : m_options(std::move(options))
{
}

QString WebFetchTool::name() const
{
    return u"web_fetch"_s;
}

QString WebFetchTool::description() const
{
    return u"Fetches a web page or file over HTTP(S) with GET and returns its status, content type and text "
           "(HTML reduced to readable text, links as \"text (URL)\"; other content only described). At most "
           "%1 MiB are read and the fetch stops after %2 s. Addresses on private networks are refused."_s
        .arg(QString::number(double(m_options.maxBytes) / (1024.0 * 1024.0), 'g', 3))
        .arg(QString::number(double(m_options.timeLimit.count()) / 1000.0, 'g', 4));
}

QJsonObject WebFetchTool::inputSchema() const
{
    return {{u"type"_s, u"object"_s},
            {u"properties"_s,
             QJsonObject{{u"url"_s, QJsonObject{{u"type"_s, u"string"_s},
                                                 {u"minLength"_s, 1},
                                                 {u"maxLength"_s, 4096},
                                                 {u"description"_s, u"Absolute http:// or https:// URL"_s}}}}},
            {u"required"_s, QJsonArray{u"url"_s}},
            {u"additionalProperties"_s, false}};
}

void WebFetchTool::run(const QJsonObject &input, const ToolContext &context, Done done)
{
    const QUrl url(input.value(u"url"_s).toString().trimmed(), QUrl::StrictMode);
    qCInfo(lcAgent) << "web_fetch for" << context.sessionKey << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (context.queryHosts && url.hasQuery() && !context.queryHosts->contains(url.host().toLower())) {
        // A query string is where injected instructions put what they steal (docs/tools.md
        // "Trust levels"): only to a host the conversation's own messages named.
        done(ToolResult::error(u"web_fetch refused: in this conversation a URL with a query string may only go to a "
                               "host that a message of the conversation mentions, and nobody mentioned \"%1\"; "
                               "fetch it without the query string"_s.arg(url.host())));
        return;
    }
    if (m_slots->active >= std::max(1, m_options.maxConcurrent)) {
        Waiting waiting{url, std::move(done), {}};
        waiting.since.start();
        m_slots->waiting.enqueue(std::move(waiting));
        return;
    }
    startFetch(m_slots, m_options, url, std::move(done));
}

void WebFetchTool::startFetch(const std::shared_ptr<FetchPool> &pool, const WebFetchOptions &options, const QUrl &url,
                              Done done)
{
    ++pool->active;
    auto *job = new WebFetchJob(url, options);
    QObject::connect(job, &WebFetchJob::finished, job,
                     [job, pool, options, done = std::move(done)](const ToolResult &result) {
                         job->deleteLater();
                         --pool->active;
                         done(result);
                         // Hand the slot on; a call that waited too long is answered, not started.
                         while (!pool->waiting.isEmpty() && pool->active < std::max(1, options.maxConcurrent)) {
                             Waiting next = pool->waiting.dequeue();
                             // Past this, wait + fetch could outlast the registry's backstop timeout.
                             if (next.since.elapsed() > options.timeLimit.count() + 4000) {
                                 next.done(ToolResult::error(
                                     u"web_fetch not run: %1 other fetches were running for too long; try again"_s
                                         .arg(options.maxConcurrent)));
                                 continue;
                             }
                             startFetch(pool, options, next.url, std::move(next.done));
                         }
                     });
    job->start();
}

} // namespace Moltdesk::Agent
