#include "config/gatewaysection.h"

#include "config/schemareader.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {
const QString kPath = u"gateway"_s;

// A host name as a Host header carries it, without port: letters, digits, '-', '.', or an IP
// literal (IPv6 without brackets).
QString checkHostName(const QString &host)
{
    static const QRegularExpression name(u"^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"_s);
    if (QHostAddress().setAddress(host) || name.match(host).hasMatch())
        return {};
    return u"a host name without scheme or port, e.g. \"moltdesk.lan\""_s;
}

// The keys of docs/http.md "Limits and errors" and "Who may ask".
void readTransportGuards(const QJsonObject &json, SchemaReader &reader, GatewaySettings &out)
{
    reader.readInt(json, kPath, u"headerTimeoutSeconds"_s, 1, 3600, out.headerTimeoutSeconds);
    reader.readInt(json, kPath, u"bodyTimeoutSeconds"_s, 1, 3600, out.bodyTimeoutSeconds);
    reader.readStringList(json, kPath, u"allowedHosts"_s, out.allowedHosts, checkHostName);
    reader.readInt(json, kPath, u"authFailureLimit"_s, 0, 10000, out.authFailureLimit);
    reader.readInt(json, kPath, u"authFailureBlockSeconds"_s, 1, 86400, out.authFailureBlockSeconds);
}
} // namespace

void GatewaySection::read(const QJsonObject &json, SchemaReader &reader, GatewaySettings &out)
{
    reader.checkKeys(json, kPath,
                     {u"listen"_s, u"maxBodyBytes"_s, u"maxHeaderBytes"_s, u"maxConnections"_s,
                      u"idleTimeoutSeconds"_s, u"publicUrl"_s, u"tickIntervalSeconds"_s, u"headerTimeoutSeconds"_s, u"bodyTimeoutSeconds"_s,
                      u"allowedHosts"_s, u"authFailureLimit"_s, u"authFailureBlockSeconds"_s});

    const QJsonValue listen = json.value(u"listen"_s);
    if (!listen.isUndefined()) {
        QString error;
        const std::optional<ListenAddress> address =
            listen.isString() ? ListenAddress::parse(listen.toString(), &error) : std::nullopt;
        if (address)
            out.listen = *address;
        else if (listen.isString())
            reader.failText(SchemaReader::join(kPath, u"listen"_s), error);
        else
            reader.fail(SchemaReader::join(kPath, u"listen"_s), u"a string HOST:PORT such as \"127.0.0.1:8787\""_s, listen);
    }

    reader.readSize(json, kPath, u"maxBodyBytes"_s, 1, 1024LL * 1024 * 1024, out.maxBodyBytes);
    reader.readSize(json, kPath, u"maxHeaderBytes"_s, 1024, 1024 * 1024, out.maxHeaderBytes);
    reader.readInt(json, kPath, u"maxConnections"_s, 1, 100000, out.maxConnections);
    reader.readInt(json, kPath, u"idleTimeoutSeconds"_s, 1, 86400, out.idleTimeoutSeconds);
    // Webhook registrations (Telegram setWebhook, Meta, Discord interactions) require https.
    reader.readUrl(json, kPath, u"publicUrl"_s, {u"https"_s}, true, out.publicUrl);
    reader.readInt(json, kPath, u"tickIntervalSeconds"_s, 1, 3600, out.tickIntervalSeconds);
    readTransportGuards(json, reader, out);
}

QJsonObject GatewaySection::toJson(const GatewaySettings &s)
{
    return {
        {u"listen"_s, s.listen.toString()},
        {u"maxBodyBytes"_s, s.maxBodyBytes},
        {u"maxHeaderBytes"_s, s.maxHeaderBytes},
        {u"maxConnections"_s, s.maxConnections},
        {u"idleTimeoutSeconds"_s, s.idleTimeoutSeconds},
        {u"publicUrl"_s, s.publicUrl.toString()},
        {u"tickIntervalSeconds"_s, s.tickIntervalSeconds},
        {u"headerTimeoutSeconds"_s, s.headerTimeoutSeconds},
        {u"bodyTimeoutSeconds"_s, s.bodyTimeoutSeconds},
        {u"allowedHosts"_s, QJsonArray::fromStringList(s.allowedHosts)},
        {u"authFailureLimit"_s, s.authFailureLimit},
        {u"authFailureBlockSeconds"_s, s.authFailureBlockSeconds},
    };
}

} // namespace Moltdesk::Config
