#include "agent/tools/webfetchtool.h"

#include "agent/tools/webfetchjob.h"
#include "base/logging.h"

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
    auto *job = new WebFetchJob(url, m_options);
    QObject::connect(job, &WebFetchJob::finished, job, [job, done = std::move(done)](const ToolResult &result) {
        job->deleteLater();
        done(result);
    });
    job->start();
}

} // namespace Moltdesk::Agent
