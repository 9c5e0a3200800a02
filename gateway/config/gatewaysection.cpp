#include "config/gatewaysection.h"

#include "config/schemareader.h"

using namespace Qt::StringLiterals;

namespace Moltdesk::Config {

namespace {
const QString kPath = u"gateway"_s;
} // namespace

void GatewaySection::read(const QJsonObject &json, SchemaReader &reader, GatewaySettings &out)
{
    reader.checkKeys(json, kPath,
                     {u"listen"_s, u"maxBodyBytes"_s, u"maxHeaderBytes"_s, u"maxConnections"_s,
                      u"idleTimeoutSeconds"_s, u"publicUrl"_s, u"tickIntervalSeconds"_s});

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
    };
}

} // namespace Moltdesk::Config
