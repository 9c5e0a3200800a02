#pragma once

#include "agent/toolresult.h"
#include "agent/tools/ssrfguard.h"
#include "agent/tools/webfetchoptions.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <variant>

namespace Moltdesk::Agent {

// One web_fetch call: resolve, check, connect to the checked address, follow redirects by hand.
//
// DNS rebinding: the host is resolved once per hop with QHostInfo, every address is checked by
// SsrfGuard, and the request goes to the *checked IP* (the URL's host replaced by it) with the
// original name in the Host header (RFC 9110 §7.2) and, for https, as the TLS peer verify name,
// which QSslSocket also sends as SNI (RFC 6066 §3) — so the certificate is checked against the
// real name. No second lookup happens, and no proxy is used (a proxy would resolve on its own).
// Each job has its own QNetworkAccessManager: no cookies or connections shared between
// conversations. Redirects (RFC 9110 §15.4) are never followed by Qt; each Location is resolved
// against the current URL and goes through the same checks, at most maxRedirects times.
class WebFetchJob : public QObject
{
    Q_OBJECT

public:
    WebFetchJob(const QUrl &url, const WebFetchOptions &options, QObject *parent = nullptr);

    void start();

    // The next URL for a redirect response, or an error text (bad Location, refused scheme).
    // Pure, so the redirect rules can be tested without a network.
    static std::variant<QUrl, QString> redirectTarget(const QUrl &current, const QByteArray &location);
    static bool isRedirect(int status);
    // Host header value for a URL: the name as given, with the port when it is not the default.
    static QByteArray hostHeader(const QUrl &url);

signals:
    void finished(const Moltdesk::Agent::ToolResult &result);

private:
    void fetch(const QUrl &url);
    void resolved(const QHostInfo &info);
    void readBody();
    void replyFinished();
    void fail(const QString &message);
    ToolResult describe(QNetworkReply *reply, int status) const;

    QUrl m_url; // current hop
    WebFetchOptions m_options;
    SsrfGuard m_guard;
    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QByteArray m_body;
    int m_lookupId = -1;
    int m_redirects = 0;
    bool m_cut = false;
    bool m_done = false;
};

} // namespace Moltdesk::Agent
