#include "config/listenaddress.h"

#include "config/jsonrender.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

ListenAddress::ListenAddress(const QHostAddress &address, quint16 port)
    : m_address(address)
    , m_port(port)
{
}

ListenAddress ListenAddress::defaultAddress()
{
    return ListenAddress(QHostAddress(QHostAddress::LocalHost), 8787);
}

std::optional<ListenAddress> ListenAddress::parse(QStringView text, QString *error)
{
    const QString got = JsonRender::string(text.toString());
    const auto fail = [&](const QString &expected) -> std::optional<ListenAddress> {
        if (error)
            *error = u"expected "_s + expected + u", got "_s + got;
        return std::nullopt;
    };
    const QString generic = u"HOST:PORT such as 127.0.0.1:8787 or [::1]:8787"_s;

    QStringView host;
    QStringView portText;
    if (text.startsWith(u'[')) {
        // RFC 3986 section 3.2.2: an IPv6 literal is written in brackets so its colons are not
        // mistaken for the port separator.
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text.at(close + 1) != u':')
            return fail(generic);
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0)
            return fail(generic);
        host = text.left(colon);
        portText = text.mid(colon + 1);
        if (host.contains(u':'))
            return fail(u"an IPv6 address in brackets as in [::1]:8787"_s);
    }
    if (host.isEmpty())
        return fail(generic);

    bool ok = false;
    const uint port = portText.toUInt(&ok);
    // toUInt accepts a leading '+' and surrounding spaces; insist on plain digits.
    const bool digitsOnly = !portText.isEmpty()
        && std::all_of(portText.begin(), portText.end(), [](QChar c) { return c.isDigit(); });
    if (!ok || !digitsOnly || port > 65535)
        return fail(u"a port from 0 to 65535 in HOST:PORT"_s);

    QHostAddress address;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host.toString()))
        return fail(u"an IP address or localhost as HOST in HOST:PORT"_s);
    if (text.startsWith(u'[') && address.protocol() != QAbstractSocket::IPv6Protocol)
        return fail(u"an IPv6 address inside the brackets of [HOST]:PORT"_s);
    if (!address.scopeId().isEmpty())
        return fail(u"an IP address without a zone id as HOST in HOST:PORT"_s);

    return ListenAddress(address, static_cast<quint16>(port));
}

QString ListenAddress::toString() const
{
    const QString port = QString::number(m_port);
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        return u"["_s + m_address.toString() + u"]:"_s + port;
    return m_address.toString() + u":"_s + port;
}

} // namespace Moltdesk::Config
