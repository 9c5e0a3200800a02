#include "http/router.h"

#include "http/servermetrics.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Moltdesk::Http {

void Router::addRoute(const QString &method, const QString &path, Handler handler)
{
    m_exact[path].handlers.insert(method.toUpper(), std::move(handler));
}

void Router::addPrefixRoute(const QString &method, const QString &prefix, Handler handler)
{
    m_prefixes[prefix].handlers.insert(method.toUpper(), std::move(handler));
}

void Router::addUpgradeRoute(const QString &path, UpgradeHandler handler, UpgradePreCheck preCheck)
{
    Entry &entry = m_exact[path];
    entry.upgrade = std::move(handler);
    entry.preCheck = std::move(preCheck);
}

const Router::Entry *Router::find(const QString &path, QString *pattern) const
{
    const auto exact = m_exact.constFind(path);
    if (exact != m_exact.cend()) {
        *pattern = path;
        return &exact.value();
    }
    // Longest matching prefix wins.
    const Entry *best = nullptr;
    qsizetype bestLength = -1;
    for (auto it = m_prefixes.cbegin(); it != m_prefixes.cend(); ++it) {
        if (path.startsWith(it.key()) && it.key().size() > bestLength) {
            best = &it.value();
            bestLength = it.key().size();
            *pattern = it.key() + u'*';
        }
    }
    return best;
}

QByteArray Router::allowHeader(const Entry &entry)
{
    QStringList methods = entry.handlers.keys();
    if (entry.upgrade && !methods.contains(u"GET"_s))
        methods.append(u"GET"_s);
    if (methods.contains(u"GET"_s) && !methods.contains(u"HEAD"_s))
        methods.append(u"HEAD"_s);
    if (!methods.contains(u"OPTIONS"_s))
        methods.append(u"OPTIONS"_s);
    methods.sort();
    return methods.join(u", "_s).toLatin1();
}

bool Router::wantsWebSocket(const Request &request)
{
    // RFC 6455 §4.2.1: Upgrade must contain "websocket" (case-insensitive).
    if (!request.upgrade)
        return false;
    for (const QByteArray &token : request.header("upgrade").split(',')) {
        if (token.trimmed().compare("websocket", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Router::Match Router::match(const Request &request) const
{
    Match result;
    const Entry *entry = find(request.path, &result.pattern);
    if (!entry) {
        result.pattern = ServerMetrics::unmatchedRoute();
        result.kind = Match::Kind::NotFound;
        return result;
    }
    result.allow = allowHeader(*entry);

    if (entry->upgrade && request.method == u"GET"_s) {
        if (wantsWebSocket(request)) {
            result.kind = Match::Kind::Upgrade;
            result.upgrade = entry->upgrade;
            result.preCheck = entry->preCheck;
            return result;
        }
        if (!entry->handlers.contains(u"GET"_s)) {
            result.kind = Match::Kind::UpgradeRequired;
            return result;
        }
    }

    auto handler = entry->handlers.constFind(request.method);
    if (handler == entry->handlers.cend() && request.method == u"HEAD"_s)
        handler = entry->handlers.constFind(u"GET"_s);
    if (handler != entry->handlers.cend()) {
        result.kind = Match::Kind::Found;
        result.handler = handler.value();
        return result;
    }
    if (request.method == u"HEAD"_s && entry->upgrade) {
        result.kind = Match::Kind::UpgradeRequired;
        return result;
    }
    result.kind = request.method == u"OPTIONS"_s ? Match::Kind::Options : Match::Kind::MethodNotAllowed;
    return result;
}

} // namespace Moltdesk::Http
