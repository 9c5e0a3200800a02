#include "agent/tools/ssrfguard.h"

#include <QNetworkInterface>

using namespace Qt::StringLiterals;

namespace Moltdesk::Agent {

namespace {

bool inV4(quint32 address, quint32 network, int prefix)
{
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

constexpr quint32 v4(quint8 a, quint8 b, quint8 c, quint8 d)
{
    return quint32(a) << 24 | quint32(b) << 16 | quint32(c) << 8 | d;
}

quint32 v4At(const Q_IPV6ADDR &bytes, int offset)
{
    return quint32(bytes[offset]) << 24 | quint32(bytes[offset + 1]) << 16 | quint32(bytes[offset + 2]) << 8
        | bytes[offset + 3];
}

bool allZero(const Q_IPV6ADDR &bytes, int from, int to)
{
    for (int i = from; i < to; ++i) {
        if (bytes[i] != 0)
            return false;
    }
    return true;
}

} // namespace

SsrfGuard::SsrfGuard(bool allowPrivateNetworks, QList<QHostAddress> exempt, QList<quint16> extraPorts)
    : m_allowPrivate(allowPrivateNetworks)
    , m_exempt(std::move(exempt))
    , m_extraPorts(std::move(extraPorts))
{
}

std::optional<QString> SsrfGuard::schemeRefusal(const QUrl &url)
{
    if (!url.isValid())
        return u"refused: \"%1\" is not a valid URL"_s.arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        return scheme.isEmpty() ? u"refused: the URL has no scheme (use http:// or https://)"_s
                                : u"refused: %1:// URLs are not fetched (only http and https)"_s.arg(scheme);
    }
    if (url.host().isEmpty())
        return u"refused: the URL has no host"_s;
    // Credentials in a URL would be sent on as Basic auth to whatever the model chose.
    if (!url.userInfo().isEmpty())
        return u"refused: URLs with a user name or password are not fetched"_s;
    return std::nullopt;
}

std::optional<QString> SsrfGuard::classifyIpv4(quint32 a)
{
    // IANA IPv4 Special-Purpose Address Registry (RFC 6890 and the RFCs below).
    if (a == v4(255, 255, 255, 255))
        return u"the broadcast address (RFC 919)"_s;
    if (inV4(a, v4(0, 0, 0, 0), 8))
        return u"an unspecified (\"this network\") address (RFC 1122)"_s;
    if (inV4(a, v4(127, 0, 0, 0), 8))
        return u"a loopback address (RFC 1122)"_s;
    if (inV4(a, v4(10, 0, 0, 0), 8) || inV4(a, v4(172, 16, 0, 0), 12) || inV4(a, v4(192, 168, 0, 0), 16))
        return u"a private address (RFC 1918)"_s;
    if (inV4(a, v4(169, 254, 0, 0), 16))
        return u"a link-local address (RFC 3927; cloud metadata services live here)"_s;
    if (inV4(a, v4(100, 64, 0, 0), 10))
        return u"a carrier-grade NAT shared address (RFC 6598)"_s;
    if (inV4(a, v4(192, 0, 0, 0), 24))
        return u"an IETF protocol assignment address (RFC 6890)"_s;
    if (inV4(a, v4(192, 88, 99, 0), 24))
        return u"a deprecated 6to4 relay anycast address (RFC 7526)"_s;
    if (inV4(a, v4(198, 18, 0, 0), 15))
        return u"a benchmarking address (RFC 2544)"_s;
    if (inV4(a, v4(192, 0, 2, 0), 24) || inV4(a, v4(198, 51, 100, 0), 24) || inV4(a, v4(203, 0, 113, 0), 24))
        return u"a documentation address (RFC 5737)"_s;
    if (inV4(a, v4(224, 0, 0, 0), 4))
        return u"a multicast address (RFC 5771)"_s;
    if (inV4(a, v4(240, 0, 0, 0), 4))
        return u"a reserved address (RFC 1112)"_s;
    return std::nullopt;
}

std::optional<QString> SsrfGuard::classify(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return classifyIpv4(address.toIPv4Address());
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return u"not an IP address"_s;

    // IANA IPv6 Special-Purpose Address Registry (RFC 6890 and the RFCs below).
    const Q_IPV6ADDR b = address.toIPv6Address();
    const auto embedded = [&](int offset, const QString &form) -> std::optional<QString> {
        if (const auto inner = classifyIpv4(v4At(b, offset)))
            return form + u" form of "_s + *inner;
        return std::nullopt;
    };
    if (allZero(b, 0, 15) && b[15] == 0)
        return u"the unspecified address (RFC 4291)"_s;
    if (allZero(b, 0, 15) && b[15] == 1)
        return u"the loopback address (RFC 4291)"_s;
    // ::ffff:a.b.c.d (RFC 4291 §2.5.5.2): a socket would reach the IPv4 address itself. A DNS answer
    // never legitimately holds one, so the whole ::ffff:0:0/96 is refused (docs/tools.md).
    if (allZero(b, 0, 10) && b[10] == 0xff && b[11] == 0xff)
        return embedded(12, u"an IPv4-mapped"_s).value_or(u"an IPv4-mapped address (RFC 4291, ::ffff:0:0/96)"_s);
    // ::ffff:0:a.b.c.d, IPv4-translated (RFC 2765, ::ffff:0:0:0/96).
    if (allZero(b, 0, 8) && b[8] == 0xff && b[9] == 0xff && b[10] == 0 && b[11] == 0)
        return embedded(12, u"an IPv4-translated"_s).value_or(u"an IPv4-translated address (RFC 2765, ::ffff:0:0:0/96)"_s);
    // ::a.b.c.d, deprecated IPv4-compatible (RFC 4291 §2.5.5.1).
    if (allZero(b, 0, 12))
        return embedded(12, u"an IPv4-compatible"_s).value_or(u"an IPv4-compatible address (RFC 4291)"_s);
    // 64:ff9b::/96 NAT64 (RFC 6052): the embedded IPv4 address is what the NAT64 gateway reaches, so it
    // is judged as that address (an IPv6-only host reaches the public IPv4 internet this way).
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && allZero(b, 4, 12))
        return embedded(12, u"a NAT64"_s);
    // 64:ff9b:1::/48 local-use NAT64 (RFC 8215): a site's own translator, where the embedding is
    // the site's choice; refused whole.
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b[4] == 0x00 && b[5] == 0x01)
        return u"a local-use NAT64 address (RFC 8215, 64:ff9b:1::/48)"_s;
    // 2002::/16 6to4 (RFC 3056, deprecated by RFC 7526): refused whole rather than decoded, since the
    // relay that would carry the packet is not ours to judge.
    if (b[0] == 0x20 && b[1] == 0x02)
        return embedded(2, u"a 6to4"_s).value_or(u"a 6to4 address (RFC 3056, 2002::/16)"_s);
    // 2001::/23 IETF protocol assignments (RFC 2928): Teredo 2001::/32 (RFC 4380, tunnels to an
    // embedded IPv4 server and client), benchmarking 2001:2::/48, ORCHID 2001:10::/28 and
    // 2001:20::/28, ...
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        return u"a Teredo address (RFC 4380, 2001::/32)"_s;
    if (b[0] == 0x20 && b[1] == 0x01 && (b[2] & 0xfe) == 0x00)
        return u"an IETF protocol assignment address (RFC 2928, 2001::/23)"_s;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)
        return u"a link-local address (RFC 4291, fe80::/10)"_s;
    if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)
        return u"a site-local address (RFC 3879, fec0::/10)"_s;
    if ((b[0] & 0xfe) == 0xfc)
        return u"a unique-local address (RFC 4193, fc00::/7)"_s;
    if (b[0] == 0xff)
        return u"a multicast address (RFC 4291, ff00::/8)"_s;
    if (b[0] == 0x01 && b[1] == 0x00 && allZero(b, 2, 8))
        return u"a discard-only address (RFC 6666)"_s;
    if (b[0] == 0x01 && b[1] == 0x00 && allZero(b, 2, 6) && b[6] == 0x00 && b[7] == 0x01)
        return u"a dummy-prefix address (RFC 9780, 100:0:0:1::/64)"_s;
    if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8)
        return u"a documentation address (RFC 3849)"_s;
    if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0x00)
        return u"a documentation address (RFC 9637, 3fff::/20)"_s;
    if (b[0] == 0x5f && b[1] == 0x00)
        return u"a segment-routing SID address (RFC 9602, 5f00::/16)"_s;
    // Everything else outside 2000::/3 is unassigned or reserved (RFC 4291): no public host lives there.
    if ((b[0] & 0xe0) != 0x20)
        return u"an address outside the global unicast range 2000::/3 (RFC 4291)"_s;
    return std::nullopt;
}

std::optional<QString> SsrfGuard::refusal(const QHostAddress &address) const
{
    if (m_allowPrivate || m_exempt.contains(address))
        return std::nullopt;
    QHostAddress shown = address;
    shown.setScopeId({});
    if (const auto what = classify(address)) {
        return u"refused: %1 is %2; fetching private networks is off (ai.tools.web_fetch.allowPrivateNetworks)"_s
            .arg(shown.toString(), *what);
    }
    // The machine's own public addresses reach the gateway (and whatever else listens here) as
    // surely as 127.0.0.1. Read each time: interfaces come and go.
    if (isOwnAddress(address)) {
        return u"refused: %1 is an address of this machine; fetching private networks is off "
               "(ai.tools.web_fetch.allowPrivateNetworks)"_s.arg(shown.toString());
    }
    return std::nullopt;
}

bool SsrfGuard::isOwnAddress(const QHostAddress &address)
{
    QHostAddress plain = address;
    plain.setScopeId({});
    bool isV4 = false;
    const quint32 asV4 = plain.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (QHostAddress mine : own) {
        mine.setScopeId({});
        if (mine == plain)
            return true;
        bool mineV4 = false;
        const quint32 mineAsV4 = mine.toIPv4Address(&mineV4);
        if (isV4 && mineV4 && mineAsV4 == asV4)
            return true;
    }
    return false;
}

QList<quint16> SsrfGuard::allowedPorts() const
{
    QList<quint16> ports{80, 443};
    for (const quint16 port : m_extraPorts) {
        if (!ports.contains(port))
            ports.append(port);
    }
    return ports;
}

std::optional<QString> SsrfGuard::portRefusal(const QUrl &url) const
{
    const int defaultPort = url.scheme().toLower() == u"https"_s ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port > 0 && allowedPorts().contains(quint16(port)))
        return std::nullopt;
    QStringList allowed;
    for (const quint16 p : allowedPorts())
        allowed.append(QString::number(p));
    return u"refused: port %1 is not fetched (allowed: %2; add ports to ai.tools.web_fetch.allowedPorts)"_s.arg(
        QString::number(port), allowed.join(u", "_s));
}

std::optional<QString> SsrfGuard::refusal(const QList<QHostAddress> &addresses) const
{
    if (addresses.isEmpty())
        return u"refused: the host name resolved to no address"_s;
    for (const QHostAddress &address : addresses) {
        if (auto why = refusal(address))
            return why;
    }
    return std::nullopt;
}

QHostAddress SsrfGuard::pick(const QList<QHostAddress> &addresses)
{
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return addresses.value(0);
}

} // namespace Moltdesk::Agent
