#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringView>

#include <optional>

namespace Moltdesk::Config {

// A HOST:PORT listen address, shared by gateway.listen and the --listen option.
class ListenAddress
{
public:
    ListenAddress() = default;
    ListenAddress(const QHostAddress &address, quint16 port);

    static ListenAddress defaultAddress(); // 127.0.0.1:8787

    // Accepts IPv4 "1.2.3.4:80", IPv6 "[::1]:80" and "localhost:80"; port 0 means "any free port".
    // On failure returns nullopt and sets *error to "expected ..., got <input as JSON>".
    static std::optional<ListenAddress> parse(QStringView text, QString *error);

    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    bool isLoopback() const { return m_address.isLoopback(); }
    QString toString() const; // inverse of parse(): "127.0.0.1:8787", "[::1]:8787"

    bool operator==(const ListenAddress &) const = default;

private:
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace Moltdesk::Config
