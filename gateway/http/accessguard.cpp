#include "http/accessguard.h"

#include "base/logging.h"
#include "http/request.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

namespace {
// The table of addresses with recent failures stays bounded even under a spoofed-source flood.
constexpr qsizetype kMaxEntries = 4096;

bool hasPrefix(const QString &path, const QString &route)
{
    return path == route || path.startsWith(route + u'/');
}
} // namespace

AccessGuard::Settings AccessGuard::settingsFor(const QHostAddress &listen, const QUrl &publicUrl,
                                               const QStringList &extraHosts, int failureLimit, qint64 blockMs)
{
    Settings s;
    s.failureLimit = failureLimit;
    s.blockMs = blockMs;
    s.failureWindowMs = 60 * 1000;
    if (listen == QHostAddress::Any || listen == QHostAddress::AnyIPv4 || listen == QHostAddress::AnyIPv6) {
        s.allowIpLiterals = true;
        s.allowedHosts << u"localhost"_s;
    } else {
        s.allowedHosts << listen.toString().toLower();
        if (listen.isLoopback())
            s.allowedHosts << u"localhost"_s << u"127.0.0.1"_s << u"::1"_s;
    }
    for (const QString &host : extraHosts)
        s.allowedHosts << host.toLower();
    s.allowedHosts.removeDuplicates();
    if (publicUrl.isValid() && !publicUrl.host().isEmpty())
        s.publicHosts << publicUrl.host().toLower();
    return s;
}

AccessGuard::AccessGuard()
    : AccessGuard(Settings{})
{
}

AccessGuard::AccessGuard(Settings settings)
    : m_settings(std::move(settings))
{
    m_clock.start();
}

void AccessGuard::setSettings(Settings settings)
{
    m_settings = std::move(settings);
}

QString AccessGuard::hostName(const QByteArray &hostHeader)
{
    const QByteArray value = hostHeader.trimmed();
    QByteArray host;
    if (value.startsWith('[')) {
        const qsizetype close = value.indexOf(']');
        if (close < 0)
            return {};
        host = value.mid(1, close - 1);
        const QByteArray rest = value.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(':'))
            return {};
    } else {
        const qsizetype colon = value.indexOf(':');
        if (colon >= 0 && value.indexOf(':', colon + 1) >= 0)
            return {}; // a bare IPv6 literal or junk
        host = colon >= 0 ? value.left(colon) : value;
    }
    if (host.endsWith('.'))
        host.chop(1); // "localhost." names the same host
    return QString::fromLatin1(host).toLower();
}

bool AccessGuard::isOwnHost(const Request &request) const
{
    if (!request.hasHeader("host"))
        return true; // HTTP/1.0 without Host: no browser sends that, so no rebinding either
    const QString host = hostName(request.header("host"));
    if (host.isEmpty())
        return false;
    if (m_settings.allowedHosts.contains(host))
        return true;
    if (m_settings.allowIpLiterals) {
        QHostAddress literal;
        if (literal.setAddress(host))
            return true;
    }
    return false;
}

bool AccessGuard::isHostAllowed(const Request &request) const
{
    return isOwnHost(request) || m_settings.publicHosts.contains(hostName(request.header("host")));
}

bool AccessGuard::isTrustedLocal(const Request &request) const
{
    return request.peerAddress.isLoopback() && isOwnHost(request);
}

bool AccessGuard::isThrottledPath(const QString &path)
{
    return hasPrefix(path, u"/ws"_s) || hasPrefix(path, u"/v1"_s) || hasPrefix(path, u"/metrics"_s)
        || hasPrefix(path, u"/webhook"_s);
}

bool AccessGuard::isHostCheckedPath(const QString &path)
{
    return hasPrefix(path, u"/ws"_s) || hasPrefix(path, u"/v1"_s);
}

QHostAddress AccessGuard::key(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4) : address;
}

std::optional<Response> AccessGuard::screen(const Request &request)
{
    if (!isThrottledPath(request.path))
        return std::nullopt;
    if (const int wait = retryAfterSeconds(request.peerAddress); wait > 0) {
        Response busy = Response::error(HttpError(ErrorCode::TooManyRequests,
                                                  u"Too many failed authentication attempts from this address; "
                                                  "wait for Retry-After seconds."_s,
                                                  "auth_throttled"_ba));
        busy.setHeader("Retry-After"_ba, QByteArray::number(wait));
        return busy;
    }
    if (isHostCheckedPath(request.path) && !isHostAllowed(request)) {
        return Response::error(HttpError(ErrorCode::Forbidden,
                                         u"The Host header does not name this gateway; add the name to "
                                         "gateway.allowedHosts if it should."_s,
                                         "host_not_allowed"_ba));
    }
    return std::nullopt;
}

void AccessGuard::recordAnswer(const QString &path, const QHostAddress &peer, int status)
{
    if ((status == 401 || status == 403) && isThrottledPath(path))
        recordFailure(peer);
}

void AccessGuard::recordFailure(const QHostAddress &address)
{
    if (m_settings.failureLimit <= 0 || address.isNull())
        return;
    const qint64 t = now();
    if (m_entries.size() >= kMaxEntries && !m_entries.contains(key(address)))
        prune(t);
    Entry &entry = m_entries[key(address)];
    while (!entry.failures.isEmpty() && t - entry.failures.constFirst() >= m_settings.failureWindowMs)
        entry.failures.removeFirst();
    entry.failures.append(t);
    if (entry.failures.size() >= m_settings.failureLimit) {
        entry.failures.clear();
        entry.blockedUntil = t + m_settings.blockMs;
        qCWarning(lcSecurity).noquote() << "too many failed authentications from" << address.toString()
                                        << "- refusing it with 429 for" << m_settings.blockMs / 1000 << "s";
    }
}

int AccessGuard::retryAfterSeconds(const QHostAddress &address) const
{
    const auto it = m_entries.constFind(key(address));
    if (it == m_entries.constEnd())
        return 0;
    const qint64 left = it->blockedUntil - now();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

void AccessGuard::prune(qint64 now)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        const bool blocked = it->blockedUntil > now;
        const bool recent = !it->failures.isEmpty() && now - it->failures.constLast() < m_settings.failureWindowMs;
        it = (blocked || recent) ? std::next(it) : m_entries.erase(it);
    }
    // Still full of live entries (a flood from many addresses): forget the oldest half at random
    // rather than grow without bound.
    while (m_entries.size() >= kMaxEntries)
        m_entries.erase(m_entries.begin());
}

} // namespace Moltdesk::Http
