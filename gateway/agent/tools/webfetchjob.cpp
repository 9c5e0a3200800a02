#include "agent/tools/webfetchjob.h"

#include "agent/tools/htmltotext.h"
#include "base/logging.h"

#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 4);
}

QString charsetOf(const QByteArray &contentType, const QByteArray &body, bool html)
{
    static const QRegularExpression param(u"charset\\s*=\\s*[\"']?([-A-Za-z0-9_:.]+)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch m = param.match(QString::fromLatin1(contentType));
    if (!m.hasMatch() && html) // <meta charset=...> must come within the first 1024 bytes (HTML §4.2.5.4)
        m = param.match(QString::fromLatin1(body.left(1024)));
    return m.hasMatch() ? m.captured(1) : u"utf-8"_s;
}

QString decode(const QByteArray &body, const QString &charset)
{
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        decoder = QStringDecoder(QStringDecoder::Utf8);
    return decoder.decode(body);
}

bool isTextual(const QByteArray &mime)
{
    return mime.startsWith("text/") || mime == "application/json" || mime == "application/xml"
        || mime == "application/javascript" || mime == "application/x-www-form-urlencoded"
        || mime.endsWith("+json") || mime.endsWith("+xml") || mime.isEmpty();
}

QString byteSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MiB"_s.arg(QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1));
    if (bytes >= 1024)
        return u"%1 KiB"_s.arg(QString::number(double(bytes) / 1024.0, 'f', 1));
    return u"%1 bytes"_s.arg(bytes);
}

} // namespace

WebFetchJob::WebFetchJob(const QUrl &url, const WebFetchOptions &options, QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_options(options)
    , m_guard(options.allowPrivateNetworks, options.exemptAddresses, options.allowedPorts)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setProxy(QNetworkProxy::NoProxy);
    m_nam->setCookieJar(nullptr);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(u"web_fetch timed out after %1 s (%2)"_s.arg(seconds(m_options.timeLimit), m_url.toString()));
    });
}

bool WebFetchJob::isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray WebFetchJob::hostHeader(const QUrl &url)
{
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    const int defaultPort = url.scheme().toLower() == u"https"_s ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += u':' + QString::number(url.port());
    return host.toLatin1();
}

std::variant<QUrl, QString> WebFetchJob::redirectTarget(const QUrl &current, const QByteArray &location)
{
    if (location.trimmed().isEmpty())
        return u"the server sent a redirect without a Location header"_s;
    const QUrl relative = QUrl::fromEncoded(location.trimmed());
    if (!relative.isValid())
        return u"the server redirected to an invalid URL"_s;
    QUrl next = current.resolved(relative);
    if (const auto refused = SsrfGuard::schemeRefusal(next))
        return u"redirect to %1 %2"_s.arg(next.toString(), *refused);
    return next;
}

void WebFetchJob::start()
{
    m_deadline.start(m_options.timeLimit);
    fetch(m_url);
}

void WebFetchJob::fetch(const QUrl &url)
{
    m_url = url;
    if (const auto refused = SsrfGuard::schemeRefusal(url))
        return fail(*refused);
    if (const auto refused = m_guard.portRefusal(url))
        return fail(*refused);
    m_lookupId = QHostInfo::lookupHost(url.host(), this, &WebFetchJob::resolved);
}

void WebFetchJob::resolved(const QHostInfo &info)
{
    if (m_done || info.lookupId() != m_lookupId)
        return;
    if (info.error() != QHostInfo::NoError)
        return fail(u"could not resolve %1: %2"_s.arg(m_url.host(), info.errorString()));
    const QList<QHostAddress> addresses = info.addresses();
    if (const auto refused = m_guard.refusal(addresses)) {
        qCInfo(lcSecurity) << "web_fetch refused" << m_url.host() << ":" << *refused;
        return fail(*refused);
    }
    const QHostAddress pinned = SsrfGuard::pick(addresses);

    QUrl byAddress = m_url;
    byAddress.setHost(pinned.toString());
    byAddress.setFragment({});
    QNetworkRequest request(byAddress);
    request.setRawHeader("Host", hostHeader(m_url));
    request.setRawHeader("User-Agent", "Moltdesk-web_fetch/1.0");
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_url.scheme().toLower() == u"https"_s)
        request.setPeerVerifyName(m_url.host());

    m_body.clear();
    m_cut = false;
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &WebFetchJob::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &WebFetchJob::replyFinished);
}

void WebFetchJob::readBody()
{
    if (!m_reply || m_cut)
        return;
    const qint64 room = m_options.maxBytes - m_body.size();
    m_body.append(m_reply->read(std::max<qint64>(room, 0)));
    if (m_body.size() >= m_options.maxBytes && (m_reply->bytesAvailable() > 0 || !m_reply->isFinished())) {
        // The read limit is reached and more is coming: stop the download, keep what we have.
        m_cut = true;
        m_reply->abort();
    }
}

void WebFetchJob::replyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply.clear();
    if (!m_cut)
        readBody();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_cut && status == 0)
        return fail(u"could not fetch %1: %2"_s.arg(m_url.toString(), reply->errorString()));

    if (isRedirect(status)) {
        if (m_redirects >= m_options.maxRedirects)
            return fail(u"too many redirects (more than %1) starting from %2"_s.arg(m_options.maxRedirects)
                            .arg(m_url.toString()));
        ++m_redirects;
        const auto next = redirectTarget(m_url, reply->rawHeader("Location"));
        if (const QString *error = std::get_if<QString>(&next))
            return fail(*error);
        return fetch(std::get<QUrl>(next));
    }
    const ToolResult result = describe(reply, status);
    m_done = true;
    m_deadline.stop();
    emit finished(result);
}

ToolResult WebFetchJob::describe(QNetworkReply *reply, int status) const
{
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray mime = contentType.split(';').value(0).trimmed().toLower();
    const bool html = mime == "text/html" || mime == "application/xhtml+xml";
    QString head = u"URL: %1\nStatus: %2 %3\nContent-Type: %4\n"_s.arg(
        m_url.toString(), QString::number(status),
        QString::fromLatin1(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()),
        mime.isEmpty() ? u"(none)"_s : QString::fromLatin1(mime));
    const QString cutNote = m_cut ? u"\n\n[cut: only the first %1 of the body were read]"_s.arg(byteSize(m_options.maxBytes))
                                  : QString();
    // 4xx/5xx still carry a page worth showing, but the model must know the fetch did not succeed.
    const bool isError = status >= 400;
    if (!isTextual(mime)) {
        const qint64 declared = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const qint64 size = declared > 0 ? declared : m_body.size();
        return {QString(head + u"\n[%1 content of %2%3 — not shown as text]"_s.arg(
                    QString::fromLatin1(mime), byteSize(size), m_cut && declared <= 0 ? u" or more"_s : QString())),
                isError};
    }
    const QString text = decode(m_body, charsetOf(contentType, m_body, html));
    if (html) {
        const QString title = HtmlToText::title(text);
        if (!title.isEmpty())
            head += u"Title: "_s + title + u'\n';
        return {QString(head + u'\n' + HtmlToText::convert(text, m_url) + cutNote), isError};
    }
    return {QString(head + u'\n' + text + cutNote), isError};
}

void WebFetchJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished(ToolResult::error(message));
}

} // namespace Moltdesk::Agent
