#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace Moltdesk::Agent {

// Server-side request forgery guard for web_fetch (OWASP SSRF Prevention Cheat Sheet): a model
// steered by fetched text or a user must not reach the machine itself, the LAN, or a cloud
// metadata endpoint (169.254.169.254) through the gateway.
//
// It judges *resolved addresses*, never host names: WebFetchJob resolves the name first, checks
// every address it got, and then connects to the checked address itself, so a DNS answer that
// changes between check and connect (DNS rebinding) cannot slip a private address in.
class SsrfGuard
{
public:
    // `exempt`: addresses let through even when private networks are refused. A test seam (a
    // loopback fake server that redirects elsewhere), never filled from config.
    // `extraPorts`: ports fetched besides 80 and 443 (ai.tools.web_fetch.allowedPorts).
    explicit SsrfGuard(bool allowPrivateNetworks = false, QList<QHostAddress> exempt = {},
                       QList<quint16> extraPorts = {});

    bool allowsPrivateNetworks() const { return m_allowPrivate; }

    // "refused: ftp:// URLs are not fetched (only http and https)" for anything but http(s).
    static std::optional<QString> schemeRefusal(const QUrl &url);
    // What is special about an address ("a private address (RFC 1918)"), nullopt for a public one.
    static std::optional<QString> classify(const QHostAddress &address);

    // "refused: 10.0.0.1 is a private address (RFC 1918)", or nullopt when it may be contacted.
    std::optional<QString> refusal(const QHostAddress &address) const;
    // All addresses must pass (a name resolving to one public and one private address is refused
    // as a whole); of those, the first IPv4 one is preferred, else the first.
    std::optional<QString> refusal(const QList<QHostAddress> &addresses) const;
    static QHostAddress pick(const QList<QHostAddress> &addresses);

    // Port policy, independent of allowPrivateNetworks: only 80, 443 and the configured extra ports.
    // "refused: port 22 is not fetched (allowed: 80, 443; ...)", or nullopt. Checked on every hop.
    std::optional<QString> portRefusal(const QUrl &url) const;
    QList<quint16> allowedPorts() const;
    // An address of one of this machine's interfaces (QNetworkInterface::allAddresses()).
    static bool isOwnAddress(const QHostAddress &address);

private:
    static std::optional<QString> classifyIpv4(quint32 address);

    bool m_allowPrivate;
    QList<QHostAddress> m_exempt;
    QList<quint16> m_extraPorts;
};

} // namespace Moltdesk::Agent
