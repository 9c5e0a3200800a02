#pragma once

#include "http/response.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Moltdesk::Http {

struct Request;

// Checks every request before it is routed (docs/http.md "Who may ask"):
//  - Host: on the operator's routes (`/ws`, `/v1/...`) a Host header naming anything but the
//    listen address, localhost, gateway.publicUrl's host or gateway.allowedHosts is refused with
//    403 - a page on a rebinding domain (evil.example -> 127.0.0.1) does not reach them.
//    `/metrics` asks for the operator token instead (isTrustedLocal()), and also for
//    gateway.publicUrl's host: a tunnel on this machine delivers the internet's requests from
//    loopback with that Host.
//  - Failed authentication per source address: 401/403 answers on `/ws`, `/v1/...`, `/metrics`
//    and `/webhook/...` (and refused WebSocket `connect`s, reported with recordFailure()) are
//    counted; at failureLimit within failureWindowMs the address gets 429 with Retry-After on
//    those routes for blockMs. Other addresses are not affected.
// Lives on the gateway thread; not thread-safe.
class AccessGuard
{
public:
    struct Settings
    {
        // Host names (lower case, no port) a Host header may name: this machine's own names
        // (trusted from loopback), and the public ones (gateway.publicUrl's host).
        QStringList allowedHosts;
        QStringList publicHosts;
        // Any IP literal is a good Host (listening on a wildcard address: the machine's own
        // addresses cannot be rebound).
        bool allowIpLiterals = false;
        int failureLimit = 10; // 0: no throttling
        qint64 failureWindowMs = 60 * 1000;
        qint64 blockMs = 60 * 1000;
    };

    // The Host names a gateway listening on `listen` accepts: the listen address itself,
    // localhost and the loopback literals for a loopback address, every IP literal for a wildcard
    // one, plus `publicUrl`'s host and `extraHosts` (gateway.allowedHosts).
    static Settings settingsFor(const QHostAddress &listen, const QUrl &publicUrl, const QStringList &extraHosts,
                                int failureLimit, qint64 blockMs);

    AccessGuard();
    explicit AccessGuard(Settings settings);

    void setSettings(Settings settings);
    const Settings &settings() const { return m_settings; }

    // True when the request's Host header (if any) names this gateway.
    bool isHostAllowed(const Request &request) const;
    // From a loopback address and with a Host that names this machine (not the public name a
    // tunnel forwards): what /metrics trusts without the operator token.
    bool isTrustedLocal(const Request &request) const;

    // A refusal (429 or 403) to send instead of routing the request, or nothing.
    std::optional<Response> screen(const Request &request);
    // Called with every answer the transport sends: counts 401/403 on the guarded routes.
    void recordAnswer(const QString &path, const QHostAddress &peer, int status);
    // One failed authentication from `address` (e.g. a WebSocket `connect` with a wrong token).
    void recordFailure(const QHostAddress &address);
    // Seconds until `address` may try again; 0 when it is not blocked.
    int retryAfterSeconds(const QHostAddress &address) const;

    static bool isThrottledPath(const QString &path);
    static bool isHostCheckedPath(const QString &path);
    // "Host: [::1]:8787" -> "::1", "Example.COM:80" -> "example.com"; empty when unparsable.
    static QString hostName(const QByteArray &hostHeader);

private:
    struct Entry
    {
        QList<qint64> failures; // times (ms) inside the window, oldest first
        qint64 blockedUntil = 0;
    };
    static QHostAddress key(const QHostAddress &address);
    bool isOwnHost(const Request &request) const;
    void prune(qint64 now);
    qint64 now() const { return m_clock.elapsed(); }

    Settings m_settings;
    QHash<QHostAddress, Entry> m_entries;
    QElapsedTimer m_clock;
};

} // namespace Moltdesk::Http
