#include "security/originpolicy.h"

#include <QHostAddress>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Moltdesk::Security {

namespace {
// "https://Example.com:443" and "https://example.com" name the same origin (RFC 6454 §4).
QString normalise(const QString &origin)
{
    const QUrl url(origin.trimmed());
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    int port = url.port();
    if ((scheme == u"http"_s && port == 80) || (scheme == u"https"_s && port == 443))
        port = -1;
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return port < 0 ? u"%1://%2"_s.arg(scheme, host) : u"%1://%2:%3"_s.arg(scheme, host).arg(port);
}
} // namespace

OriginPolicy::OriginPolicy(const QStringList &allowedOrigins)
{
    for (const QString &origin : allowedOrigins) {
        const QString normalised = normalise(origin);
        if (!normalised.isEmpty())
            m_allowed << normalised;
    }
}

bool OriginPolicy::isAllowed(const QString &origin) const
{
    if (origin.isEmpty())
        return true;
    const QString normalised = normalise(origin);
    if (normalised.isEmpty())
        return false; // includes the literal "null" origin of sandboxed frames and file: pages
    if (m_allowed.contains(normalised))
        return true;
    if (!m_allowed.isEmpty())
        return false;
    const QUrl url(normalised);
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return false;
    if (url.host() == u"localhost"_s)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

} // namespace Moltdesk::Security
